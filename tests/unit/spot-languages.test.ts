/**
 * The page languages beyond Persian, English and Russian: Arabic, Belarusian, German, French, Turkish.
 * Each block states what a reader of such a page sees marked, and the traps that must stay unmarked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isProclitic,
  isTurkishSuffix,
  TURKISH_SUFFIX_MAX,
  turkishSuffixList,
} from '../../lib/spot/affixes.ts';
import { spotPage } from '../../lib/spot/page-text.ts';
import { foldText } from '../../lib/text/fold.ts';
import { found, spotter } from './spot-helpers.ts';

/** What a page dated 13 March 2023 with this one block shows: the whole pipeline, page rules included. */
const shown = (text: string) =>
  spotPage([{ text }], spotter, { publishedAt: '2023-03-13' }).matches.map((m) => `${m.entity}:${m.text}`);

/** A long Arabic sentence around `phrase`, so the block reads as Arabic (short blocks stay undecided). */
const inArabicProse = (phrase: string) =>
  `وقال المتحدث في مؤتمر صحافي عقده اليوم في العاصمة إن ${phrase} مع الدول المجاورة خلال العام المقبل.`;

describe('Arabic pages', () => {
  it('finds the people, titles and places as Arabic news writes them', () => {
    expect(found('المرشد الأعلى علي خامنئي')).toEqual([
      'iran-leader:المرشد الأعلى',
      'ali-khamenei:علي خامنئي',
    ]);
    expect(found('الرئيس الإيراني إبراهيم رئيسي')).toEqual([
      'iran-president:الرئيس الإيراني',
      'ebrahim-raisi:إبراهيم رئيسي',
    ]);
    expect(found('رئيس بيلاروسيا ألكسندر لوكاشينكو')).toEqual([
      'belarus-president:رئيس بيلاروسيا',
      'alexander-lukashenko:ألكسندر لوكاشينكو',
    ]);
    expect(found('قائد الثورة الإسلامية')).toEqual(['iran-leader:قائد الثورة الإسلامية']);
    expect(found('روسيا البيضاء')).toEqual(['belarus:روسيا البيضاء']);
    expect(found('خط العبور بين الشمال والجنوب')).toEqual(['instc:خط العبور بين الشمال والجنوب']);
  });

  it('an Arabic proclitic wa-, bi-, li- or the article still finds the name after it (and stays outside it)', () => {
    expect(found('والرئيس البيلاروسي')).toEqual(['belarus-president:الرئيس البيلاروسي']);
    expect(found('لخامنئي')).toEqual(['surname:خامنئي']);
    expect(found('بإيران')).toEqual(['iran:إيران']);
    expect(found('آية الله الخامنئي')).toEqual(['ali-khamenei:آية الله الخامنئي']);
    expect(found('ولوكاشينكو')).toEqual(['alexander-lukashenko:لوكاشينكو']);
    expect(found('وبالعقوبات')).toEqual(['sanctions:العقوبات']);
  });

  it('li- before the article is written «لل», and still finds the title', () => {
    expect(found('للمرشد الأعلى')).toEqual(['iran-leader:لمرشد الأعلى']);
    expect(found('وللغرب')).toEqual(['western-countries:لغرب']);
  });

  it('a word that merely starts with the letters of a proclitic is not split', () => {
    expect(found('المغرب')).toEqual([]); // Morocco: «الم» is no proclitic, and «مغرب» is not «الغرب»
    expect(found('لمرشد الأعلى')).toEqual([]); // «لمرشد» without the second ل has no article: not the title
    expect(found('ببريكس')).toEqual(['international-forums:بريكس']);
    expect(found('مبريكس')).toEqual([]);
  });

  it('reads Arabic feminine and plural endings after nisba adjectives and topics', () => {
    expect(found('المجالات الطبية والنووية')).toEqual(['medicine-biology:طبية', 'nuclear:نووية']);
    expect(found('الحوزة العلمية وحوزه علمیه')).toEqual([]); // the seminary, not science
    expect(found('المسؤولين الإيرانيين')).toEqual(['iran:إيرانيين']);
    expect(found('الضفة الغربية')).toEqual([]); // the West Bank is not the West
  });

  it('Arabic «رئيسي» before a definite dual is "the two heads of", not Raisi', () => {
    const page =
      'وصل الرئيس البيلاروسي إلى طهران تلبية لدعوة من نظيره إبراهيم رئيسي، وسيلتقي رئيسي السلطتين التشريعية والقضائية في الجمهورية الإسلامية خلال زيارته الرسمية.';
    const raisi = spotter
      .resolve(spotter.findCandidates(page), { publishedAt: '2023-03-12' })
      .filter((c) => c.entity === 'ebrahim-raisi')
      .map((c) => c.text);
    expect(raisi).toEqual(['إبراهيم رئيسي']);
  });

  it('folds tatweel, hamza forms, ى/ي and ة/ه', () => {
    expect(found('لـخامنئي')).toEqual(['surname:خامنئي']);
    expect(found('اية الله الخامنئى')).toEqual(['ali-khamenei:اية الله الخامنئى']);
    expect(found('منظمه شنغهاي للتعاون')).toEqual(['international-forums:منظمه شنغهاي للتعاون']);
  });

  it('does not take the Arabic word رئيسي (main) or تحريم (forbidding) for Persian aliases', () => {
    expect(shown(inArabicProse('الهدف الرئيسي هو تطوير العلاقات بشكل رئيسي'))).toEqual([]);
    expect(shown(inArabicProse('تحريم الربا'))).toEqual([]);
    expect(shown('رئیسی گفت که تحریم‌ها شکست خورده است و پیشرفت ادامه دارد')).toEqual([
      'ebrahim-raisi:رئیسی',
      'sanctions:تحریم‌ها',
    ]);
  });

  it('a bare رئيسي in Arabic text is Raisi on a page that names him otherwise', () => {
    expect(shown(inArabicProse('الرئيس الإيراني إبراهيم رئيسي أكد، وقال رئيسي'))).toEqual([
      'ebrahim-raisi:الرئيس الإيراني',
      'ebrahim-raisi:إبراهيم رئيسي',
      'ebrahim-raisi:رئيسي',
    ]);
  });

  it('Arabic spellings no longer sit under Persian, but still match on Persian pages', () => {
    expect(found('روحاني')).toEqual([]); // Rouhani, not spirituality (روحانية)
    expect(found('بيلاروسيا')).toEqual(['belarus:بيلاروسيا']);
  });
});

describe('Turkish pages', () => {
  it('Turkish case suffix after an apostrophe is part of the mention', () => {
    expect(found("Lukaşenko'nun İran'a Hamaney'in Belarus'la")).toEqual([
      "alexander-lukashenko:Lukaşenko'nun",
      "iran:İran'a",
      "surname:Hamaney'in",
      "belarus:Belarus'la",
    ]);
    expect(found('Lukaşenko’yu kabul etti')).toEqual(['alexander-lukashenko:Lukaşenko’yu']);
    expect(found("ABD'nin")).toEqual(["united-states:ABD'nin"]);
  });

  it('common nouns and titles take their suffixes straight on', () => {
    expect(found('yaptırımların kaldırılması')).toEqual(['sanctions:yaptırımların']);
    expect(found('İran Cumhurbaşkanının')).toEqual(['iran-president:İran Cumhurbaşkanının']);
    expect(found('İranlılar ve Belaruslular')).toEqual(['iran:İranlılar', 'belarus:Belaruslular']);
    expect(found('Kuzey-Güney Koridoru’nun')).toEqual(['instc:Kuzey-Güney Koridoru’nun']);
  });

  it('looks ahead far enough for the longest listed suffix chain', () => {
    expect(Math.max(...turkishSuffixList().map((s) => s.length))).toBe(TURKISH_SUFFIX_MAX);
  });

  it('takes exactly the listed suffix chains after a Turkish name, and nothing near them', () => {
    const listed = new Set(turkishSuffixList());
    expect(listed.size).toBeGreaterThan(10_000);
    for (const s of listed) expect(isTurkishSuffix(s), s).toBe(true);
    // Every chain with a letter of the chains' alphabet dropped, added or changed: a suffix only if listed.
    const letters = [...new Set([...listed].join(''))];
    let near = 0;
    for (const s of listed) {
      if (s.length > 6) continue;
      const variants = [
        s.slice(1),
        s.slice(0, -1),
        ...letters.map((l) => s + l),
        ...letters.map((l) => l + s),
      ];
      for (const v of variants) {
        near++;
        expect(isTurkishSuffix(v), v).toBe(listed.has(v));
      }
    }
    expect(near).toBeGreaterThan(10_000);
    expect(isTurkishSuffix('')).toBe(false);
  });

  it('folds ı/İ and ş ğ ç ö ü, also in capitals', () => {
    expect(found('İRAN YAPTIRIMLARI')).toEqual(['iran:İRAN', 'sanctions:YAPTIRIMLARI']);
    expect(found('Lukasenko ve Hamaney')).toEqual(['alexander-lukashenko:Lukasenko', 'surname:Hamaney']);
    expect(found('İran dini lideri')).toEqual(['iran-leader:İran dini lideri']);
  });

  it('bare "Reisi" is Raisi only capitalised and on a page that names him otherwise', () => {
    expect(shown('Reisi konuştu')).toEqual([]);
    expect(shown('İran Cumhurbaşkanı İbrahim Reisi geldi. Reisi konuştu, belediye reisi dinledi')).toEqual([
      'ebrahim-raisi:İran Cumhurbaşkanı',
      'ebrahim-raisi:İbrahim Reisi',
      'ebrahim-raisi:Reisi',
    ]);
  });

  it('traps: "reisi" (its head), a proper noun without apostrophe, a syllable that only looks like a suffix', () => {
    expect(shown('belediye reisi ve Devlet Reisi')).toEqual([]);
    expect(found("Reisi'nin açıklaması")).toEqual(["ebrahim-raisi:Reisi'nin"]);
    expect(found('Iranda')).toEqual([]); // a proper noun takes its suffix after an apostrophe
    expect(found('tıpkı')).toEqual([]);
    expect(found("Iran's")).toEqual(['iran:Iran']); // English possessive: no Turkish suffix "s"
  });
});

describe('German pages', () => {
  it('finds the genitive -s and case endings', () => {
    expect(found('Lukaschenkos Besuch')).toEqual(['alexander-lukashenko:Lukaschenkos']);
    expect(found('die Führung des Irans')).toEqual(['iran:Irans']);
    expect(found('die westlichen Sanktionen')).toEqual([
      'western-countries:westlichen',
      'sanctions:Sanktionen',
    ]);
    expect(found('die iranischen Behörden')).toEqual(['iran:iranischen']);
    expect(found('ein nukleares Programm')).toEqual(['nuclear:nukleares']);
  });

  it('finds the titles and names as German news writes them', () => {
    expect(found('der iranische Präsident Ebrahim Raisi')).toEqual([
      'iran-president:iranische Präsident',
      'ebrahim-raisi:Ebrahim Raisi',
    ]);
    expect(found('Irans Oberster Führer Ayatollah Ali Chamenei')).toEqual([
      'iran-leader:Irans Oberster Führer',
      'ali-khamenei:Ayatollah Ali Chamenei',
    ]);
    expect(found('der belarussische Machthaber Alexander Lukaschenko')).toEqual([
      'belarus-president:belarussische Machthaber',
      'alexander-lukashenko:Alexander Lukaschenko',
    ]);
    expect(found('Weißrussland und Weissrussland')).toEqual([
      'belarus:Weißrussland',
      'belarus:Weissrussland',
    ]);
    expect(found('Luft- und Raumfahrt')).toEqual(['aerospace:Luft- und Raumfahrt']);
  });

  it('a capitalised German noun before a genitive name is not a given name', () => {
    expect(shown('Er galt als möglicher Nachfolger Khameneis. Die Wahl folgt.')).toEqual([
      'ali-khamenei:Khameneis',
    ]);
  });

  it('does not take other words for inflected aliases (traps)', () => {
    expect(found('entschlossenes Handeln')).toEqual([]); // acting, not trade
    expect(found('im Westen des Landes')).toEqual([]); // a direction, not the West
  });
});

describe('French pages', () => {
  it("French elision d', l', qu' is not part of the mention", () => {
    expect(found("l'Iran et d'Iran")).toEqual(['iran:Iran', 'iran:Iran']);
    expect(found('l’ayatollah Ali Khameneï')).toEqual(['ali-khamenei:ayatollah Ali Khameneï']);
    expect(found("qu'Ali Khamenei")).toEqual(['ali-khamenei:Ali Khamenei']);
  });

  it('finds the names, titles and places as French news writes them', () => {
    expect(found('le président biélorusse Alexandre Loukachenko')).toEqual([
      'belarus-president:président biélorusse',
      'alexander-lukashenko:Alexandre Loukachenko',
    ]);
    expect(found('le guide suprême iranien')).toEqual(['iran-leader:guide suprême iranien']);
    expect(found('Ebrahim Raïssi et la Biélorussie')).toEqual([
      'ebrahim-raisi:Ebrahim Raïssi',
      'belarus:Biélorussie',
    ]);
    expect(found('les sanctions américaines')).toEqual(['sanctions:sanctions', 'united-states:américaines']);
    expect(found('la feuille de route')).toEqual(['agreements-schedule:feuille de route']);
  });
});

describe('Belarusian pages', () => {
  it('finds the Belarusian Latin (Łacinka) spelling an exile site writes in English', () => {
    expect(found('Alaksandar Łukašenka flew to Tehran; Łukašenka met Raisi.')).toEqual([
      'alexander-lukashenko:Alaksandar Łukašenka',
      'alexander-lukashenko:Łukašenka',
      'ebrahim-raisi:Raisi',
    ]);
  });

  it('finds Belarusian spellings and their case forms', () => {
    expect(found('Аляксандр Лукашэнка')).toEqual(['alexander-lukashenko:Аляксандр Лукашэнка']);
    expect(found('візіт Лукашэнкі ў Іран')).toEqual(['alexander-lukashenko:Лукашэнкі', 'iran:Іран']);
    expect(found('з Беларусі і Беларуссю')).toEqual(['belarus:Беларусі', 'belarus:Беларуссю']);
    expect(found('заходнімі санкцыямі')).toEqual(['western-countries:заходнімі', 'sanctions:санкцыямі']);
    expect(found('беларускага боку')).toEqual(['belarus:беларускага']);
    expect(found('Расіі і Расія')).toEqual(['russia:Расіі', 'russia:Расія']);
    expect(found('аятала Хаменэі')).toEqual(['ali-khamenei:аятала Хаменэі']);
    expect(found('прэзыдэнт Ірану')).toEqual(['iran-president:прэзыдэнт Ірану']);
    expect(found('пад ціскам санкцыяў, як сапраўднымі сябрамі')).toEqual([
      'sanctions:санкцыяў',
      'real-false-friends:сапраўднымі сябрамі',
    ]);
  });

  it("a capitalised place after a preposition is not someone else's given name", () => {
    expect(shown('Сёння перамовы. Раней у Самаркандзе Лукашэнка ўжо сустракаўся.')).toContain(
      'alexander-lukashenko:Лукашэнка',
    );
    expect(shown('Later in Minsk Hamid Raisi scored twice.')).not.toContain('ebrahim-raisi:Raisi'); // listed given name
  });

  it('does not decline foreign names that do not decline (traps)', () => {
    expect(found('Раіса')).toEqual([]);
    expect(found('Раісі')).toEqual(['ebrahim-raisi:Раісі']);
  });
});

describe('word edges with the affix rules (property test)', () => {
  const aliases = spotter.aliasMatcher.patterns.map((p) => p.alias);
  const glue = [
    ' ',
    '',
    '-',
    "'",
    '’',
    'و',
    'ال',
    'لل',
    'وب',
    'م',
    'lar',
    "'nin",
    's',
    'en',
    'ı',
    'і',
    'x',
    '«',
  ];
  const textArb = fc
    .array(fc.oneof(fc.constantFrom(...aliases), fc.constantFrom(...glue), fc.string({ maxLength: 2 })), {
      maxLength: 20,
    })
    .map((parts) => parts.join(''));
  const isWord = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
  /** The neighbouring character that folding keeps (marks, ZWNJ and tatweel fold away). */
  const neighbour = (text: string, at: number, step: -1 | 1): number => {
    let i = at;
    while (i >= 0 && i < text.length && foldText(text.charAt(i)) === '') i += step;
    return i;
  };

  it('a mention starts after a non-letter or a listed Arabic proclitic, and ends before a non-letter', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const c of spotter.findCandidates(text)) {
          const after = neighbour(text, c.end, 1);
          if (after < text.length) expect(isWord(text.charAt(after)), `${c.text} | ${text}`).toBe(false);
          const before = neighbour(text, c.start - 1, -1);
          if (before < 0 || !isWord(text.charAt(before))) continue;
          let w = before;
          while (w > 0 && isWord(text.charAt(w - 1))) w--;
          expect(isProclitic(foldText(text.slice(w, c.start)), false), `${c.text} | ${text}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
