/**
 * One page's matches (and quote links) against its gold: counts and a confusion list. Spans are compared by
 * overlap, so a gold "Lukashenko" is found by a match "Alexander Lukashenko" of the same entity.
 */
import type { EntityKind } from '../data/types.ts';
import { type GoldSentence, type GoldSpan, goldSpeaker, NONE } from './gold.ts';

/** The slice of a match the eval needs (what `npm run scan -- --json` prints). */
export interface EvalMatch {
  entity: string;
  kind: EntityKind;
  via: 'name' | 'title';
  text: string;
  start: number;
  end: number;
}

/** The slice of a quote link the eval needs (issue "quote provenance": `quotes` in the scan output). */
export interface EvalQuote {
  statement: string;
  start: number;
  end: number;
  text: string;
  form: 'quote' | 'paraphrase';
  speakerOnPage: string | null;
}

export interface Confusion {
  /** What the gold says: an entity id, `none` for a trap, or `(no gold)`. */
  expected: string;
  /** What the engine did: an entity id or `(nothing)`. */
  got: string;
  text: string;
  /** `name`, `title`, `topic`, `trap`, `quote` or `speaker` (a found link's speaker on the page). */
  what: string;
  why?: string;
}

export interface PageScore {
  names: { gold: number; found: number; matches: number; correct: number };
  titles: { gold: number; right: number; wrong: number; notLinked: number; wrongLinks: number };
  topics: { gold: number; found: number; matches: number; correct: number };
  traps: { gold: number; hit: number };
  quotes: {
    /** (sentence, statement) pairs in the gold, by form. */
    gold: { quote: number; paraphrase: number };
    found: { quote: number; paraphrase: number };
    links: number;
    correct: number;
    /** Links on a look-alike sentence from another event. */
    otherEvent: number;
    /** Gold sentences whose page speaker differs from the source speaker, and how many were reported so. */
    mismatchGold: number;
    mismatchReported: number;
    /**
     * Found links whose gold names the page's speaker, and how many of them give that speaker: a wrong one is a
     * wrong attribution on the card (a mismatch it invents, or one it hides).
     */
    speakerGold: number;
    speakerRight: number;
  };
  confusions: Confusion[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

type Kinds = ReadonlyMap<string, EntityKind>;

/** `topic` for topics, `title` for titles, `name` for every other mention. */
function spanClass(entity: string, via: 'name' | 'title', kinds: Kinds): 'name' | 'title' | 'topic' {
  if (kinds.get(entity) === 'topic') return 'topic';
  return via === 'title' ? 'title' : 'name';
}

/** Scores one page. `speakers` maps statement id → the speaker in the source. */
export function scorePage(
  spans: readonly GoldSpan[],
  matches: readonly EvalMatch[],
  kinds: Kinds,
  quoteGold: readonly GoldSentence[] = [],
  quotes: readonly EvalQuote[] = [],
  speakers: ReadonlyMap<string, string> = new Map(),
): PageScore {
  const s: PageScore = {
    names: { gold: 0, found: 0, matches: 0, correct: 0 },
    titles: { gold: 0, right: 0, wrong: 0, notLinked: 0, wrongLinks: 0 },
    topics: { gold: 0, found: 0, matches: 0, correct: 0 },
    traps: { gold: 0, hit: 0 },
    quotes: {
      gold: { quote: 0, paraphrase: 0 },
      found: { quote: 0, paraphrase: 0 },
      links: 0,
      correct: 0,
      otherEvent: 0,
      mismatchGold: 0,
      mismatchReported: 0,
      speakerGold: 0,
      speakerRight: 0,
    },
    confusions: [],
  };
  const miss = (c: Confusion) => s.confusions.push(c);

  for (const g of spans) {
    const over = matches.filter((m) => overlaps(m, g));
    if (g.entity === NONE) {
      s.traps.gold++;
      if (over.length > 0) {
        s.traps.hit++;
        miss({
          expected: NONE,
          got: over.map((m) => m.entity).join('+'),
          text: g.text,
          what: 'trap',
          why: g.why,
        });
      }
      continue;
    }
    const same = over.some((m) => m.entity === g.entity);
    const cls = spanClass(g.entity, g.via, kinds);
    if (cls === 'title') {
      s.titles.gold++;
      if (same) s.titles.right++;
      else if (over.length > 0) {
        s.titles.wrong++;
        miss({ expected: g.entity, got: over.map((m) => m.entity).join('+'), text: g.text, what: 'title' });
      } else {
        s.titles.notLinked++;
        miss({ expected: g.entity, got: '(nothing)', text: g.text, what: 'title' });
      }
      continue;
    }
    const tally = cls === 'topic' ? s.topics : s.names;
    tally.gold++;
    if (same) tally.found++;
    else
      miss({
        expected: g.entity,
        got: over.map((m) => m.entity).join('+') || '(nothing)',
        text: g.text,
        what: cls,
      });
  }

  for (const m of matches) {
    const over = spans.filter((g) => overlaps(m, g));
    const right = over.some((g) => g.entity === m.entity);
    const cls = spanClass(m.entity, m.via, kinds);
    if (cls === 'title') {
      if (!right) {
        s.titles.wrongLinks++;
        if (over.length === 0) miss({ expected: '(no gold)', got: m.entity, text: m.text, what: 'title' });
      }
      continue;
    }
    const tally = cls === 'topic' ? s.topics : s.names;
    tally.matches++;
    if (right) tally.correct++;
    else if (over.length === 0) miss({ expected: '(no gold)', got: m.entity, text: m.text, what: cls });
    // A wrong match over a gold span is listed from the gold side when that span was missed; over a span some
    // other match found ("Лукашенко" right, and a second, overlapping match of someone else), only here.
    else if (over.every((g) => matches.some((o) => o !== m && overlaps(o, g) && o.entity === g.entity)))
      miss({ expected: over.map((g) => g.entity).join('+'), got: m.entity, text: m.text, what: cls });
  }

  for (const g of quoteGold) {
    const links = quotes.filter((q) => overlaps(q, g));
    if (g.statements.length === 0) {
      if (links.length > 0) {
        s.quotes.otherEvent += links.length;
        miss({
          expected: NONE,
          got: links.map((q) => q.statement).join('+'),
          text: g.sentence,
          what: 'quote',
          why: g.why,
        });
      }
      continue;
    }
    const form = g.form === 'quote' ? 'quote' : 'paraphrase';
    for (const id of g.statements) {
      s.quotes.gold[form]++;
      const link = links.find((q) => q.statement === id);
      if (link) {
        s.quotes.found[form]++;
        const source = speakers.get(id);
        const onPage = goldSpeaker(g, id);
        if (onPage && source && onPage !== source) {
          s.quotes.mismatchGold++;
          if (link.speakerOnPage === onPage) s.quotes.mismatchReported++;
        }
        if (onPage !== undefined) {
          s.quotes.speakerGold++;
          if (link.speakerOnPage === onPage) s.quotes.speakerRight++;
          else
            miss({
              expected: onPage ?? '(nobody)',
              got: link.speakerOnPage ?? '(nobody)',
              text: g.sentence,
              what: 'speaker',
            });
        }
      } else
        miss({
          expected: id,
          got: links.map((q) => q.statement).join('+') || '(nothing)',
          text: g.sentence,
          what: 'quote',
        });
    }
  }
  for (const q of quotes) {
    s.quotes.links++;
    const over = quoteGold.filter((g) => overlaps(q, g));
    if (over.some((g) => g.statements.includes(q.statement))) s.quotes.correct++;
    else if (over.length === 0)
      miss({ expected: '(no gold)', got: q.statement, text: q.text, what: 'quote' });
    else if (over.every((g) => g.statements.length > 0))
      // A wrong statement on a reporting sentence (look-alikes were listed from the gold side).
      miss({
        expected: over.flatMap((g) => g.statements).join('+'),
        got: q.statement,
        text: q.text,
        what: 'quote',
      });
  }
  return s;
}

/** Adds `b` into `a` (every counter), and appends its confusions. */
export function addScores(a: PageScore, b: PageScore): PageScore {
  const add = (x: Record<string, unknown>, y: Record<string, unknown>) => {
    for (const k of Object.keys(y)) {
      const v = y[k];
      if (typeof v === 'number') x[k] = ((x[k] as number) ?? 0) + v;
      else if (v && typeof v === 'object' && !Array.isArray(v))
        add(x[k] as Record<string, unknown>, v as Record<string, unknown>);
    }
  };
  add(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>);
  a.confusions.push(...b.confusions);
  return a;
}

/** A score with every counter at zero. */
export function emptyScore(): PageScore {
  return scorePage([], [], new Map());
}
