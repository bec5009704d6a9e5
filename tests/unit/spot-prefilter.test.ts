/**
 * The prefilter (lib/spot/prefilter.ts) lets a block skip folding and matching when it cannot hold a
 * mention. A reader must never lose a mark to it: prefiltered and full scans give the same candidates on
 * generated blocks (aliases spelled every way the matcher accepts them, in noise and in real page text), and
 * the same page results on every development-corpus page and baseline. It must also do its job: ordinary
 * text with nothing from the meeting is turned away.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LEXICONS, type ScannedPage, Spotter, scanHtml, scanPlainText } from '../../lib/spot/index.ts';
import { bundle, corpusAndBaselinePages, spotter } from './spot-helpers.ts';

/** The same engine with the prefilter off: every block scanned in full. */
const full = new Spotter(bundle.gazetteer, LEXICONS, bundle.statements);
full.aliasMatcher.prefilter = null;
const prefilter = spotter.aliasMatcher.prefilter;

const pageFiles = corpusAndBaselinePages();

function scan(file: string, engine: Spotter): ScannedPage {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (file.endsWith('.txt')) return scanPlainText(text, engine);
  return scanHtml(text, (html) => parseHTML(html).document as unknown as Document, engine);
}

/** Real page text to mix into generated blocks: a slice of every tenth corpus page. */
const pageText = pageFiles
  .filter((_, i) => i % 10 === 0)
  .map((f) => {
    const text = readFileSync(f, 'utf8');
    return f.endsWith('.txt') ? text : text.replace(/<[^>]*>/g, ' ');
  })
  .map((t) => t.slice(0, 4000));

const aliases = [...new Set(spotter.aliasMatcher.patterns.map((p) => p.alias))];

/** One way of writing an alias that folding or the matcher's affix rules accept (or nearly do). */
const respell: fc.Arbitrary<(s: string) => string>[] = [
  fc.constant((s: string) => s),
  fc.constant((s: string) => s.toUpperCase()),
  fc.constant((s: string) => s.toLowerCase()),
  // Arabic letter variants, Persian ZWNJ and tatweel, diacritics and harakat, spaces as ZWNJ or nothing
  fc.constant((s: string) => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك')),
  fc.constant((s: string) => s.replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/ه$/, 'ة')),
  fc.constant((s: string) => s.replace(/ا/g, 'أ').replace(/ی$/, 'ى')),
  fc.constant((s: string) => s.replace(/ /g, '\u200c')),
  fc.constant((s: string) => s.replace(/ /g, '')),
  fc.constant((s: string) => s.replace(/ /g, '\u00a0 ')),
  fc.constant((s: string) => s.replace(/([\u0620-\u064a])/g, '$1\u0640')),
  fc.constant((s: string) => s.replace(/([\u0620-\u064a])/g, '$1\u064e')),
  fc.constant((s: string) => s.replace(/([a-z])/gi, '$1\u0301')),
  fc.constant((s: string) => s.normalize('NFD')),
  fc.constant((s: string) => s.replace(/ه /g, 'ه ').replace(/(.)(.)/u, '$1 $2')),
  fc.constant((s: string) => s.replace(/i/g, 'ı').replace(/I/g, 'İ')),
  fc.constant((s: string) => s.replace(/'/g, '’').replace(/-/g, ' – ')),
  fc.constant((s: string) => `«${s}»`),
  fc.tuple(fc.nat(), fc.constantFrom('\u200c', '\u00ad', '\u200f', '\u064b', '\u0301', ' ', '-')).map(
    ([at, ch]) =>
      (s: string) =>
        s.slice(0, at % (s.length + 1)) + ch + s.slice(at % (s.length + 1)),
  ),
];
const affixes = {
  before: ['', '', 'و', 'ال', 'لل', 'ب', 'وال', 'x', '#', '@', 'l’', "d'", ' '],
  after: [
    '',
    '',
    'ها',
    '\u200cهای',
    'ی',
    'ة',
    'ين',
    "'nin",
    '’a',
    'nın',
    's',
    'es',
    'en',
    'а',
    'ы',
    'ого',
    'ам',
    'і',
    'x',
    '.',
  ],
};
const mention = fc
  .tuple(
    fc.constantFrom(...aliases),
    fc.array(fc.oneof(...respell), { maxLength: 3 }),
    fc.constantFrom(...affixes.before),
    fc.constantFrom(...affixes.after),
  )
  .map(([alias, fns, before, after]) => before + fns.reduce((s, f) => f(s), alias) + after);
const glue = fc.constantFrom(' ', '  ', '\n', ', ', ' — ', '\u200c', ' و ', ' and ', ' и ', '. ', '"', '(');
const noise = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc
    .tuple(fc.constantFrom(...pageText), fc.nat(), fc.integer({ min: 0, max: 300 }))
    .map(([t, at, len]) => t.slice(at % t.length, (at % t.length) + len)),
);
const block = fc.array(fc.oneof(mention, glue, noise), { maxLength: 12 }).map((parts) => parts.join(''));

describe('the prefilter never changes what is found', () => {
  it('gives the same candidates as the full scan on generated blocks', () => {
    fc.assert(
      fc.property(block, (text) => {
        expect(spotter.findCandidates(text)).toEqual(full.findCandidates(text));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('lets through every block where the full scan finds a mention', () => {
    fc.assert(
      fc.property(block, (text) => {
        if (full.aliasMatcher.find(text).length > 0) expect(prefilter?.mayMatch(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('finds every alias, alone and respelt, as the full scan does', () => {
    for (const alias of aliases) {
      for (const text of [alias, ` ${alias}.`, alias.toUpperCase(), alias.replace(/ /g, '\u200c')])
        expect(spotter.findCandidates(text), text).toEqual(full.findCandidates(text));
    }
  });

  it('gives the same results on every development-corpus page and baseline', () => {
    expect(pageFiles.length).toBeGreaterThan(200);
    for (const file of pageFiles) expect(scan(file, spotter), file).toEqual(scan(file, full));
  }, 120_000);
});

describe('the prefilter does its job', () => {
  it('turns away ordinary text that mentions nothing from the meeting', () => {
    const ordinary = [
      'The city council said on Tuesday that the new stadium would open next spring.',
      'Городской совет во вторник сообщил, что новый стадион откроется следующей весной.',
      'شورای شهر روز سه‌شنبه گفت که ورزشگاه تازه بهار آینده باز می‌شود.',
      'قال مجلس المدينة يوم الثلاثاء إن الملعب الجديد سيفتح في الربيع المقبل.',
      'Der Stadtrat teilte am Dienstag mit, dass das neue Stadion im Frühjahr öffnet.',
      'Le conseil municipal a indiqué mardi que le nouveau stade ouvrirait au printemps.',
      'Belediye meclisi salı günü yeni stadyumun gelecek bahar açılacağını söyledi.',
    ];
    for (const text of ordinary) expect(prefilter?.mayMatch(text), text).toBe(false);
  });

  it('lets through a block that names the meeting, however it is spelt', () => {
    for (const text of [
      '… said Lukashenko.',
      'دیدار با آیت‌الله خامنه‌ای',
      'встреча с Лукашэнкам',
      'والرئيس الإيراني',
      'لخامنئي',
    ])
      expect(prefilter?.mayMatch(text), text).toBe(true);
  });
});
