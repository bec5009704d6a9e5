/**
 * The pure parts of quote provenance on the page: what the card says differs between a sentence and its
 * statement, the popup's list of reported statements, how the mark mode shows sentences, the keyboard's merged
 * order, the summary's validation, and the two linker facts the card relies on (share, another year).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { differenceText } from '../../components/card/QuoteCard.tsx';
import type { Bundle } from '../../lib/data/types.ts';
import { MESSAGES } from '../../lib/i18n/strings.ts';
import { parseContentReply, parseMessage } from '../../lib/messaging/protocol.ts';
import { mergeInOrder } from '../../lib/page/mark-order.ts';
import { quoteDisplay } from '../../lib/page/quote-display.ts';
import { QuoteLinker } from '../../lib/quote/linker.ts';
import { differences, PARTLY_BELOW } from '../../lib/quote/provenance.ts';
import { reportedStatements } from '../../lib/quote/reported.ts';
import { LEXICONS, Spotter, scanHtml } from '../../lib/spot/index.ts';

const bundle = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'generated', 'bundle.json'), 'utf8'),
) as Bundle;
const byId = (id: string) => {
  const s = bundle.statements.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};
const kh04 = byId('kh-04-defeat-sanctions'); // direct, Khamenei
const kh01 = byId('kh-01-capacity'); // reported, Khamenei

describe('what differs between the page and the source', () => {
  it('nothing, when the page quotes the speaker’s own words and carries most of them', () => {
    expect(differences({ form: 'quote', speakerOnPage: 'ali-khamenei', share: 0.8 }, kh04)).toEqual([]);
  });

  it('the speaker, when the page gives Khamenei’s words to Raisi (said first: it matters most)', () => {
    const d = differences({ form: 'paraphrase', speakerOnPage: 'ebrahim-raisi', share: 0.8 }, kh04);
    expect(d[0]).toEqual({ kind: 'speaker', onPage: 'ebrahim-raisi', inSource: 'ali-khamenei' });
    const label = (id: string) => bundle.gazetteer.entities.find((e) => e.id === id)?.label.en ?? id;
    expect(differenceText(d[0] as (typeof d)[number], label, MESSAGES.en)).toBe(
      'The page attributes this to Ebrahim Raisi; in the source Ali Khamenei said it.',
    );
  });

  it('no speaker difference when the page names nobody (it did not attribute the words)', () => {
    const d = differences({ form: 'quote', speakerOnPage: null, share: 0.8 }, kh04);
    expect(d.map((x) => x.kind)).not.toContain('speaker');
  });

  it('a quotation on the page of what the source only paraphrases, and the reverse', () => {
    expect(differences({ form: 'quote', speakerOnPage: 'ali-khamenei', share: 0.9 }, kh01)).toEqual([
      { kind: 'quoted-paraphrase', inSource: 'ali-khamenei' },
    ]);
    expect(differences({ form: 'paraphrase', speakerOnPage: 'ali-khamenei', share: 0.9 }, kh04)).toEqual([
      { kind: 'retold-quote', inSource: 'ali-khamenei' },
    ]);
    expect(differences({ form: 'paraphrase', speakerOnPage: 'ali-khamenei', share: 0.9 }, kh01)).toEqual([]);
  });

  it('"partly" below the documented share of the statement’s concepts, never at or above it', () => {
    const low = differences(
      { form: 'quote', speakerOnPage: 'ali-khamenei', share: PARTLY_BELOW - 0.01 },
      kh04,
    );
    expect(low).toEqual([{ kind: 'partly', share: PARTLY_BELOW - 0.01 }]);
    expect(differences({ form: 'quote', speakerOnPage: 'ali-khamenei', share: PARTLY_BELOW }, kh04)).toEqual(
      [],
    );
    expect(differenceText({ kind: 'partly', share: 0.42 }, (id) => id, MESSAGES.en)).toMatch(/about 42%/);
  });

  it('every difference has a sentence in every interface language', () => {
    const all = [
      { kind: 'speaker', onPage: 'a', inSource: 'b' },
      { kind: 'quoted-paraphrase', inSource: 'b' },
      { kind: 'retold-quote', inSource: 'b' },
      { kind: 'partly', share: 0.3 },
    ] as const;
    for (const t of Object.values(MESSAGES))
      for (const d of all) expect(differenceText(d, (id) => `<${id}>`, t).length).toBeGreaterThan(10);
  });
});

describe('the statements a page reports (the popup’s list)', () => {
  const s = (...links: [string, 'quote' | 'paraphrase'][]) => ({
    links: links.map(([statement, form]) => ({ statement, form })),
  });

  it('one entry per statement, in the order the page first reports it, with counts per form', () => {
    const sentences = [
      s(['lu-02', 'paraphrase']),
      s(['kh-04', 'quote']),
      s(['lu-01', 'paraphrase'], ['lu-02', 'paraphrase']),
      s(['kh-04', 'paraphrase']),
    ];
    expect(reportedStatements(sentences)).toEqual([
      { statement: 'lu-02', sentences: 2, forms: { quote: 0, paraphrase: 2 } },
      { statement: 'kh-04', sentences: 2, forms: { quote: 1, paraphrase: 1 } },
      { statement: 'lu-01', sentences: 1, forms: { quote: 0, paraphrase: 1 } },
    ]);
  });

  it('a sentence counts once for a statement', () => {
    expect(reportedStatements([s(['kh-04', 'quote'], ['kh-04', 'quote'])])).toEqual([
      { statement: 'kh-04', sentences: 1, forms: { quote: 1, paraphrase: 0 } },
    ]);
  });
});

describe('how the "Marks" setting shows reporting sentences', () => {
  it('painted and reachable with every and first mentions; not with names only, where only the popup jumps', () => {
    expect(quoteDisplay('every', true)).toEqual({ painted: true, reachable: true, jumpable: true });
    expect(quoteDisplay('first', true)).toEqual({ painted: true, reachable: true, jumpable: true });
    expect(quoteDisplay('names', true)).toEqual({ painted: false, reachable: false, jumpable: true });
  });

  it('nothing while marks are not wanted ("nothing until I ask", hidden)', () => {
    for (const mode of ['every', 'first', 'names', 'none'] as const)
      expect(quoteDisplay(mode, false)).toEqual({ painted: false, reachable: false, jumpable: false });
    expect(quoteDisplay('none', true).painted).toBe(true);
  });
});

describe('the keyboard walk over marks and sentences', () => {
  it('merges two lists in document order; a sentence comes before the name it starts with', () => {
    const sentences = [{ at: 10 }, { at: 50 }];
    const marks = [{ at: 0 }, { at: 10 }, { at: 30 }, { at: 60 }];
    const merged = mergeInOrder(sentences, marks, (a, b) => a.at - b.at);
    expect(merged.map((x) => `${sentences.includes(x) ? 's' : 'm'}${x.at}`)).toEqual([
      'm0',
      's10',
      'm10',
      'm30',
      's50',
      'm60',
    ]);
  });
});

describe('the summary and page:next-quote in the protocol', () => {
  const summary = { url: 'https://x/', marking: true, counts: { 'ali-khamenei': 2 }, statements: ['s1'] };
  const entry = { statement: 'kh-04-defeat-sanctions', sentences: 2, forms: { quote: 1, paraphrase: 1 } };

  it('a summary with reported statements passes; one without them still does', () => {
    const value = { ...summary, reported: [entry] };
    expect(parseContentReply('page:summary', { ok: true, value })).toEqual({ ok: true, value });
    expect(parseContentReply('page:summary', { ok: true, value: summary }).ok).toBe(true);
  });

  it.each([
    ['counts that do not add up', [{ ...entry, sentences: 3 }]],
    ['a negative count', [{ ...entry, forms: { quote: -1, paraphrase: 3 } }]],
    ['no sentence', [{ ...entry, sentences: 0, forms: { quote: 0, paraphrase: 0 } }]],
    ['a statement listed twice', [entry, entry]],
    ['markup instead of an id', [{ ...entry, statement: { html: '<img>' } }]],
    ['not a list', entry],
  ])('a summary with %s is refused', (_why, reported) => {
    expect(parseContentReply('page:summary', { ok: true, value: { ...summary, reported } }).ok).toBe(false);
  });

  it('page:next-quote is a content-script message with a direction and an optional statement', () => {
    const msg = { type: 'page:next-quote', statement: 'lu-02-new-page', direction: 1 };
    expect(parseMessage(msg, ['page:next-quote'])).toEqual(msg);
    expect(parseMessage({ type: 'page:next-quote', direction: -1 }, ['page:next-quote'])).not.toBeNull();
    expect(parseMessage({ type: 'page:next-quote', direction: 2 }, ['page:next-quote'])).toBeNull();
    expect(
      parseMessage({ type: 'page:next-quote', statement: 7, direction: 1 }, ['page:next-quote']),
    ).toBeNull();
    expect(parseMessage(msg, ['page:next-mark'])).toBeNull();
    const reply = { index: 0, total: 1, statement: 'lu-02-new-page' };
    expect(parseContentReply('page:next-quote', { ok: true, value: reply }).ok).toBe(true);
    expect(parseContentReply('page:next-quote', { ok: true, value: { index: 0, total: 1 } }).ok).toBe(false);
  });
});

describe('linker facts the card relies on', () => {
  const spotter = new Spotter(bundle.gazetteer, LEXICONS, bundle.statements);
  const linker = new QuoteLinker(bundle);
  const scan = (date: string, paragraphs: string[]) => {
    const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
    const html = `<html lang="en"><head><meta property="article:published_time" content="${date}T10:00:00Z"></head><body>${body}</body></html>`;
    return (
      scanHtml(html, (h) => parseHTML(h).document as unknown as Document, spotter, { linker }).quotes ?? []
    );
  };
  const intro = 'Belarusian President Alexander Lukashenko met Ayatollah Ali Khamenei in Tehran on Monday.';

  it('a link carries the share of its statement’s concepts: more for a fuller retelling', () => {
    const short = scan('2023-03-13', [
      intro,
      'Khamenei said sanctioned countries should unite against that weapon.',
    ]);
    const full = scan('2023-03-13', [
      intro,
      'Khamenei said the countries America sanctions should unite, cooperate and take that weapon out of its hands, which is feasible.',
    ]);
    const [a] = short;
    const [b] = full;
    expect(a?.statement).toBe('kh-04-defeat-sanctions');
    expect(b?.statement).toBe('kh-04-defeat-sanctions');
    expect(a?.share).toBeGreaterThan(0);
    expect(b?.share).toBeGreaterThan(a?.share ?? 1);
    expect(b?.share).toBeLessThanOrEqual(1);
  });

  it('on a page dated far from the meeting, a sentence of another year is never linked', () => {
    const s =
      'At the 2024 talks, Khamenei told his guest that countries under American sanctions should unite and take that weapon out of its hands.';
    expect(scan('2024-05-20', [intro, s])).toEqual([]);
    // The same sentence on a page of the meeting's days is only penalised, as before.
    const near = scan('2023-03-14', [intro, s.replace('At the 2024 talks, ', '')]);
    expect(near.map((q) => q.statement)).toEqual(['kh-04-defeat-sanctions']);
  });
});
