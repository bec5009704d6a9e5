/**
 * What may stick to an alias in each page language: Persian and Arabic suffixes, Arabic proclitics (و ب ل ف ك
 * and the article ال before the word), English and French plurals, German case endings, Turkish case suffixes.
 *
 * A pattern carries a bit set of {@link Affix} rules, from the languages of the aliases behind it (aliases
 * of several languages that fold to the same key share one pattern and the union of their rules). The rules
 * are checked in `boundaries.ts`, around an automaton hit, so the automaton itself stays one plain string
 * matcher. All strings here are folded (`lib/text/fold.ts`): ی for ي/ى, ک for ك, ه for ة, i for ı.
 */
import type { AliasLang, EntityKind } from '../data/types.ts';

export const Affix = {
  /** Persian suffixes (ها، های، ی…) attached or after a ZWNJ. */
  persian: 1,
  /** Arabic feminine, plural and dual endings after a noun or nisba adjective (نووية، إيرانيين). */
  arabic: 2,
  /** Arabic proclitics before the word: «والرئيس», «لخامنئي», «بإيران», «الخامنئي». */
  proclitic: 4,
  /**
   * The pattern is an alias that starts with the article ال, minus its alef: it only matches after ل (and
   * و/ف before that), where Arabic writes ل + ال as «لل»: «للمرشد الأعلى».
   */
  afterLam: 8,
  /** English and French plurals -s/-es after topics and places. */
  plural: 16,
  /** German endings after a capitalised noun: genitive -s/-es, plural -en (Irans, Sanktionen). */
  germanNoun: 32,
  /** German adjective endings after a lower-case alias: iranisch → iranische, iranischen, iranischer… */
  germanAdjective: 64,
  /** German genitive -s after a person's name (Lukaschenkos). */
  germanGenitive: 128,
  /** Turkish case/plural/possessive suffixes written straight on (common nouns: yaptırımların). */
  turkish: 256,
  /** Turkish suffixes after an apostrophe (proper nouns: Lukaşenko'nun, İran'a); part of the mention. */
  turkishApostrophe: 512,
} as const;

/** The affix rules of one alias in `lang`, for an entity of `kind` (or an office title). */
export function affixRules(lang: AliasLang, kind: EntityKind | 'office', alias: string): number {
  const common = kind === 'topic' || kind === 'place';
  switch (lang) {
    case 'fa':
      return Affix.persian;
    case 'ar':
      return Affix.proclitic | (common ? Affix.arabic : 0);
    case 'en':
    case 'fr':
      return common ? Affix.plural : 0;
    case 'de': {
      if (kind === 'person') return Affix.germanGenitive;
      // German capitalises nouns: a lower-case last word is an adjective (iranisch, nuklear).
      if (kind === 'corridor') return Affix.germanNoun;
      return lastWordIsLowerCase(alias) ? Affix.germanAdjective : Affix.germanNoun;
    }
    case 'tr': {
      // Turkish writes suffixes after an apostrophe on proper nouns and straight on common nouns, titles
      // and institutions; an alias that ends in an apostrophe («Reisi'») must have one.
      // Demonyms in -lı/-li/-lu/-lü (İranlı, Belaruslu) are common words again: İranlılar, Belarusluların.
      const direct =
        kind === 'topic' ||
        kind === 'office' ||
        kind === 'corridor' ||
        lastWordIsLowerCase(alias) ||
        /'$/.test(alias) ||
        /l[ıiuü]$/u.test(alias);
      return Affix.turkishApostrophe | (direct ? Affix.turkish : 0);
    }
    default:
      return 0;
  }
}

function lastWordIsLowerCase(alias: string): boolean {
  const words = alias.trim().split(/[\s-]+/);
  const last = words[words.length - 1] ?? '';
  const first = last.charAt(0);
  return first !== '' && first === first.toLowerCase() && first !== first.toUpperCase();
}

/**
 * Persian suffixes written attached or after a ZWNJ (folding removed it). Detached ones (after a space, like
 * «را» or «های» with a space) need no rule: the space is a word gap. «ای» only follows a final «ه» or «ی»
 * (هسته‌ای): after a consonant, «علمای» is «علما» (clerics), not «علم» (science); «یی» only follows a vowel.
 */
// Possessive clitics (ام، اش، مان، تان، شان: «تحریمشان», their sanctions) and the participle «شده» that
// Persian writes on with a ZWNJ («تحریم‌شده», sanctioned).
const PERSIAN_ANY = [
  'هایی',
  'های',
  'ها',
  'یهای',
  'یها',
  'یان',
  'ی',
  'ام',
  'اش',
  'مان',
  'تان',
  'شان',
  'هایمان',
  'هایتان',
  'هایشان',
  'شده',
];
const PERSIAN_AFTER_HEH = ['ای', ...PERSIAN_ANY];
const PERSIAN_AFTER_VOWEL = ['یی', ...PERSIAN_ANY];

/**
 * Arabic endings after a noun or a nisba adjective listed as an alias (نووي، إيراني، تجاري): feminine ة
 * (folded to ه), sound plurals, dual, and «ها» (its). Not the accusative -an (ا): «نانوا» is a baker. The
 * nisba ي itself is not a suffix, so «الغرب» (the West) does not become «الغربية» (western: the West Bank).
 */
const ARABIC = ['ین', 'ون', 'ان', 'ات', 'ها', 'ه'];
const PLURAL = ['es', 's'];
const GERMAN_NOUN = ['es', 'en', 's'];
const GERMAN_ADJECTIVE = ['em', 'en', 'er', 'es', 'e'];
const GERMAN_GENITIVE = ['s'];

const HEH = 0x0647;
const YEH = 0x06cc;
const ALEF = 0x0627;
const WAW = 0x0648;

/** Suffix lists by `rules * 4 + persian class`; rules are below 1024 (10 bits). */
const suffixCache: (string[] | undefined)[] = new Array(4096);

/** The literal suffixes a pattern with `rules` may take after a last key character `last`. */
export function suffixesFor(rules: number, last: number): readonly string[] {
  let persian = 0;
  if (rules & Affix.persian)
    persian = last === HEH || last === YEH ? 1 : last === ALEF || last === WAW ? 2 : 3;
  const cacheKey = rules * 4 + persian;
  let list = suffixCache[cacheKey];
  if (list) return list;
  const all = new Set<string>();
  if (persian === 1) for (const s of PERSIAN_AFTER_HEH) all.add(s);
  if (persian === 2) for (const s of PERSIAN_AFTER_VOWEL) all.add(s);
  if (persian === 3) for (const s of PERSIAN_ANY) all.add(s);
  if (rules & Affix.arabic) for (const s of ARABIC) all.add(s);
  if (rules & Affix.plural) for (const s of PLURAL) all.add(s);
  if (rules & Affix.germanNoun) for (const s of GERMAN_NOUN) all.add(s);
  if (rules & Affix.germanAdjective) for (const s of GERMAN_ADJECTIVE) all.add(s);
  if (rules & Affix.germanGenitive) for (const s of GERMAN_GENITIVE) all.add(s);
  // Longest first, so «های» is tried before «ها» and "es" before "s".
  list = [...all].sort((a, b) => b.length - a.length);
  suffixCache[cacheKey] = list;
  return list;
}

/**
 * Turkish suffix chains, folded (ı→i, ü→u, ö→o, ş→s, ç→c, ğ→g, so vowel harmony collapses to a few
 * spellings): an optional plural, possessive and case, then an optional -ki/-dir. Written out rather than
 * guessed from letters, so "tıpkı" is not "tıp" + suffix by accident of a stray syllable.
 */
const TR_PLURAL = ['lar', 'ler'];
const TR_POSSESSIVE = ['i', 'u', 'si', 'su', 'leri', 'lari', 'imiz', 'umuz', 'iniz', 'unuz'];
const TR_CASE = [
  ...['i', 'u', 'yi', 'yu', 'ni', 'nu'], // accusative
  ...['a', 'e', 'ya', 'ye', 'na', 'ne'], // dative
  ...['da', 'de', 'ta', 'te', 'nda', 'nde'], // locative
  ...['dan', 'den', 'tan', 'ten', 'ndan', 'nden'], // ablative
  ...['in', 'un', 'nin', 'nun'], // genitive
  ...['la', 'le', 'yla', 'yle'], // with
  ...['ca', 'ce', 'nca', 'nce'], // by, according to
];
const TR_TAIL = ['ki', 'daki', 'deki', 'taki', 'teki', 'ndaki', 'ndeki', 'dir', 'dur', 'tir', 'tur'];
const TR_DERIVED = ['li', 'lu', 'lik', 'luk', 'siz', 'suz', 'sel', 'ci', 'cu', 'ca', 'ce'];

/**
 * The chains as one anchored RegExp: [plural][possessive][case][tail], or a derivational suffix then [plural]
 * [case]. Built on first use; it matches exactly the strings {@link turkishSuffixList} lists (a unit test holds
 * the two together), without making that list's ~15,000 strings on every page with a Turkish-capable hit.
 */
let turkishChain: RegExp | null = null;

/**
 * The longest Turkish suffix chain we list, in key characters (lar + imiz + ndan + ndeki): bounds the
 * look-ahead after a hit. A unit test checks it against the table.
 */
export const TURKISH_SUFFIX_MAX = 16;

export function isTurkishSuffix(s: string): boolean {
  if (s.length === 0 || s.length > TURKISH_SUFFIX_MAX) return false;
  if (!turkishChain) {
    const opt = (xs: string[]) => `(?:${xs.join('|')})?`;
    turkishChain = new RegExp(
      `^(?:${opt(TR_PLURAL)}${opt(TR_POSSESSIVE)}${opt(TR_CASE)}${opt(TR_TAIL)}|(?:${TR_DERIVED.join('|')})${opt(TR_PLURAL)}${opt(TR_CASE)})$`,
    );
  }
  return turkishChain.test(s);
}

/** Every listed Turkish suffix chain, written out (for tests: what {@link isTurkishSuffix} must accept). */
export function turkishSuffixList(): string[] {
  const or = (xs: string[]) => ['', ...xs];
  const out = new Set<string>();
  for (const p of or(TR_PLURAL))
    for (const q of or(TR_POSSESSIVE))
      for (const c of or(TR_CASE))
        for (const t of or(TR_TAIL)) {
          const s = p + q + c + t;
          if (s) out.add(s);
        }
  for (const d of TR_DERIVED) {
    out.add(d);
    for (const p of or(TR_PLURAL)) for (const c of or(TR_CASE)) if (p + c) out.add(d + p + c);
  }
  return [...out];
}

/**
 * Arabic proclitics written before a word, folded: conjunctions و ف, prepositions ب ل ك, the article ال and
 * their combinations. «لل» is ل + ال (the alef drops), before a word without the article in the alias.
 */
const PROCLITICS: ReadonlySet<string> = new Set([
  ...['و', 'ف', 'ب', 'ل', 'ک', 'وب', 'فب', 'ول', 'فل', 'وک', 'فک'],
  ...['ال', 'وال', 'فال', 'بال', 'کال', 'وبال', 'فبال', 'وکال', 'فکال', 'لل', 'ولل', 'فلل'],
]);

/** What may stand before an {@link Affix.afterLam} pattern (which already begins with the article's ل). */
const LAM_PREFIXES: ReadonlySet<string> = new Set(['ل', 'ول', 'فل']);

/** The longest proclitic, in key characters: bounds the look-behind before a hit. */
export const PROCLITIC_MAX = 4;

export function isProclitic(prefix: string, afterLam: boolean): boolean {
  return afterLam ? LAM_PREFIXES.has(prefix) : PROCLITICS.has(prefix);
}
