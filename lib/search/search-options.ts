/**
 * The one MiniSearch configuration, used to build the index at build time and to load it at run time.
 * Terms are processed by {@link indexTerms}, so index terms and queries are folded and stemmed alike.
 */
import type { Options } from 'minisearch';
import { indexTerms } from '../text/terms.ts';

/** Bumped whenever the index's fields or term processing change; a stale bundle is refused. */
export const SEARCH_SCHEMA_VERSION = 1;

/** One indexed document per statement. */
export interface SearchDocument {
  id: string;
  fa: string;
  en: string;
  ru: string;
  /** The speaker's names in the three languages. */
  speaker: string;
  /** Labels and aliases of the entities and topics the statement concerns. */
  about: string;
}

export const SEARCH_FIELDS = ['fa', 'en', 'ru', 'speaker', 'about'] as const;

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  // The analyzer already folds and stems; MiniSearch must not lower-case or split again.
  tokenize: indexTerms,
  processTerm: (term) => term,
  searchOptions: {
    boost: { fa: 1.5, en: 1.2, ru: 1.2, speaker: 2, about: 1 },
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    combineWith: 'AND',
    // Queries are analysed by StatementSearch before they reach MiniSearch: here they are already terms.
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
  },
};
