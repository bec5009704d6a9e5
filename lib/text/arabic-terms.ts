/**
 * Readings of an Arabic word for search: the word without its proclitics and without a plural or feminine
 * ending, so «العقوبات», «عقوبات», «والعقوبات», «بالعقوبات» and «للعقوبات» share the term `عقوبات`, and
 * «عقوبة» (singular) shares the stem `عقوب` with them.
 *
 * Arabic writes the conjunctions و/ف, the prepositions ب/ل/ك and the article ال joined to the next word.
 * Without a dictionary, «وزير» (minister) cannot be told from و + «زير», nor «بلاروسيا» from ب + «لاروسيا»,
 * so every split is kept as a reading beside the whole word, the way terms.ts keeps both readings of «…های».
 * A wrong split only adds a term that no real query asks for; a missing one hides the statement.
 *
 * Words arrive folded (lib/text/fold.ts): harakat, tatweel and hamza above/below are gone (أ إ آ → ا,
 * ؤ → و, ئ → ی), ي/ى → ی, ك → ک, ة → ه. So the tables below are written in folded letters.
 */

/** The shortest word a split may leave: Arabic roots have three letters, and shorter rests are noise. */
const MIN_REST = 3;

/**
 * Proclitic chains, longest first: an optional conjunction (و، ف), an optional preposition (ب، ل، ک) and an
 * optional article (ال); ل + ال is written «لل» («للعقوبات»). Bare ک is left out: «ك» as "like" is rare
 * without the article, and too many words begin with it.
 */
const PROCLITICS: readonly string[] = (() => {
  const out = new Set<string>();
  for (const conj of ['', 'و', 'ف'])
    for (const prep of ['', 'ب', 'ل', 'ک'])
      for (const article of ['', 'ال']) {
        if (prep === 'ک' && !article) continue;
        const chain = prep === 'ل' && article ? `${conj}لل` : conj + prep + article;
        if (chain) out.add(chain);
      }
  return [...out].sort((a, b) => b.length - a.length);
})();

/**
 * Endings removed for the stem, longest first (folded: ة is ه, ي is ی): feminine plural ات / یات, nisba
 * plural یین, feminine ه / یه, nisba ی, and the attached pronoun ها («تشغیلها»).
 */
const SUFFIXES: readonly string[] = ['یات', 'یین', 'ات', 'یه', 'ها', 'ه', 'ی'];

export interface ArabicReadings {
  /** The word itself and the word without each proclitic chain it may begin with. */
  bare: string[];
  /** Those readings without one plural, feminine or pronoun ending, where that leaves a stem. */
  stems: string[];
}

function stemOf(word: string): string | undefined {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_REST)
      return word.slice(0, -suffix.length);
  }
  return undefined;
}

/** The readings of one folded Arabic-script word. */
export function arabicReadings(word: string): ArabicReadings {
  const bare = new Set([word]);
  for (const chain of PROCLITICS) {
    if (word.startsWith(chain) && word.length - chain.length >= MIN_REST) bare.add(word.slice(chain.length));
  }
  const stems = new Set<string>();
  for (const reading of bare) {
    const stem = stemOf(reading);
    if (stem && !bare.has(stem)) stems.add(stem);
  }
  return { bare: [...bare], stems: [...stems] };
}
