/**
 * The word lists the context rules read, one {@link Lexicon} per page language. They are data: a linguist
 * extends a list without touching the rules (`../context-rules.ts`), and every entry is written as people
 * write it — entries are folded like page text (case, diacritics, Arabic/Persian letter forms, ZWNJ).
 *
 * An entry of several words (`"chief of staff"`, «معاون اول») matches those words in a row; a hyphen or an
 * apostrophe separates words like a space (`"пресс-секретарь"` = пресс + секретарь).
 */

/** Every language a page may be written in (the gazetteer's own languages are a subset). */
export type PageLang = 'fa' | 'en' | 'ru' | 'ar' | 'be' | 'de' | 'fr' | 'tr';

/**
 * The word lists of every page language: plain data, so the content script can receive them with its start data
 * (lib/data/page-start.ts) instead of carrying them in its code.
 */
export type Lexicons = Record<PageLang, Lexicon>;

/** Topic aliases that are also ordinary words, and the words that show the topic is meant. */
export interface TopicContext {
  /** Gazetteer aliases of the topic that need context («график» is also a chart). */
  ambiguous: string[];
  /**
   * Words or phrases that, in the same sentence, show the topic is meant. Each word matches as a prefix
   * of a page word ("agree" finds "agreements", «договор» finds «договорённости»).
   */
  context: string[];
  /**
   * Only a context word confirms the topic; a mention of the meeting in the sentence does not (for words
   * whose other senses are as common in the meeting's own news: «график визита», the visit's programme).
   */
  needsContextWord?: boolean;
  /**
   * With `needsContextWord`: ambiguous aliases that a mention of the meeting in the sentence confirms all
   * the same (Belarusian «дарожная карта»: any project's plan, but beside Iran or Lukashenko the meeting's
   * roadmap; «графік» beside them is still as often the visit's programme).
   */
  anchoredToo?: string[];
  /**
   * Phrases that begin with the alias and mean something else whatever the sentence says ("trade union",
   * «график функции»): never a mention.
   */
  otherSenses?: string[];
}

export interface Lexicon {
  /**
   * Words skipped between a title and what qualifies it, on either side: articles, "of", the possessive "s"
   * left by an apostrophe, Turkish case endings after one. At most three are skipped.
   */
  fillers: string[];
  /**
   * Words skipped only before a title: "adviser to the President", but not after one — in "the visit of
   * Iran's President to Turkey", Turkey does not qualify the title.
   */
  fillersBefore: string[];
  /**
   * Words just before a title that make it someone else: a head noun whose complement the title is
   * ("deputy", "adviser", "office" — "the office of the Supreme Leader", «معاون رئیس‌جمهور»), or a
   * modifier that moves it in time ("former", "late", "next", "new", «бывший»). Kinship words are not
   * listed: in "the Leader's brother" the title still names the Leader (the corpus gold reads it so).
   */
  before: string[];
  /**
   * Words just after a title with the same effect: English possessive heads ("the President's office",
   * "-elect"), Persian and Arabic modifiers that follow their noun («رئیس‌جمهور سابق», «الرئيس السابق»),
   * Turkish possessed nouns («Cumhurbaşkanı Yardımcısı»).
   */
  after: string[];
  /**
   * Other countries (names and adjectives; never Iran or Belarus). A title next to one, on either side, is
   * that country's office ("North Korea's supreme leader", «رئیس‌جمهور ترکیه», «президент Турции»).
   */
  countries: string[];
  /**
   * Whether a country may qualify a title from before it ("Turkey's president", «турецкий президент»,
   * «Türkiye Cumhurbaşkanı»). Not in Persian or Arabic, where qualifiers follow their noun and a country
   * just before a title ends the previous clause («… از ترکیه رئیس‌جمهور گفت»).
   */
  countriesBefore: boolean;
  /**
   * Nouns for an office that a country qualifies ("president", "leader", "foreign minister", «президент»,
   * «الرئيس», "Präsident", "Başkanı"). A country right next to one, on the side where the language puts
   * its qualifiers ("Russian president", "president of Russia", «الرئيس الروسي», "US-Präsident"), is part of
   * that title, not a mention of the country. Iran and Belarus too: "Iran's foreign minister" names a
   * minister. Titles of the meeting's offices are gazetteer aliases, so their longest match wins first.
   */
  titleHeads: string[];
  /**
   * Words that may stand between a country and a title head without ending the title: "Russia's new
   * president", "Irans neuer Oberster Führer", «المرشد الأعلى الإيراني». At most two are skipped.
   */
  headQualifiers: string[];
  /**
   * Given names, for scripts without capitals (Persian, Arabic): a surname right after one is another
   * person («حمید رئیسی»). Latin and Cyrillic pages need no list: any capitalised word that is not in
   * {@link notGivenNames} counts.
   */
  givenNames: string[];
  /**
   * Capitalised words that stand before a surname without being a given name: honorifics and titles
   * ("President", "Ayatollah", «Президент»), nouns German capitalises ("Machthaber"), and words that begin
   * sentences ("When", "After", «Когда»).
   */
  notGivenNames: string[];
  /**
   * Prepositions written before a place («у Самаркандзе», "in Teheran", «в Минске»): a capitalised word right
   * after one is that preposition's object, not someone's given name («у Самаркандзе Лукашэнка»). Listed
   * given names still count («з Хамідам Раісі»). Optional: languages whose case endings follow the noun
   * (Turkish, Persian, Arabic) have none to list.
   */
  prepositions?: string[];
  /**
   * Words that may be joined to a mention by a hyphen without making it part of another word: prefixes
   * ("anti-sanctions", "pro-Iranian"), the combining forms of compound adjectives («ирано-белорусский»)
   * and appositives written with a hyphen («Хаменеи-младший»).
   * Other countries and other mentions also keep a hyphen pair ("Iran-Turkey", "Iran-Belarus").
   */
  compoundParts: string[];
  /**
   * The `compoundParts` that are prefixes: before a person's name they make an adjective about something
   * else ("pro-Lukashenka bloggers"), so there they do not keep the mention.
   */
  prefixes?: string[];
  /**
   * Words that let a title after a person's name describe that person ("Mojtaba Khamenei becomes Supreme
   * Leader", «стал», "wird", "devient", "as"): the title then names that person, not the office holder of
   * the page's date (`apposition-rule.ts`). Optional.
   */
  predicatives?: string[];
  /**
   * Words for a relative ("son", "brother", «сын», «برادر», «نجل»): a person named up to four words after
   * one, in the same phrase ("the younger brother of Ayatollah Ali Khamenei", «старший сын политика Виктор
   * Лукашенко», "le fils de Khamenei"), is named to say whose relative someone is. Such a name does not
   * make its person the one later bare surnames refer to, and such a bare surname does not take the person
   * the text is about (`surname-subject.ts`).
   */
  kinship?: string[];
  /** Endings a listed word may carry and still match (English plural, German/French adjective endings, Persian ezafe «ی»). */
  inflections: string[];
  /**
   * Words that open a complement after a noun ("of", «von»): a bare title followed by one names another
   * office ("the Leader of the House"). Optional: only languages with bare titles need it.
   */
  complementWords?: string[];
  /**
   * Words that close the name of a newspaper, a site or an account ("Herald", "Daily", «праўда»): a place
   * right before one is part of that name ("Minsk Herald"), not a mention. See `masthead-rule.ts`.
   */
  mastheads?: string[];
  /**
   * Determiners a bare title needs right before it ("the Leader"; "Labour Leader" is someone else).
   * Languages without articles list none, and their bare titles need none.
   */
  determiners?: string[];
  /** Topic aliases that need context, by topic id. */
  topics: Record<string, TopicContext>;
}
