/**
 * A light Russian (and Belarusian) stemmer, shared by spotting (lib/spot) and search (terms.ts), for matching case forms: «Беларусь», «Беларуси», «Беларусью» all give `беларус`;
 * «санкция», «санкций», «санкциями» give `санкц`. It works on folded words (ё→е, й→и), and the same function
 * is applied to aliases and to page text, so only agreement between the two matters, not linguistic accuracy.
 * Names that do not decline (Лукашенко, Раиси) are protected elsewhere by an exact-word check, so that
 * «Раиса» (a woman's name) is not taken for «Раиси».
 */

/** Case and number endings after folding (й→и), longest first so «-иями» wins over «-ями» and «-и». */
const ENDINGS = [
  'иями',
  'иях',
  'иям',
  'иеи',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ыи',
  'ии',
  'ои',
  'еи',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ую',
  'юю',
  'ым',
  'им',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ия',
  'ию',
  'ью',
  'ов',
  'ев',
  'а',
  'я',
  'о',
  'е',
  'у',
  'ю',
  'ы',
  'и',
  'ь',
  // Belarusian endings with і or ы before я, which Russian never writes, so no Russian word is cut
  // differently (see also -ў below): Беларусі, Лукашэнкі, Расіі, тэхналогіямі, беларускія, міжнародныя. Other Belarusian
  // endings (-ага, -ай) also end Russian words (бумага, Китай); Belarusian aliases list those case forms
  // instead (see docs/gazetteer.md).
  'і',
  'ія',
  'іі',
  'ію',
  'іяи',
  'іямі',
  'іях',
  'іям',
  'іи',
  'іх',
  'ім',
  'імі',
  'ямі',
  'амі',
  'ымі',
  'ыя',
  // Belarusian genitive plural -аў/-яў/-оў/-ёў (ў folds to у): санкцыяў, сяброў, беларусаў. Russian ends only
  // indeclinable loans so (шоу, Палау), and both sides of a match are cut alike.
  'ау',
  'яу',
  'оу',
  'еу',
].sort((a, b) => b.length - a.length);

/** The shortest stem left after removing an ending («юга» → «юг», but «на» stays). */
const MIN_STEM = 2;

/** Length of the stem of a folded Cyrillic word (the word itself when no ending applies). */
export function russianStemLength(word: string): number {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.length - ending.length;
  }
  return word.length;
}

/** The stem of a folded Cyrillic word. */
export function russianStem(word: string): string {
  return word.slice(0, russianStemLength(word));
}
