import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../lib/data/types.ts';
import { dirOf, type Messages } from '../lib/i18n/messages.ts';
import type { StatementSearch } from '../lib/search/statement-search.ts';
import { analyze } from '../lib/text/terms.ts';
import { StatementCard } from './StatementCard.tsx';

export interface SearchPanelProps {
  search: StatementSearch;
  lang: Lang;
  t: Messages;
  initialQuery?: string;
}

/** Highlight ranges in a statement's Persian text: the words whose terms the query matched. */
export function matchedRanges(text: string, matchedTerms: readonly string[]): [number, number][] {
  const wanted = new Set(matchedTerms);
  return analyze(text)
    .filter((w) => w.terms.some((t) => wanted.has(t)))
    .map((w) => [w.start, w.end]);
}

/** The search box and its results, as you type. */
export function SearchPanel({ search, lang, t, initialQuery = '' }: SearchPanelProps) {
  const [query, setQuery] = useState(initialQuery);
  const hits = useMemo(() => search.search(query), [search, query]);
  const shown = query.trim() ? hits : search.all().map((statement) => ({ statement, quality: undefined, matchedTerms: [] }));
  return (
    <section class="search" lang={lang} dir={dirOf(lang)}>
      <label class="search__label" for="search-input">
        {t.searchLabel}
      </label>
      <input
        id="search-input"
        class="search__input"
        type="search"
        dir="auto"
        autoComplete="off"
        placeholder={t.searchPlaceholder}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="search__count" role="status" aria-live="polite">
        {query.trim() && hits.length === 0 ? t.noResults : t.results(shown.length)}
      </p>
      <ol class="search__results">
        {shown.map((h) => (
          <li key={h.statement.id}>
            <StatementCard
              statement={h.statement}
              bundle={search.bundle}
              lang={lang}
              t={t}
              quality={h.quality}
              highlights={matchedRanges(h.statement.fa, h.matchedTerms)}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
