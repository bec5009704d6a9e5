/**
 * The one MiniSearch configuration, used to build the index at build time and to load it at run time.
 * Terms are processed by {@link indexTerms}, so index terms and queries are folded and stemmed alike; each
 * field is analysed for its language (the Persian source without Arabic readings, the Arabic translation as
 * Arabic).
 */
import type { Options } from 'minisearch';
import { indexTerms } from '../text/terms.ts';

/**
 * Bumped whenever the index's fields or term processing change; a stale bundle is refused.
 * 2: the Arabic translation (`ar`) and Arabic readings (proclitics, endings, hamza).
 */
export const SEARCH_SCHEMA_VERSION = 2;

/** One indexed document per statement. */
export interface SearchDocument {
  id: string;
  fa: string;
  en: string;
  ru: string;
  ar: string;
  /** The speaker's names and labels in every language. */
  speaker: string;
  /** Labels and aliases of the entities and topics the statement concerns. */
  about: string;
}

export const SEARCH_FIELDS = ['fa', 'en', 'ru', 'ar', 'speaker', 'about'] as const;

/**
 * The fields where a query's Arabic readings (a word without و/ب/ل/ف/ال, or without its ending) are looked
 * for: those that hold Arabic. Not the Persian source, where «برای» is not ب + «رای».
 */
export const ARABIC_FIELDS: string[] = ['ar', 'speaker', 'about'];

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  // The analyzer already folds and stems; MiniSearch must not lower-case or split again.
  tokenize: (text, field) => indexTerms(text, field),
  processTerm: (term) => term,
  searchOptions: {
    boost: { fa: 1.5, en: 1.2, ru: 1.2, ar: 1.2, speaker: 2, about: 1 },
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    combineWith: 'AND',
    // Queries are analysed by StatementSearch before they reach MiniSearch: here they are already terms.
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
  },
};
