/**
 * Page scores → figures per language, and the text `npm run eval` prints. Ratios are null where nothing was
 * there to count (printed as "—"), so an empty category never reads as perfect.
 */
import type { Confusion, PageScore } from './score.ts';

export interface PageResult {
  /** Path of the gold file, relative to the corpus folder (`en/meeting-wire.json`). */
  page: string;
  lang: string;
  negative: boolean;
  about: 'meeting' | 'other';
  /** Gold date and the date the engine read. */
  published: string | null;
  publishedRead: string | null;
  score: PageScore;
  /** Pages about the meeting: painted marks with "every mention" and with the default "first mentions". */
  density?: { chars: number; every: number; first: number };
}

export interface Figures {
  pages: number;
  negatives: number;
  nameRecall: number | null;
  namePrecision: number | null;
  titles: { gold: number; right: number; wrong: number; notLinked: number; wrongLinks: number };
  topicRecall: number | null;
  topicPrecision: number | null;
  traps: number;
  trapHits: number;
  /** Pages whose date the engine read as the gold says (null and null agree). */
  datesRight: number;
  /** Painted marks per 1,000 characters on pages about the meeting: every mention → first mentions. */
  painted: { every: number | null; first: number | null };
  quotes: {
    precision: number | null;
    recallQuote: number | null;
    recallParaphrase: number | null;
    otherEvent: number;
    mismatchGold: number;
    mismatchReported: number;
    /** Found links whose gold names the page's speaker, and how many give that speaker. */
    speakerGold: number;
    speakerRight: number;
  };
}

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

/** Figures over a set of pages. */
export function figuresOf(results: readonly PageResult[]): Figures {
  const sum = (f: (s: PageScore) => number) => results.reduce((n, r) => n + f(r.score), 0);
  return {
    pages: results.length,
    negatives: results.filter((r) => r.negative).length,
    nameRecall: ratio(
      sum((s) => s.names.found),
      sum((s) => s.names.gold),
    ),
    namePrecision: ratio(
      sum((s) => s.names.correct),
      sum((s) => s.names.matches),
    ),
    titles: {
      gold: sum((s) => s.titles.gold),
      right: sum((s) => s.titles.right),
      wrong: sum((s) => s.titles.wrong),
      notLinked: sum((s) => s.titles.notLinked),
      wrongLinks: sum((s) => s.titles.wrongLinks),
    },
    topicRecall: ratio(
      sum((s) => s.topics.found),
      sum((s) => s.topics.gold),
    ),
    topicPrecision: ratio(
      sum((s) => s.topics.correct),
      sum((s) => s.topics.matches),
    ),
    traps: sum((s) => s.traps.gold),
    trapHits: sum((s) => s.traps.hit),
    datesRight: results.filter((r) => r.published === r.publishedRead).length,
    painted: density(results),
    quotes: {
      precision: ratio(
        sum((s) => s.quotes.correct),
        sum((s) => s.quotes.links),
      ),
      recallQuote: ratio(
        sum((s) => s.quotes.found.quote),
        sum((s) => s.quotes.gold.quote),
      ),
      recallParaphrase: ratio(
        sum((s) => s.quotes.found.paraphrase),
        sum((s) => s.quotes.gold.paraphrase),
      ),
      otherEvent: sum((s) => s.quotes.otherEvent),
      mismatchGold: sum((s) => s.quotes.mismatchGold),
      mismatchReported: sum((s) => s.quotes.mismatchReported),
      speakerGold: sum((s) => s.quotes.speakerGold),
      speakerRight: sum((s) => s.quotes.speakerRight),
    },
  };
}

/** Figures for each language present, in the given order, plus `all`. */
export function figuresByLang(
  results: readonly PageResult[],
  order: readonly string[],
): Record<string, Figures> {
  const out: Record<string, Figures> = {};
  for (const lang of order) {
    const mine = results.filter((r) => r.lang === lang);
    if (mine.length) out[lang] = figuresOf(mine);
  }
  out.all = figuresOf(results);
  return out;
}

function density(results: readonly PageResult[]): Figures['painted'] {
  const d = results.flatMap((r) => (r.density ? [r.density] : []));
  const chars = d.reduce((n, x) => n + x.chars, 0);
  const per1k = (n: number) => (chars === 0 ? null : Math.round((n * 10000) / chars) / 10);
  return {
    every: per1k(d.reduce((n, x) => n + x.every, 0)),
    first: per1k(d.reduce((n, x) => n + x.first, 0)),
  };
}

const pct = (x: number | null) => (x === null ? '    —' : x.toFixed(3));

/** The table `npm run eval` prints: one row per language. */
export function formatTable(byLang: Record<string, Figures>): string {
  const head = [
    'lang',
    'pages',
    'neg',
    'name R',
    'name P',
    'titles right/wrong/unlinked/bad links',
    'topic R',
    'topic P',
    'traps hit',
    'dates',
    'quote P',
    'quote R (q/p)',
    'other event',
    'speaker right (mismatch)',
    'painted/1k every→first',
  ];
  const rows = Object.entries(byLang).map(([lang, f]) => [
    lang,
    String(f.pages),
    String(f.negatives),
    pct(f.nameRecall),
    pct(f.namePrecision),
    `${f.titles.right}/${f.titles.wrong}/${f.titles.notLinked}/${f.titles.wrongLinks} of ${f.titles.gold}`,
    pct(f.topicRecall),
    pct(f.topicPrecision),
    `${f.trapHits}/${f.traps}`,
    `${f.datesRight}/${f.pages}`,
    pct(f.quotes.precision),
    `${pct(f.quotes.recallQuote)}/${pct(f.quotes.recallParaphrase)}`,
    String(f.quotes.otherEvent),
    `${f.quotes.speakerRight}/${f.quotes.speakerGold} (${f.quotes.mismatchReported}/${f.quotes.mismatchGold})`,
    `${f.painted.every ?? '—'}→${f.painted.first ?? '—'}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

/** One line per confusion: `page  what  expected → got  "text"  (why)`. */
export function formatConfusions(results: readonly PageResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.published !== r.publishedRead)
      lines.push(`${r.page}  date  ${r.published ?? 'none'} → ${r.publishedRead ?? 'none'}`);
    for (const c of r.score.confusions) lines.push(formatConfusion(r.page, c));
  }
  return lines.join('\n');
}

function formatConfusion(page: string, c: Confusion): string {
  const text = c.text.length > 90 ? `${c.text.slice(0, 90)}…` : c.text;
  return `${page}  ${c.what}  ${c.expected} → ${c.got}  "${text.replace(/\s+/g, ' ')}"${c.why ? `  (${c.why})` : ''}`;
}
