/**
 * The linker's shortcuts must never change a link (lib/quote/linker.ts, docs/quotes.md "Cost"):
 * - the gate skips scoring a sentence no statement can reach the threshold in, from an upper bound;
 * - the pre-gate computes that bound while reading the words, from which concepts occur, and finds the
 *   concepts' hits (ranges, objects) only in sentences it lets through (`TermMatcher.read` / `hitsOfLast`);
 * - a sentence's words are read from the block with a code-unit table and a per-word cache
 *   (`TermMatcher.sentence`), not sliced, matched by a regex and folded one by one (`sentenceWords` + `spans`,
 *   kept as the reference).
 * Both are checked against the plain way on every development-corpus page and baseline, and on generated
 * blocks that mix the lexicon's own terms (every script), names, quotations, web addresses and noise.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { QuoteLinker } from '../../lib/quote/index.ts';
import { linkQuotes, type QuoteMatch, READ_WHOLE_PAGE } from '../../lib/quote/linker.ts';
import { splitSentences } from '../../lib/quote/sentences.ts';
import { sentenceWords, TermMatcher } from '../../lib/quote/term-matcher.ts';
import {
  DateReader,
  MONTH_NAMES,
  publicationDate,
  readTextBlocks,
  spotBlocks,
} from '../../lib/spot/index.ts';
import { bundle, corpusAndBaselinePages, spotter } from './spot-helpers.ts';

const gated = new QuoteLinker(bundle);
const withoutPreGate = new QuoteLinker(bundle, { preGate: false });
/** Compiled a few terms per step, as the content script does (QuoteLinker.compile). */
const compileSteps = QuoteLinker.compile(bundle);
let compileStepCount = 0;
let step = compileSteps.next();
for (; !step.done; step = compileSteps.next()) compileStepCount++;
const stepped = step.value;
const ungated = new QuoteLinker(bundle, { gate: false });
const cues = bundle.cues;
if (!cues) throw new Error('quote-gate.test: the bundle has no cues; run `npm run data`');

const pageFiles = corpusAndBaselinePages();

/** A page's blocks, date and spotted matches, as `spotPage` reads them. */
function readPage(file: string) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (file.endsWith('.txt')) {
    const blocks = [{ text }];
    return {
      blocks,
      ctx: { publishedAt: null },
      matches: spotBlocks(blocks, spotter, { publishedAt: null }),
    };
  }
  const doc = parseHTML(text).document as unknown as Document;
  const blocks = readTextBlocks(doc);
  const ctx = { publishedAt: publicationDate(doc, new DateReader(MONTH_NAMES)) };
  return { blocks, ctx, matches: spotBlocks(blocks, spotter, ctx) };
}

/** Every term of the lexicon, as written in data/statement-cues.json (all languages). */
const flat = (lists: Partial<Record<string, string[]>> | undefined) =>
  Object.values(lists ?? {}).flatMap((l) => l ?? []);
const termLists: [string, string[]][] = [
  ...Object.entries(cues.concepts).map(([n, l]) => [n, flat(l)] as [string, string[]]),
  ...Object.entries(cues.people).map(([n, l]) => [n, flat(l)] as [string, string[]]),
  ['~other-event', flat(cues.otherEvent)],
  ['~speech', flat(cues.speech)],
  ['~presence', flat(cues.presence)],
  ['~source', flat(cues.source)],
];
const allTerms = termLists.flatMap(([, terms]) => terms.filter((t) => !t.startsWith('@')));
const matcher = new TermMatcher(termLists, ['~speech']);
const speech = matcher.names.indexOf('~speech');
/** As the linker builds it: concept hits deferred to `hitsOfLast`. */
const conceptNames = Object.keys(cues.concepts);
const deferring = new TermMatcher(termLists, ['~speech'], conceptNames);
const isConcept = (id: number) => id < conceptNames.length;

/**
 * The reference: slice the sentence, blank its web addresses, `sentenceWords` + `spans`, offsets mapped back;
 * speech verbs only flagged.
 */
function referenceHits(text: string, start: number, end: number) {
  const slice = text.slice(start, end).replace(/(?:https?:\/\/|www\.)\S+/g, (u) => ' '.repeat(u.length));
  const words = sentenceWords(slice);
  const all = matcher.spans(words);
  const hits = all
    .filter((h) => h.id !== speech)
    .map((h) => ({
      ...h,
      start: start + (words[h.from]?.start ?? 0),
      end: start + (words[h.to - 1]?.end ?? 0),
    }));
  return { words: words.length, hits, flagged: all.some((h) => h.id === speech) };
}

function blockHits(text: string) {
  const plain = text.replace(/(?:https?:\/\/|www\.)\S+/g, (u) => ' '.repeat(u.length));
  return splitSentences(text).map((s) => matcher.sentence(plain, s.start, s.end));
}

/**
 * The pre-gate's two steps on each sentence of a block: `read` (the concepts it reports, one per occurrence,
 * and the other hits) then `hitsOfLast`, against the one-step reading.
 */
function expectTwoStepsAgree(text: string, where?: string) {
  const plain = text.replace(/(?:https?:\/\/|www\.)\S+/g, (u) => ' '.repeat(u.length));
  for (const s of splitSentences(text)) {
    const whole = matcher.sentence(plain, s.start, s.end);
    const told: number[] = [];
    const first = deferring.read(plain, s.start, s.end, { deferred: (id) => told.push(id) });
    const all = deferring.hitsOfLast();
    expect(all, where).toEqual(whole.hits);
    expect(first, where).toEqual({ ...whole, hits: whole.hits.filter((h) => !isConcept(h.id)) });
    // Each concept of the sentence's hits, once.
    const concepts = [...new Set(whole.hits.filter((h) => isConcept(h.id)).map((h) => h.id))];
    expect(
      told.sort((a, b) => a - b),
      where,
    ).toEqual(concepts.sort((a, b) => a - b));
  }
  // The same from one reading of the whole block (readBlock, then readIn per sentence), and the block's own
  // reading holds every sentence's hits and concepts (what lets the linker rule out a whole block).
  const blockTold = new Set<number>();
  const block = deferring.readBlock(plain, { deferred: (id) => blockTold.add(id) });
  const blockHitKeys = new Set(block.hits.map((h) => `${h.id}:${h.start}:${h.end}`));
  for (const s of splitSentences(text)) {
    const told: number[] = [];
    const fromBlock = deferring.readIn(plain, s.start, s.end, { deferred: (id) => told.push(id) });
    const all = deferring.hitsOfLast();
    const whole = matcher.sentence(plain, s.start, s.end);
    expect(all, where).toEqual(whole.hits);
    expect(fromBlock, where).toEqual({ ...whole, hits: whole.hits.filter((h) => !isConcept(h.id)) });
    for (const id of told) expect(blockTold.has(id), where).toBe(true);
    for (const h of fromBlock.hits) expect(blockHitKeys.has(`${h.id}:${h.start}:${h.end}`), where).toBe(true);
  }
}

/** Spotted matches with block offsets, as the linker takes them. */
function spotted(blocks: { text: string }[]): QuoteMatch[] {
  return spotBlocks(blocks, spotter, { publishedAt: '2023-03-13' });
}

describe('quote linking: the gate and the fast word reader change no link', () => {
  it('on every development-corpus page and baseline, gated and ungated linking give the same links', () => {
    let links = 0;
    for (const file of pageFiles) {
      const { blocks, ctx, matches } = readPage(file);
      const fast = linkQuotes(blocks, matches, ctx, gated);
      expect(fast, file).toEqual(linkQuotes(blocks, matches, ctx, ungated));
      expect(fast, file).toEqual(linkQuotes(blocks, matches, ctx, withoutPreGate));
      expect(fast, file).toEqual(linkQuotes(blocks, matches, ctx, stepped));
      links += fast.length;
    }
    // The lexicon compiled in steps really is: no single step compiles it all.
    expect(compileStepCount).toBeGreaterThan(10);
    // The check has teeth: the corpus links hundreds of sentences.
    expect(links).toBeGreaterThan(300);
  }, 120_000);

  it('on a page too long to read whole, gated and ungated linking give the same links', () => {
    // Corpus pages one after another until the page is past READ_WHOLE_PAGE: only the sentences near a
    // mention are read, quiet blocks (none of their sentences can pass the gate) are not split, and who they
    // name as speaking is worked out only when a later sentence carries it in.
    const blocks: { text: string }[] = [];
    let length = 0;
    for (const file of pageFiles) {
      if (length > 1.5 * READ_WHOLE_PAGE) break;
      for (const b of readPage(file).blocks) {
        blocks.push(b);
        length += b.text.length;
      }
    }
    const ctx = { publishedAt: '2023-03-13' };
    const matches = spotBlocks(blocks, spotter, ctx);
    const fast = linkQuotes(blocks, matches, ctx, gated);
    expect(fast).toEqual(linkQuotes(blocks, matches, ctx, ungated));
    expect(fast).toEqual(linkQuotes(blocks, matches, ctx, stepped));
    expect(fast.length).toBeGreaterThan(50);
  }, 120_000);

  it('on every corpus page, each sentence has the words and hits of the per-sentence reference, in one step or two', () => {
    for (const file of pageFiles.filter((_, i) => i % 3 === 0)) {
      for (const { text } of readPage(file).blocks) {
        const fast = blockHits(text);
        const spans = splitSentences(text);
        spans.forEach((s, i) => {
          expect(fast[i], file).toEqual(referenceHits(text, s.start, s.end));
        });
        expectTwoStepsAgree(text, file);
      }
    }
  }, 120_000);

  // Generated blocks: the lexicon's own terms (so hits, multi-word terms and people abound), respelt the
  // ways folding accepts, between filler words, punctuation, quotation marks and web addresses.
  const respell = fc.constantFrom(
    (s: string) => s,
    (s: string) => s.toUpperCase(),
    (s: string) => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك'),
    (s: string) => s.replace(/ /g, '\u200c'),
    (s: string) => `و${s}`,
    (s: string) => `ال${s}`,
    (s: string) => `${s}s`,
    (s: string) => `https://example.org/${s.replace(/ /g, '-')}`,
  );
  const piece = fc.oneof(
    fc.tuple(fc.constantFrom(...allTerms), respell).map(([t, f]) => f(t.replace(/^[=*]/, ''))),
    fc.constantFrom(
      'Lukashenko',
      'Khamenei',
      'Raisi',
      'said',
      'he added',
      'в 2024 году',
      'the',
      'and',
      'گفت',
      'وی افزود',
      '𝐀𝐁',
      '\u0301',
      '‌',
    ),
    fc.constantFrom('.', ',', ':', ' «', '» ', ' "', '" ', '. ', '! ', '\n', ' — ', '؟ ', ' e.g. '),
    fc.string({ maxLength: 6 }),
  );
  const block = fc.array(piece, { minLength: 1, maxLength: 60 }).map((p) => p.join(' '));

  it('on generated blocks, each sentence has the words and hits of the per-sentence reference, in one step or two', () => {
    fc.assert(
      fc.property(block, (text) => {
        const fast = blockHits(text);
        splitSentences(text).forEach((s, i) => {
          expect(fast[i]).toEqual(referenceHits(text, s.start, s.end));
        });
        expectTwoStepsAgree(text);
      }),
      { numRuns: 400 },
    );
  });

  it('on generated pages, gated and ungated linking give the same links', () => {
    let links = 0;
    // Random pages reach a statement's threshold only now and then (in some runs of 200, never), so two pages
    // that do are given as examples: the property always sees linked pages as well as unlinked ones.
    const reported = `Ayatollah Khamenei told Lukashenko: «${(bundle.statements[3] as { en: string }).en}»`;
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (texts) => {
        const blocks = texts.map((text) => ({ text }));
        const matches = spotted(blocks);
        const ctx = { publishedAt: '2023-03-13' };
        const fast = linkQuotes(blocks, matches, ctx, gated);
        expect(fast).toEqual(linkQuotes(blocks, matches, ctx, ungated));
        expect(fast).toEqual(linkQuotes(blocks, matches, ctx, withoutPreGate));
        links += fast.length;
      }),
      { numRuns: 200, examples: [[[reported]], [[reported, 'he added Raisi گفت . the']]] },
    );
    expect(links).toBeGreaterThan(0);
  });
});
