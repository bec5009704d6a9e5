/**
 * The full-page search (`search.html`), for more room than the popup: opened from the popup, from the context
 * menu (`?q=` carries the selected text) and from the hover card's "search all statements".
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { SearchPanel } from '../../components/SearchPanel.tsx';
import type { CompiledStatement, UiLang } from '../../lib/data/types.ts';
import { MESSAGES } from '../../lib/i18n/strings.ts';
import type { StatementSearch } from '../../lib/search/statement-search.ts';
import { applyAppearance } from '../../utils/appearance.ts';
import { statementSearch } from '../../utils/bundled-search.ts';
import { copyCitation } from '../../utils/copy-citation.ts';
import { readSettings } from '../../utils/storage.ts';
import '../../components/tokens.css';
import '../../components/ui.css';
import '../../components/statement.css';
import './style.css';

function SearchPage({
  search,
  lang,
  initialQuery,
}: {
  search: StatementSearch;
  lang: UiLang;
  initialQuery: string;
}) {
  const t = MESSAGES[lang];
  const [copiedId, setCopiedId] = useState<string>();
  const onCopy = (s: CompiledStatement) =>
    void copyCitation(s, search.bundle, lang).then((done) => done && setCopiedId(s.id));
  // Keep the query in the address, so reloading or sharing the page keeps the search.
  const onQueryChange = (q: string) => {
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };
  return (
    <div class="app app--page">
      <header class="topbar">
        <h1 class="topbar__title">{t.appTitle}</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t.openOptions}
        </button>
      </header>
      <main>
        <SearchPanel
          search={search}
          lang={lang}
          t={t}
          initialQuery={initialQuery}
          onCopy={onCopy}
          copiedId={copiedId}
          onQueryChange={onQueryChange}
        />
      </main>
    </div>
  );
}

async function start(root: HTMLElement) {
  const lang = applyAppearance(await readSettings());
  document.title = `${MESSAGES[lang].appTitle} — ${MESSAGES[lang].searchLabel}`;
  const initialQuery = new URLSearchParams(location.search).get('q')?.slice(0, 200) ?? '';
  render(<SearchPage search={statementSearch()} lang={lang} initialQuery={initialQuery} />, root);
  document.getElementById('search-input')?.focus();
}

const root = document.getElementById('app');
if (root) void start(root);
