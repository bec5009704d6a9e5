import { describe, expect, test } from 'vitest';
import { compileBundle } from '../../lib/data/compile.ts';
import { matchedRanges } from '../../lib/search/highlight.ts';
import {
  buildIndex,
  SearchIndexError,
  StatementSearch,
  serializeIndex,
} from '../../lib/search/statement-search.ts';
import { realInput } from './data-fixtures.ts';

const bundle = compileBundle(realInput());
// Round-trip through JSON, as the extension loads it.
const search = StatementSearch.fromSerialized(
  bundle,
  JSON.parse(JSON.stringify(serializeIndex(buildIndex(bundle)))),
);
const ids = (q: string) => search.search(q).map((h) => h.statement.id);
const SANCTION_STATEMENTS = bundle.statements.filter((s) => s.fa.includes('تحریم')).map((s) => s.id);

describe('Persian-aware search', () => {
  test('«همکاری» finds the statement containing «همکاریهای»', () => {
    expect(bundle.statements.find((s) => s.id === 'kh-01-capacity')?.fa).toContain('همکاریهای');
    expect(ids('همکاری')).toContain('kh-01-capacity');
  });

  test.each(['تحریم‌ها', 'تحریم ها', 'تحریمها', 'تحريم‌ها'])(
    '«%s» finds the statements with «تحریمهای»',
    (q) => {
      const found = ids(q);
      expect(found).toContain('kh-03-common-sanctions'); // «تحریمهای قلدربانه»
      expect(found).toContain('kh-06-progress-under-sanctions'); // «تحریمهای شدید»
    },
  );

  test('«خامنه‌ای» (with ZWNJ) finds exactly what «خامنهای» (joined) finds, and it is Khamenei’s statements', () => {
    const withZwnj = ids('خامنه‌ای');
    expect(withZwnj).toEqual(ids('خامنهای'));
    expect(withZwnj).toEqual(ids('خامنه ای'));
    const his = bundle.statements.filter((s) => s.speaker === 'ali-khamenei').map((s) => s.id);
    for (const id of his) expect(withZwnj).toContain(id);
  });

  test('`sanctions` and `санкции` find the Persian statements about sanctions through their translations', () => {
    expect(SANCTION_STATEMENTS.length).toBeGreaterThanOrEqual(5);
    expect(new Set(ids('sanctions'))).toEqual(new Set(SANCTION_STATEMENTS));
    expect(new Set(ids('санкции'))).toEqual(new Set(SANCTION_STATEMENTS));
    expect(new Set(ids('санкций'))).toEqual(new Set(SANCTION_STATEMENTS));
  });

  test('`Лукашенко` finds his statements, first', () => {
    const his = bundle.statements.filter((s) => s.speaker === 'alexander-lukashenko').map((s) => s.id);
    expect(ids('Лукашенко').slice(0, his.length).sort()).toEqual([...his].sort());
    expect(ids('Lukashenka').slice(0, his.length).sort()).toEqual([...his].sort());
    expect(ids('لوكاشنكو').slice(0, his.length).sort()).toEqual([...his].sort()); // Arabic kaf
  });

  test('Arabic letters, diacritics, tatweel and Persian digits are folded in queries', () => {
    expect(ids('مَعنويت')).toEqual(ids('معنویت'));
    expect(ids('معنـــویت')).toEqual(ids('معنویت'));
    expect(ids('معنویت').length).toBe(2);
  });

  test('exact, prefix and fuzzy hits are labelled as such', () => {
    expect(search.search('spirituality').every((h) => h.quality === 'exact')).toBe(true);
    const prefix = search.search('sanct');
    expect(prefix.length).toBeGreaterThan(0);
    expect(prefix.every((h) => h.quality === 'prefix')).toBe(true);
    const fuzzy = search.search('spirituallity');
    expect(fuzzy.length).toBeGreaterThan(0);
    expect(fuzzy.every((h) => h.quality === 'fuzzy')).toBe(true);
  });

  test('several words must all match, and filters narrow the results', () => {
    expect(ids('sanctions corridor')).toEqual([]);
    const direct = search.search('تحریم', { kind: 'direct' });
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.every((h) => h.statement.kind === 'direct')).toBe(true);
    expect(search.search('تحریم', { speaker: 'alexander-lukashenko' }).map((h) => h.statement.id)).toEqual([
      'lu-03-sanctions-opportunity',
    ]);
  });

  test('an index built with another schema version is refused with a clear error', () => {
    expect(() => StatementSearch.fromSerialized(bundle, { schemaVersion: 0, index: {} })).toThrow(
      SearchIndexError,
    );
  });
});

describe('Arabic queries', () => {
  const arabicIds = (q: string) => new Set(ids(q));

  test('«العقوبات», «عقوبات», «والعقوبات», «بالعقوبات» and «للعقوبات» find the same statements: those on sanctions', () => {
    const expected = new Set(SANCTION_STATEMENTS);
    for (const q of ['العقوبات', 'عقوبات', 'والعقوبات', 'بالعقوبات', 'للعقوبات', 'فالعقوبات'])
      expect(arabicIds(q), q).toEqual(expected);
  });

  test('the singular «عقوبة» finds the statements that speak of «العقوبات»', () => {
    expect(arabicIds('عقوبة')).toEqual(new Set(SANCTION_STATEMENTS));
    expect(arabicIds('اتفاقية')).toEqual(arabicIds('الاتفاقات'));
  });

  test('hamza forms, teh marbuta, alef maksura, tatweel and harakat do not matter', () => {
    expect(ids('أمريكا').length).toBe(4);
    for (const q of ['امريكا', 'أمـــريكا', 'أَمْرِيكَا', 'لأمريكا'])
      expect(arabicIds(q), q).toEqual(arabicIds('أمريكا'));
    expect(ids('المعنويه')).toEqual(ids('المعنوية'));
    expect(ids('المعنوية').sort()).toEqual([
      'kh-11-world-needs-spirituality',
      'kh-12-spirituality-driving-force',
    ]);
    expect(arabicIds('المستوي')).toEqual(arabicIds('المستوى'));
    expect(ids('المستوى').sort()).toEqual(['kh-01-capacity', 'kh-02-raise-relations']);
  });

  test('Arabic and Persian letter variants meet: ي/ی and ك/ک', () => {
    expect(ids('ايران').length).toBeGreaterThan(0);
    expect(ids('ايران')).toEqual(ids('ایران'));
    expect(ids('لوكاشينكو')).toEqual(ids('لوکاشینکو'));
  });

  test('a word that merely begins with the letters of a proclitic is still found whole', () => {
    // «بيلاروسيا» is not ب + «يلاروسيا»; «التعاون» and «تعاون» are the same word.
    expect(ids('بيلاروسيا')).toContain('kh-03-common-sanctions');
    expect(arabicIds('وبيلاروسيا')).toEqual(arabicIds('بيلاروسيا'));
    expect(arabicIds('التعاون')).toEqual(arabicIds('تعاون'));
  });

  test('Arabic readings are not applied to the Persian source: «رای» is not found inside «برای»', () => {
    expect(bundle.statements.some((s) => s.fa.includes('برای'))).toBe(true);
    expect(ids('رای')).toEqual([]);
    expect(ids('برای').length).toBeGreaterThan(0);
  });

  test('an Arabic query highlights only the Arabic words it matched, through the offset map', () => {
    const hit = search.search('والعقوبات').find((h) => h.statement.id === 'kh-04-defeat-sanctions');
    if (!hit) throw new Error('no hit');
    const { ar } = hit.statement;
    const words = matchedRanges(ar, hit.matchedTerms, 'ar').map(([s, e]) => ar.slice(s, e));
    expect(words).toEqual(['عقوبات', 'العقوبات']);
    // Nothing of the Persian text: the Persian word is «تحریم», which the Arabic query did not type.
    expect(matchedRanges(hit.statement.fa, hit.matchedTerms, 'fa')).toEqual([]);
  });

  test('a highlighted Arabic word keeps its harakat and tatweel: the range covers the original characters', () => {
    const text = 'فرضُ العقـــوباتِ';
    const [range] = matchedRanges(text, ['عقوبات'], 'ar');
    expect(range && text.slice(...range)).toBe('العقـــوباتِ');
  });
});
