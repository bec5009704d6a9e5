import { useMemo, useRef, useState } from 'preact/hooks';
import { type CompiledStatement, TRANSLATION_LANGS, type UiLang } from '../lib/data/types.ts';
import { dirOf, type Messages } from '../lib/i18n/strings.ts';
import { matchedRanges } from '../lib/search/highlight.ts';
import type { SearchFilters as Filters, StatementSearch } from '../lib/search/statement-search.ts';
import { MeetingGlance } from './MeetingGlance.tsx';
import { ResultFeed, type ShownResult } from './ResultFeed.tsx';
import { type FilterValues, SearchFilters } from './SearchFilters.tsx';

export interface SearchPanelProps {
  search: StatementSearch;
  lang: UiLang;
  t: Messages;
  initialQuery?: string;
  /** An entity picked in "On this page": only statements concerning it are shown. */
  entity?: string;
  onClearEntity?: () => void;
  /** Copies a statement with its citation (the page does the clipboard work). */
  onCopy?: (statement: CompiledStatement) => void;
  copiedId?: string;
  /** Reports the query as it changes (the full page keeps it in its address). */
  onQueryChange?: (query: string) => void;
  /** Statement id → sentences of the current page reporting it: the popup badges those results. */
  reported?: ReadonlyMap<string, number>;
}

/** The results for a query and filters: ranked hits, or every statement (in source order) for an empty box. */
export function resultsFor(search: StatementSearch, query: string, filters: Filters): ShownResult[] {
  if (!query.trim()) return search.all(filters).map((statement) => ({ statement, highlights: [] }));
  return search.search(query, filters).map((h) => ({
    statement: h.statement,
    quality: h.quality,
    highlights: matchedRanges(h.statement.fa, h.matchedTerms),
    translationHighlights: Object.fromEntries(
      TRANSLATION_LANGS.map((l) => [l, matchedRanges(h.statement[l], h.matchedTerms, l)]),
    ),
  }));
}

/**
 * The search box, its filters and its results, as you type. An empty box shows the meeting at a glance above
 * every statement. ↓ in the box moves into the results (see {@link ResultFeed}).
 */
export function SearchPanel({
  search,
  lang,
  t,
  initialQuery = '',
  entity,
  onClearEntity,
  onCopy,
  copiedId,
  onQueryChange,
  reported,
}: SearchPanelProps) {
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState<FilterValues>({});
  const panel = useRef<HTMLElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const all: Filters = { ...filters, entity };
  const shown = useMemo(
    () => resultsFor(search, query, all),
    [search, query, filters.speaker, filters.topic, filters.kind, entity],
  );
  const empty = !query.trim();
  const filtered = Boolean(filters.speaker || filters.topic || filters.kind || entity);
  const entityLabel = entity && search.bundle.gazetteer.entities.find((e) => e.id === entity)?.label[lang];
  return (
    <section class="search" lang={lang} dir={dirOf(lang)} ref={panel}>
      <label class="search__label" for="search-input">
        {t.searchLabel}
      </label>
      <input
        id="search-input"
        ref={input}
        class="search__input"
        type="search"
        dir="auto"
        autoComplete="off"
        spellcheck={false}
        placeholder={t.searchPlaceholder}
        value={query}
        onInput={(e) => {
          const q = (e.currentTarget as HTMLInputElement).value;
          setQuery(q);
          onQueryChange?.(q);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && shown.length > 0) {
            e.preventDefault();
            // Focus now, not after a re-render: a second ↓ pressed right away must already reach the feed.
            panel.current?.querySelector<HTMLElement>('[role="feed"] article.statement')?.focus();
          }
        }}
      />
      <SearchFilters
        bundle={search.bundle}
        lang={lang}
        t={t}
        value={filters}
        onChange={(patch) => setFilters((old) => ({ ...old, ...patch }))}
      />
      {(filtered || entityLabel) && (
        <p class="search__active">
          {entityLabel && <span class="chip chip--static">{t.aboutEntity(entityLabel)}</span>}
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setFilters({});
              onClearEntity?.();
            }}
          >
            {t.clearFilters}
          </button>
        </p>
      )}
      {empty && !filtered && (
        <MeetingGlance
          bundle={search.bundle}
          lang={lang}
          t={t}
          activeTopic={filters.topic}
          onTopic={(topic) => setFilters((old) => ({ ...old, topic }))}
        />
      )}
      <p class="search__count" role="status" aria-live="polite">
        {!empty && shown.length === 0 ? t.noResults : t.results(shown.length)}
      </p>
      <ResultFeed
        results={shown}
        bundle={search.bundle}
        lang={lang}
        t={t}
        label={t.searchLabel}
        onCopy={onCopy}
        copiedId={copiedId}
        onExit={() => input.current?.focus()}
        reported={reported}
      />
      <p class="search__hint">{t.keyboardHint}</p>
    </section>
  );
}
