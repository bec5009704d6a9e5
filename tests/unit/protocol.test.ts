/** The message receiver: well-formed messages reach their handler; anything else is dropped, logged, refused. */
import { describe, expect, it, vi } from 'vitest';
import { parseMessage, type Reply } from '../../lib/messaging/protocol.ts';
import { createReceiver, LOG_PREFIX, type SenderInfo } from '../../lib/messaging/receiver.ts';

function receive(raw: unknown, handlers = { 'page:matches': vi.fn(() => 3), 'ui:open-search': vi.fn() }) {
  const log = vi.fn();
  const listener = createReceiver(['page:matches', 'ui:open-search'], handlers, log);
  return new Promise<{ reply: Reply<unknown>; log: typeof log; handlers: typeof handlers }>((resolve) => {
    const keepOpen = listener(raw, { tab: { id: 7 } } satisfies SenderInfo, (reply) =>
      resolve({ reply, log, handlers }),
    );
    expect(keepOpen).toBe(true);
  });
}

describe('createReceiver', () => {
  it('hands a well-formed message to its handler and answers with its value', async () => {
    const { reply, handlers, log } = await receive({ type: 'page:matches', counts: { 'ali-khamenei': 2 } });
    expect(reply).toEqual({ ok: true, value: 3 });
    expect(handlers['page:matches']).toHaveBeenCalledWith(
      { type: 'page:matches', counts: { 'ali-khamenei': 2 } },
      { tab: { id: 7 } },
    );
    expect(log).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown type', { type: 'steal:cookies' }],
    ['a type this receiver does not handle', { type: 'page:toggle-marks' }],
    ['a malformed payload', { type: 'page:matches', counts: { 'ali-khamenei': -1 } }],
    ['a query that is not a string', { type: 'ui:open-search', query: 42 }],
    ['not an object', 'page:matches'],
    ['null', null],
  ])('drops %s, logs it with the fixed prefix and answers ok:false', async (_, raw) => {
    const { reply, handlers, log } = await receive(raw);
    expect(reply.ok).toBe(false);
    expect(handlers['page:matches']).not.toHaveBeenCalled();
    expect(handlers['ui:open-search']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(new RegExp(`^\\${LOG_PREFIX} dropped`));
  });

  it('never logs the content of a dropped message, which may be page text', async () => {
    const { log } = await receive({ type: 'ui:open-search', query: { secret: 'page text' } });
    expect(String(log.mock.calls[0]?.[0])).not.toContain('page text');
  });

  it('turns a handler that throws into an error reply instead of a crash', async () => {
    const { reply } = await receive(
      { type: 'ui:open-search', query: 'تحریم' },
      {
        'page:matches': vi.fn(),
        'ui:open-search': vi.fn(async () => {
          throw new Error('no tabs');
        }),
      },
    );
    expect(reply).toEqual({ ok: false, error: 'no tabs' });
  });
});

describe('stage:read-dates', () => {
  const message = (extra: object) => ({
    type: 'stage:read-dates',
    kind: 'dateline',
    items: ['07/11/2006'],
    ...extra,
  });
  it("carries the page's language when it has one, and is refused with anything else there", () => {
    expect(parseMessage(message({}), ['stage:read-dates'])).not.toBeNull();
    expect(parseMessage(message({ lang: 'fr' }), ['stage:read-dates'])?.lang).toBe('fr');
    expect(parseMessage(message({ lang: 5 }), ['stage:read-dates'])).toBeNull();
    expect(parseMessage(message({ lang: 'x'.repeat(65) }), ['stage:read-dates'])).toBeNull();
  });
});
