/** The eval's own rules: how gold spans are placed on the page and how matches are counted against them. */
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../lib/data/types.ts';
import { checkGoldShape, resolveMentions, resolveQuotes } from '../../lib/eval/gold.ts';
import { figuresOf } from '../../lib/eval/report.ts';
import { type EvalMatch, scorePage } from '../../lib/eval/score.ts';

const kinds = new Map<string, EntityKind>([
  ['ebrahim-raisi', 'person'],
  ['alexander-lukashenko', 'person'],
  ['ali-khamenei', 'person'],
  ['sanctions', 'topic'],
]);
const vocab = { entities: new Set(kinds.keys()), statements: new Set(['kh-04-defeat-sanctions']) };

function match(text: string, page: string, entity: string, via: 'name' | 'title' = 'name'): EvalMatch {
  const start = page.indexOf(text);
  return { entity, kind: kinds.get(entity) ?? 'person', via, text, start, end: start + text.length };
}

describe('gold spans', () => {
  const page = 'Raisi met Lukashenko. Hamid Raisi, a footballer, watched Raisi.';

  it('a span inside a longer gold span belongs to the longer one (a trap keeps its surname)', () => {
    const { spans } = resolveMentions(page, [
      { text: 'Raisi', entity: 'ebrahim-raisi' },
      { text: 'Hamid Raisi', entity: 'none', why: 'footballer' },
    ]);
    expect(spans.map((s) => [s.text, s.entity, s.start])).toEqual([
      ['Raisi', 'ebrahim-raisi', 0],
      ['Hamid Raisi', 'none', 22],
      ['Raisi', 'ebrahim-raisi', 57],
    ]);
  });

  it('nth picks occurrences, and a text missing from the page is a problem, not a silent zero', () => {
    const { spans, problems } = resolveMentions(page, [
      { text: 'Raisi', nth: [3], entity: 'ebrahim-raisi' },
      { text: 'Lukashenka', entity: 'alexander-lukashenko' },
      { text: 'Lukashenko', nth: 2, entity: 'alexander-lukashenko' },
    ]);
    expect(spans.map((s) => s.start)).toEqual([57]);
    expect(problems).toEqual([
      'mention "Lukashenka" is not in the page text',
      'mention "Lukashenko" nth 2: the page has only 1',
    ]);
  });

  it('a quote sentence that is not on the page is reported', () => {
    expect(resolveQuotes(page, [{ sentence: 'Khamenei spoke.', statements: [] }]).problems).toHaveLength(1);
  });

  it('malformed gold is refused line by line: unknown entity, bad date, no source url, wrong folder, no form', () => {
    const problems = checkGoldShape(
      {
        lang: 'en',
        published: '13.03.2023',
        about: 'meeting',
        negative: false,
        seen: [{ phenomenon: 'x', url: 'not a url' }],
        mentions: [{ text: 'Raisi', entity: 'raisi' }],
        quotes: [
          { sentence: 'x', statements: ['kh-99'] },
          {
            sentence: 'y',
            statements: ['kh-04-defeat-sanctions'],
            form: 'quote',
            speakers: { 'kh-04-defeat-sanctions': 'raisi', 'lu-02-new-page': 'alexander-lukashenko' },
          },
        ],
      },
      vocab,
      'ru',
    );
    expect(problems).toEqual([
      'lang "en" but the page is in the ru/ folder',
      'published must be YYYY-MM-DD or null',
      'seen[0] needs the url of a real page',
      'mentions[0] "Raisi": unknown entity "raisi"',
      'quotes[0]: unknown statement "kh-99"',
      'quotes[0]: form must be "quote" or "paraphrase"',
      'quotes[1]: unknown speaker "raisi" for kh-04-defeat-sanctions',
      'quotes[1]: speakers names "lu-02-new-page", which the sentence does not report',
    ]);
  });
});

describe('scoring a page', () => {
  const page = 'Alexander Lukashenko met the Supreme Leader. Hamid Raisi watched. Sanctions were discussed.';
  const { spans } = resolveMentions(page, [
    { text: 'Lukashenko', entity: 'alexander-lukashenko' },
    { text: 'the Supreme Leader', entity: 'ali-khamenei', via: 'title' },
    { text: 'Hamid Raisi', entity: 'none', why: 'footballer' },
    { text: 'Sanctions', entity: 'sanctions' },
  ]);

  it('a longer match of the same entity finds the gold span; a surname match on a trap is a trap hit', () => {
    const s = scorePage(
      spans,
      [match('Alexander Lukashenko', page, 'alexander-lukashenko'), match('Raisi', page, 'ebrahim-raisi')],
      kinds,
    );
    expect(s.names).toEqual({ gold: 1, found: 1, matches: 2, correct: 1 });
    expect(s.traps).toEqual({ gold: 1, hit: 1 });
    expect(s.titles.notLinked).toBe(1);
    expect(s.topics).toEqual({ gold: 1, found: 0, matches: 0, correct: 0 });
    expect(s.confusions.map((c) => `${c.expected} → ${c.got}`)).toEqual([
      'ali-khamenei → (nothing)',
      'none → ebrahim-raisi',
      'sanctions → (nothing)',
    ]);
  });

  it('a wrong match inside a gold span another match found is listed, not only counted', () => {
    const s = scorePage(
      spans,
      [
        match('Alexander Lukashenko', page, 'alexander-lukashenko'),
        match('Lukashenko', page, 'ebrahim-raisi'),
      ],
      kinds,
    );
    expect(s.names).toEqual({ gold: 1, found: 1, matches: 2, correct: 1 });
    expect(s.confusions.map((c) => `${c.expected} → ${c.got} "${c.text}"`)).toContain(
      'alexander-lukashenko → ebrahim-raisi "Lukashenko"',
    );
  });

  it('a title linked to someone else is a wrong holder', () => {
    const s = scorePage(spans, [match('the Supreme Leader', page, 'ebrahim-raisi', 'title')], kinds);
    expect(s.titles).toMatchObject({ right: 0, wrong: 1, notLinked: 0, wrongLinks: 1 });
  });

  it('quote links: right statement counts, a look-alike from another event is counted apart', () => {
    const text = 'He said sanctions must go. In 2024 Raisi said sanctions failed.';
    const { sentences } = resolveQuotes(text, [
      { sentence: 'He said sanctions must go.', statements: ['kh-04-defeat-sanctions'], form: 'paraphrase' },
      { sentence: 'In 2024 Raisi said sanctions failed.', statements: [], why: '2024' },
    ]);
    const link = (sentence: string) => {
      const start = text.indexOf(sentence);
      return {
        statement: 'kh-04-defeat-sanctions',
        start,
        end: start + sentence.length,
        text: sentence,
        form: 'paraphrase' as const,
        speakerOnPage: null,
      };
    };
    const s = scorePage([], [], kinds, sentences, [
      link('He said sanctions must go.'),
      link('In 2024 Raisi said sanctions failed.'),
    ]);
    const f = figuresOf([
      {
        page: 'p',
        lang: 'en',
        negative: false,
        about: 'meeting',
        published: null,
        publishedRead: null,
        score: s,
      },
    ]);
    expect(f.quotes).toMatchObject({ precision: 0.5, recallParaphrase: 1, recallQuote: null, otherEvent: 1 });
  });

  it('a sentence with two speakers is checked statement by statement', () => {
    const text = 'Khamenei said sanctions must go, and Lukashenko replied he had come to open a new page.';
    const sentences = resolveQuotes(text, [
      {
        sentence: text,
        statements: ['kh-04-defeat-sanctions', 'lu-02-new-page'],
        form: 'paraphrase',
        speakerOnPage: 'ali-khamenei',
        speakers: { 'lu-02-new-page': 'alexander-lukashenko' },
      },
    ]).sentences;
    const link = (statement: string, speakerOnPage: string) => ({
      statement,
      start: 0,
      end: text.length,
      text,
      form: 'paraphrase' as const,
      speakerOnPage,
    });
    const speakers = new Map([
      ['kh-04-defeat-sanctions', 'ali-khamenei'],
      ['lu-02-new-page', 'alexander-lukashenko'],
    ]);
    const score = (lu02: string) =>
      scorePage(
        [],
        [],
        kinds,
        sentences,
        [link('kh-04-defeat-sanctions', 'ali-khamenei'), link('lu-02-new-page', lu02)],
        speakers,
      ).quotes;
    expect(score('alexander-lukashenko')).toMatchObject({ mismatchGold: 0, speakerGold: 2, speakerRight: 2 });
    // Giving Lukashenko's reply to the first speaker is a wrong speaker (the gold's own sentence-wide one).
    expect(score('ali-khamenei')).toMatchObject({ mismatchGold: 0, speakerGold: 2, speakerRight: 1 });
  });

  it("a found link's speaker is checked against the gold: a wrong one is counted and listed", () => {
    const text = 'Raisi told Lukashenko that sanctions must go. Khamenei said sanctions must go.';
    const sentences = resolveQuotes(text, [
      {
        sentence: 'Raisi told Lukashenko that sanctions must go.',
        statements: ['kh-04-defeat-sanctions'],
        form: 'paraphrase',
        speakerOnPage: 'ebrahim-raisi',
      },
      {
        sentence: 'Khamenei said sanctions must go.',
        statements: ['kh-04-defeat-sanctions'],
        form: 'paraphrase',
        speakerOnPage: 'ali-khamenei',
      },
    ]).sentences;
    const link = (sentence: string, speakerOnPage: string) => {
      const start = text.indexOf(sentence);
      const end = start + sentence.length;
      return {
        statement: 'kh-04-defeat-sanctions',
        start,
        end,
        text: sentence,
        form: 'paraphrase' as const,
        speakerOnPage,
      };
    };
    const speakers = new Map([['kh-04-defeat-sanctions', 'ali-khamenei']]);
    const s = scorePage(
      [],
      [],
      kinds,
      sentences,
      [
        link('Raisi told Lukashenko that sanctions must go.', 'ali-khamenei'),
        link('Khamenei said sanctions must go.', 'ali-khamenei'),
      ],
      speakers,
    );
    // The first hides the page's misattribution: a mismatch in the gold, not reported, and a wrong speaker.
    expect(s.quotes).toMatchObject({ mismatchGold: 1, mismatchReported: 0, speakerGold: 2, speakerRight: 1 });
    expect(s.confusions).toEqual([
      {
        what: 'speaker',
        expected: 'ebrahim-raisi',
        got: 'ali-khamenei',
        text: 'Raisi told Lukashenko that sanctions must go.',
      },
    ]);
  });
});
