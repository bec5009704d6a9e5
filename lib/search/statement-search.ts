/**
 * Search over every statement: Persian, English, Russian or Arabic queries, folded and stemmed like the index
 * ({@link analyze}). Each hit says whether it matched exactly, only by prefix, or only fuzzily, and which
 * stored terms matched, so the UI can label it and highlight only words the query really matched.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Bundle, BundledEntity, CompiledStatement, StatementKind } from '../data/types.ts';
import { allReadings, analyze, type Term } from '../text/terms.ts';
import {
  ARABIC_FIELDS,
  SEARCH_OPTIONS,
  SEARCH_SCHEMA_VERSION,
  type SearchDocument,
} from './search-options.ts';

export type MatchQuality = 'exact' | 'prefix' | 'fuzzy';

export interface SearchHit {
  statement: CompiledStatement;
  score: number;
  /** The weakest of the query words' best matches: one fuzzy word makes the hit fuzzy. */
  quality: MatchQuality;
  /** Index terms of this statement that the query matched (use with {@link analyze} to highlight). */
  matchedTerms: string[];
}

export interface SearchFilters {
  speaker?: string;
  kind?: StatementKind;
  topic?: string;
  entity?: string;
}

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** The text indexed for one statement. */
export function toSearchDocument(s: CompiledStatement, entities: Map<string, BundledEntity>): SearchDocument {
  const names = (e: BundledEntity | undefined) =>
    e
      ? [...Object.values(e.label), ...Object.values(e.names).flat()]
          .filter((n) => typeof n === 'string')
          .join(' \n ')
      : '';
  return {
    id: s.id,
    fa: s.fa,
    en: s.en,
    ru: s.ru,
    ar: s.ar,
    speaker: names(entities.get(s.speaker)),
    about: [...s.entities, ...s.topics].map((id) => names(entities.get(id))).join(' \n '),
  };
}

/** Builds the MiniSearch index of a bundle (at build time, and in tests). */
export function buildIndex(bundle: Bundle): MiniSearch<SearchDocument> {
  const entities = new Map(bundle.gazetteer.entities.map((e) => [e.id, e]));
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(bundle.statements.map((s) => toSearchDocument(s, entities)));
  return index;
}

/** The serialized index shipped in the extension, with the schema version it was built with. */
export interface SerializedIndex {
  schemaVersion: number;
  index: unknown;
}

export function serializeIndex(index: MiniSearch<SearchDocument>): SerializedIndex {
  return { schemaVersion: SEARCH_SCHEMA_VERSION, index: index.toJSON() };
}

function quality(docTerm: string, queryTerms: string[]): MatchQuality {
  if (queryTerms.includes(docTerm)) return 'exact';
  if (queryTerms.some((q) => docTerm.startsWith(q))) return 'prefix';
  return 'fuzzy';
}

const RANK: Record<MatchQuality, number> = { exact: 0, prefix: 1, fuzzy: 2 };

export class StatementSearch {
  private readonly byId: Map<string, CompiledStatement>;

  constructor(
    readonly bundle: Bundle,
    private readonly index: MiniSearch<SearchDocument>,
  ) {
    this.byId = new Map(bundle.statements.map((s) => [s.id, s]));
  }

  /** Loads the serialized index shipped with the extension; refuses one built by another schema. */
  static fromSerialized(bundle: Bundle, serialized: SerializedIndex): StatementSearch {
    if (
      serialized?.schemaVersion !== SEARCH_SCHEMA_VERSION ||
      bundle.schemaVersion !== SEARCH_SCHEMA_VERSION
    ) {
      throw new SearchIndexError(
        `The bundled search index has schema ${serialized?.schemaVersion}, this code expects ${SEARCH_SCHEMA_VERSION}; run \`npm run data\`.`,
      );
    }
    const index = MiniSearch.loadJS<SearchDocument>(serialized.index as never, SEARCH_OPTIONS);
    return new StatementSearch(bundle, index);
  }

  static fromBundle(bundle: Bundle): StatementSearch {
    return new StatementSearch(bundle, buildIndex(bundle));
  }

  /** All statements in source order, filtered; what an empty query shows. */
  all(filters: SearchFilters = {}): CompiledStatement[] {
    return this.bundle.statements.filter((s) => passes(s, filters));
  }

  search(query: string, filters: SearchFilters = {}): SearchHit[] {
    const words = analyze(query);
    if (words.length === 0) return [];
    // AND across the query's words; OR across the readings of one word.
    const tree: Query = { combineWith: 'AND', queries: words.map(readingsQuery) };
    const results: SearchResult[] = this.index.search(tree, {
      tokenize: (t) => t.split(' ').filter(Boolean),
      processTerm: (t) => t,
    });
    const hits: SearchHit[] = [];
    for (const r of results) {
      const statement = this.byId.get(String(r.id));
      if (!statement || !passes(statement, filters)) continue;
      let worst: MatchQuality = 'exact';
      for (const w of words) {
        let best: MatchQuality = 'fuzzy';
        const readings = allReadings(w);
        for (const t of r.terms) {
          const q = quality(t, readings);
          if (RANK[q] < RANK[best]) best = q;
        }
        if (RANK[best] > RANK[worst]) worst = best;
      }
      hits.push({ statement, score: r.score, quality: worst, matchedTerms: [...r.terms] });
    }
    // Exact hits before prefix hits before fuzzy ones; score within each.
    return hits.sort((a, b) => RANK[a.quality] - RANK[b.quality] || b.score - a.score);
  }
}

/**
 * One query word: its readings in every field, OR its Arabic readings in the fields that hold Arabic (as
 * typed, so a prefix matches while typing), OR its Arabic stems there (whole terms only: a stem such as
 * «تعاو» would otherwise match every word it begins).
 */
function readingsQuery(w: Term): Query {
  const queries: Query[] = [{ combineWith: 'OR', queries: w.terms }];
  if (w.arabic.length) queries.push({ combineWith: 'OR', queries: w.arabic, fields: ARABIC_FIELDS });
  if (w.arabicStems.length)
    queries.push({
      combineWith: 'OR',
      queries: w.arabicStems,
      fields: ARABIC_FIELDS,
      prefix: false,
      fuzzy: false,
    });
  return { combineWith: 'OR', queries };
}

function passes(s: CompiledStatement, f: SearchFilters): boolean {
  return (
    (!f.speaker || s.speaker === f.speaker) &&
    (!f.kind || s.kind === f.kind) &&
    (!f.topic || s.topics.includes(f.topic)) &&
    (!f.entity || s.entities.includes(f.entity) || s.topics.includes(f.entity) || s.speaker === f.entity)
  );
}
