import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../lib/data/types.ts';
import { LEXICONS, Spotter } from '../../lib/spot/index.ts';
import { naiveHits, REFERENCE_SEARCH, rawHits, referenceScanView } from '../../lib/spot/key-view.ts';
import { scanView } from '../../lib/spot/scan-view.ts';
import { found, spotter } from './spot-helpers.ts';

describe('Persian mentions', () => {
  it('finds a suffix attached, after a ZWNJ or after a space', () => {
    expect(found('تحریم‌های آمریکا')).toContain('sanctions:تحریم‌های');
    expect(found('تحریمهای آمریکا')).toContain('sanctions:تحریمهای');
    expect(found('تحریم ها')).toContain('sanctions:تحریم');
    expect(found('مردم ایرانی')).toContain('iran:ایرانی');
    expect(found('ایران را')).toContain('iran:ایران');
    expect(found('ایرانی‌ها')).toContain('iran:ایرانی‌ها');
  });

  it('finds possessive clitics and the participle «شده» written on the word', () => {
    expect(found('کشورهایی که آمریکا تحریمشان کرده')).toContain('sanctions:تحریمشان');
    expect(found('کشورهایی که آمریکا تحریم‌شان کرده')).toContain('sanctions:تحریم‌شان');
    expect(found('کشورهای تحریم‌شده')).toContain('sanctions:تحریم‌شده');
    expect(found('علمای شهر')).toEqual([]);
  });

  it('finds the corridor by its adjective form «کریدور شمالی-جنوبی»', () => {
    expect(found('تکمیل کریدور شمالی-جنوبی')).toEqual(['instc:کریدور شمالی-جنوبی']);
  });

  it('matches an alias space as a space, a ZWNJ or nothing', () => {
    for (const t of ['آیت الله خامنه‌ای', 'آیت‌الله خامنه‌ای', 'آیتالله خامنهای', 'آیت الله خامنه ای']) {
      expect(found(t), t).toEqual([`ali-khamenei:${t}`]);
    }
    for (const t of ['رئیس جمهور', 'رئیس‌جمهور', 'رئیسجمهور'])
      expect(found(t), t).toEqual([`iran-president:${t}`]);
  });

  it('reads Arabic ي/ك and hamza spellings', () => {
    expect(found('لوكاشنكو')).toEqual(['alexander-lukashenko:لوكاشنكو']);
    expect(found('آيت الله خامنه اي')).toEqual(['ali-khamenei:آيت الله خامنه اي']);
    expect(found('رييسي')).toEqual(['ebrahim-raisi:رييسي']);
  });

  it('does not find a word inside another word (traps)', () => {
    expect(found('نانوا نان را پخت')).toEqual([]); // baker, not nano
    expect(found('او اعلام کرد')).toEqual([]); // announced, not science
    expect(found('علمای دین')).toEqual([]); // clerics, not science
    expect(found('معلم مدرسه')).toEqual([]); // teacher
    expect(found('رئیس گفت')).toEqual([]); // head, not Raisi
    expect(found('رئیس جمهور گفت').join()).not.toContain('ebrahim-raisi'); // a title, not the name Raisi
    expect(found('رئیس یک شرکت')).toEqual([]);
    expect(found('هسته سلول')).toEqual([]); // core, not nuclear
    expect(found('هسته ایرانی').join()).not.toContain('nuclear');
  });

  it('prefers the longest alias', () => {
    expect(found('انرژی هسته‌ای')).toEqual(['nuclear:انرژی هسته‌ای']);
    expect(found('رئیس جمهور بلاروس')).toEqual(['belarus-president:رئیس جمهور بلاروس']);
    expect(found('مجتبی خامنه‌ای')).toEqual(['mojtaba-khamenei:مجتبی خامنه‌ای']);
  });
});

describe('English mentions', () => {
  it('finds possessives, plurals, dash variants and names broken across lines', () => {
    expect(found("Lukashenko's visit")).toEqual(['alexander-lukashenko:Lukashenko']);
    expect(found('new sanctions')).toEqual(['sanctions:sanctions']);
    for (const t of ['North-South corridor', 'North–South corridor', 'North — South corridor']) {
      expect(found(t), t).toEqual([`instc:${t}`]);
    }
    expect(found('Alexander\n   Lukashenko')).toEqual(['alexander-lukashenko:Alexander\n   Lukashenko']);
  });

  it('takes "Alexander Lukashenko" as one mention', () => {
    expect(found('President Alexander Lukashenko said')).toEqual([
      'alexander-lukashenko:Alexander Lukashenko',
    ]);
  });

  it('never matches inside words (traps)', () => {
    expect(found('raising prices')).toEqual([]);
    expect(found('Miranda rights')).toEqual([]);
    expect(found('Iranian').join()).not.toContain('Miranda');
    expect(found('Americana')).toEqual([]);
  });

  it('matches acronyms only in capitals', () => {
    expect(found('The US and USA and SCO and INSTC')).toEqual([
      'united-states:US',
      'united-states:USA',
      'international-forums:SCO',
      'instc:INSTC',
    ]);
    expect(found('tell us about the sco')).toEqual([]);
  });

  it('never matches a name inside a word with an alias it contains (computing ≠ Putin)', () => {
    const gazetteer: Gazetteer = {
      entities: [
        {
          id: 'putin',
          kind: 'person',
          inMeeting: false,
          label: { fa: 'پوتین', en: 'Putin', ru: 'Путин' },
          description: { fa: '', en: '', ru: '' },
          names: { fa: ['پوتین'], en: ['Putin'], ru: ['Путин'] },
          surnames: { fa: [], en: [], ru: [] },
        },
      ],
      offices: [],
    };
    const s = new Spotter(gazetteer, LEXICONS);
    expect(s.findCandidates('cloud computing').map((c) => c.text)).toEqual([]);
    expect(s.findCandidates('Putin said').map((c) => c.text)).toEqual(['Putin']);
  });
});

describe('Russian mentions', () => {
  it('finds case forms', () => {
    expect(found('в Беларусь, из Беларуси, с Белоруссией')).toEqual([
      'belarus:Беларусь',
      'belarus:Беларуси',
      'belarus:Белоруссией',
    ]);
    expect(found('против Ирана и санкций')).toEqual(['iran:Ирана', 'sanctions:санкций']);
    expect(found('транспортного коридора «Север — Юг»')).toEqual([
      'instc:транспортного коридора «Север — Юг',
    ]);
    expect(found('Александра Лукашенко')).toEqual(['alexander-lukashenko:Александра Лукашенко']);
  });

  it('treats ё as е and й as и', () => {
    expect(found('Хаменей')).toEqual(['surname:Хаменей']);
    expect(found('Соединённые Штаты')).toEqual(['united-states:Соединённые Штаты']);
    expect(found('Соединенные Штаты')).toEqual(['united-states:Соединенные Штаты']);
  });

  it('does not decline names that do not decline (traps)', () => {
    expect(found('Раиса Горбачёва')).toEqual([]); // a woman's name, not Raisi
    expect(found('Раиси')).toEqual(['ebrahim-raisi:Раиси']);
  });

  it('matches Russian acronyms only in capitals', () => {
    expect(found('США и РФ')).toEqual(['united-states:США', 'russia:РФ']);
    expect(found('сша')).toEqual([]);
  });
});

describe('offsets', () => {
  it('give back exactly the original characters', () => {
    const text = '\uFEFFآيت‌الله  خامنه‌ای و Lukashenko’s —';
    for (const c of spotter.findCandidates(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('automaton against a naive reference (property tests)', () => {
  const aliases = spotter.aliasMatcher.patterns.map((p) => p.alias);
  const glue = [
    ' ',
    '',
    '\u200C',
    '\n',
    '-',
    ' — ',
    "'s ",
    'ها',
    'ی',
    'а',
    'ы',
    'ов',
    '«',
    '»',
    ',',
    'x',
    'ال',
    // the page languages' affixes: Arabic proclitics, Turkish apostrophe suffixes, German/Belarusian endings
    'و',
    'لل',
    'وب',
    "'",
    "'nin",
    '’a',
    'lar',
    'ları',
    'en',
    's',
    'і',
    'ямі',
    'ı',
  ];
  const textArb = fc
    .array(fc.oneof(fc.constantFrom(...aliases), fc.constantFrom(...glue), fc.string({ maxLength: 2 })), {
      maxLength: 25,
    })
    .map((parts) => parts.join(''));

  it('finds exactly the raw hits a brute-force search finds', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const view = referenceScanView(text);
        const sort = (hits: { start: number; end: number; id: number }[]) =>
          hits.map((h) => `${h.start}-${h.end}-${h.id}`).sort();
        expect(sort(rawHits(spotter.aliasMatcher, view))).toEqual(
          sort(naiveHits(spotter.aliasMatcher.groups, view)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same mentions as the naive matcher, non-overlapping and exact', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const fast = spotter.aliasMatcher.find(text);
        expect(fast).toEqual(spotter.aliasMatcher.find(text, REFERENCE_SEARCH));
        let until = 0;
        for (const c of fast) {
          expect(c.start).toBeGreaterThanOrEqual(until);
          expect(text.slice(c.start, c.end)).toBe(c.text);
          until = c.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('builds the same view in one fused pass as fold() + keyView() do', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string({ unit: 'binary', maxLength: 30 })), (text) => {
        const ref = referenceScanView(text);
        const fast = scanView(text);
        expect(fast.length).toBe(ref.length);
        const n = ref.length;
        expect(Array.from(fast.key.subarray(0, n))).toEqual(Array.from(ref.key));
        expect(Array.from(fast.gap.subarray(0, n + 1))).toEqual(Array.from(ref.gap.subarray(0, n + 1)));
        expect(Array.from(fast.origStart.subarray(0, n))).toEqual(Array.from(ref.origStart));
        expect(Array.from(fast.origEnd.subarray(0, n))).toEqual(Array.from(ref.origEnd));
      }),
      { numRuns: 500 },
    );
  });

  it('finds every alias on its own, between spaces', () => {
    for (const p of spotter.aliasMatcher.patterns) {
      const hits = spotter.aliasMatcher.find(` ${p.alias} `);
      expect(
        hits.map((c) => c.text),
        p.alias,
      ).toContain(p.alias);
    }
  });
});
