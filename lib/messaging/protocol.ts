/**
 * The one message protocol between the extension's contexts, typed per direction. Receivers validate every
 * message with {@link parseMessage}; unknown or malformed messages are dropped (and logged by the caller),
 * and every answer is a {@link Reply}, so nothing throws across contexts.
 */

import { isRecord } from '../data/is-record.ts';
import type { ReportedStatement } from '../quote/reported.ts';

export type { ReportedStatement };

/** Entity counts found on a page: entity id → number of marks. */
export type EntityCounts = Record<string, number>;

/** What the content script reports about its page. */
export interface PageSummary {
  url: string;
  /** Whether marks are currently shown. */
  marking: boolean;
  counts: EntityCounts;
  /** Statement ids relevant to the page, most relevant first. */
  statements: string[];
  /**
   * The statements the page's sentences report (lib/quote), in the order the page first reports them; absent
   * or empty when none does.
   */
  reported?: ReportedStatement[];
}

/** popup / background → content script (sent to a tab). */
export type ToContent =
  | { type: 'page:summary' }
  | { type: 'page:next-mark'; entity?: string; direction: 1 | -1 }
  /** Moves to the next sentence reporting `statement` (any statement when absent) and opens its card. */
  | { type: 'page:next-quote'; statement?: string; direction: 1 | -1 }
  | { type: 'page:set-marks'; on: boolean }
  | { type: 'page:toggle-marks' };

/** content script → background. */
export type ToBackground =
  | { type: 'page:matches'; counts: EntityCounts }
  | { type: 'ui:open-search'; query: string }
  /** Inject the late stage (the card's code and data) into the sending frame; answered once it has run. */
  | { type: 'stage:load' }
  /** What finding and marking read (lib/data/page-start.ts): answered with the start data itself. */
  | { type: 'stage:start-data' }
  /** The settings as every page reads them (utils/storage.ts `readSettings`): answered with them. */
  | { type: 'stage:settings' }
  /**
   * Dates written on the page, read with the month names the worker holds (entrypoints/content/page-date.ts):
   * bylines and datelines (`kind: 'dateline'`) or addresses (`'url'`); answered with one ISO day or null per item.
   */
  | { type: 'stage:read-dates'; kind: 'dateline' | 'url'; items: string[]; lang?: string };

/** popup → background. */
export type PopupToBackground =
  | { type: 'tab:scan'; tabId: number }
  | { type: 'ui:open-search'; query: string };

/** Most items one `stage:read-dates` carries: a page with more bylines asks again. */
export const READ_DATES_BATCH = 50;

export type Message = ToContent | ToBackground | PopupToBackground;
export type MessageType = Message['type'];

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
export const fail = (error: string): Reply<never> => ({ ok: false, error });

function isCounts(v: unknown): v is EntityCounts {
  return (
    isRecord(v) &&
    Object.keys(v).length <= 1000 &&
    Object.values(v).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)
  );
}

type Shapes<T extends MessageType> = { [K in T]: (m: Record<string, unknown>) => boolean };

/** The messages a content script takes: a table of their own, so the page carries no other direction's checks. */
const TO_CONTENT_SHAPES: Shapes<ToContent['type']> = {
  'page:summary': () => true,
  'page:next-mark': (m) =>
    (m.direction === 1 || m.direction === -1) && (m.entity === undefined || typeof m.entity === 'string'),
  'page:next-quote': (m) =>
    (m.direction === 1 || m.direction === -1) &&
    (m.statement === undefined || (typeof m.statement === 'string' && m.statement.length <= 200)),
  'page:set-marks': (m) => typeof m.on === 'boolean',
  'page:toggle-marks': () => true,
};

// (Built by a pure call, not a spread: a content script does not use this table, and a spread of another object
// stayed in its build as a statement.)
const SHAPES: Shapes<MessageType> = /* @__PURE__ */ Object.assign({}, TO_CONTENT_SHAPES, {
  'page:matches': (m) => isCounts(m.counts),
  'ui:open-search': (m) => typeof m.query === 'string' && m.query.length <= 2000,
  'stage:load': () => true,
  'stage:start-data': () => true,
  'stage:settings': () => true,
  'stage:read-dates': (m) =>
    (m.kind === 'dateline' || m.kind === 'url') &&
    Array.isArray(m.items) &&
    m.items.length <= READ_DATES_BATCH &&
    // A dateline is cut to 200 characters by the page; an address may be as long as Chromium allows (2 MB).
    m.items.every((t) => typeof t === 'string' && t.length <= 2 * 1024 * 1024) &&
    // The page's `<html lang>`, a short tag.
    (m.lang === undefined || (typeof m.lang === 'string' && m.lang.length <= 64)),
  'tab:scan': (m) => typeof m.tabId === 'number' && Number.isInteger(m.tabId),
} satisfies Partial<Shapes<MessageType>>);

/**
 * Returns the message if it is one of `accepted` types and well-formed, otherwise null.
 * Each receiver passes the types it handles, so a content script never acts on a popup-only message.
 */
export function parseMessage<T extends MessageType>(
  raw: unknown,
  accepted: readonly T[],
): Extract<Message, { type: T }> | null {
  return parseWith(SHAPES, raw, accepted);
}

/** {@link parseMessage} for the content script: only the messages sent to a page. */
export function parseToContent<T extends ToContent['type']>(
  raw: unknown,
  accepted: readonly T[],
): Extract<ToContent, { type: T }> | null {
  return parseWith(TO_CONTENT_SHAPES, raw, accepted);
}

function parseWith<T extends MessageType>(
  shapes: Partial<Shapes<MessageType>>,
  raw: unknown,
  accepted: readonly T[],
): Extract<Message, { type: T }> | null {
  if (!isRecord(raw) || typeof raw.type !== 'string') return null;
  const type = raw.type as MessageType;
  if (!(accepted as readonly string[]).includes(type)) return null;
  const check = shapes[type];
  return check?.(raw) ? (raw as Extract<Message, { type: T }>) : null;
}

/** What the content script answers to each {@link ToContent} message (the `value` of an ok reply). */
export interface ContentReplies {
  'page:summary': PageSummary;
  'page:next-mark': { index: number; total: number; entity: string };
  'page:next-quote': { index: number; total: number; statement: string };
  'page:set-marks': { marking: boolean };
  'page:toggle-marks': { marking: boolean };
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const hasMarking = (v: unknown) => isRecord(v) && typeof v.marking === 'boolean';

/** One entry of a summary's `reported` list: a statement id and consistent counts. */
function isReported(v: unknown): v is ReportedStatement {
  if (!isRecord(v) || typeof v.statement !== 'string' || v.statement.length > 200) return false;
  const f = v.forms;
  return (
    isCount(v.sentences) &&
    v.sentences > 0 &&
    isRecord(f) &&
    isCount(f.quote) &&
    isCount(f.paraphrase) &&
    f.quote + f.paraphrase === v.sentences
  );
}

/** A summary's `reported` list: absent, or at most one entry per statement. */
function isReportedList(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v) || v.length > 1000 || !v.every(isReported)) return false;
  return new Set(v.map((r) => r.statement)).size === v.length;
}

/**
 * Shapes of the content script's answers. The content script runs inside a page we do not control, so its
 * answers are checked like any other input before the popup or the background acts on them.
 */
const REPLY_SHAPES: { [K in keyof ContentReplies]: (v: unknown) => boolean } = {
  'page:summary': (v) =>
    isRecord(v) &&
    typeof v.url === 'string' &&
    typeof v.marking === 'boolean' &&
    isCounts(v.counts) &&
    Array.isArray(v.statements) &&
    v.statements.length <= 1000 &&
    v.statements.every((id) => typeof id === 'string') &&
    isReportedList(v.reported),
  'page:next-mark': (v) =>
    isRecord(v) && isCount(v.index) && isCount(v.total) && typeof v.entity === 'string',
  'page:next-quote': (v) =>
    isRecord(v) && isCount(v.index) && isCount(v.total) && typeof v.statement === 'string',
  'page:set-marks': hasMarking,
  'page:toggle-marks': hasMarking,
};

/**
 * Checks a reply received from another context; anything else becomes an error reply. With `value`, an ok
 * reply's value must pass it too.
 */
export function parseReply<T>(raw: unknown, value?: (v: unknown) => boolean): Reply<T> {
  if (isRecord(raw) && raw.ok === true && 'value' in raw && (value?.(raw.value) ?? true))
    return raw as Reply<T>;
  if (isRecord(raw) && raw.ok === false && typeof raw.error === 'string') return raw as Reply<T>;
  return fail('No valid reply (the other side may not be running on this page).');
}

/** Checks the content script's reply to a message of type `type`. */
export function parseContentReply<K extends keyof ContentReplies>(
  type: K,
  raw: unknown,
): Reply<ContentReplies[K]> {
  return parseReply<ContentReplies[K]>(raw, REPLY_SHAPES[type]);
}
