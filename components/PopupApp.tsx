import { useMemo, useState } from 'preact/hooks';
import type { CompiledStatement, UiLang } from '../lib/data/types.ts';
import { dirOf, type Messages } from '../lib/i18n/strings.ts';
import type { StatementSearch } from '../lib/search/statement-search.ts';
import { OnThisPage, type PageState } from './OnThisPage.tsx';
import { SearchPanel } from './SearchPanel.tsx';

export interface PopupAppProps {
  search: StatementSearch;
  lang: UiLang;
  t: Messages;
  page: PageState;
  notice?: string;
  onNextMark: (entityId: string) => void;
  /** Jumps to the next sentence of the page reporting a statement, and opens its card there. */
  onNextQuote: (statementId: string) => void;
  onScan: () => void;
  onAlwaysRun: () => void;
  onSiteOff: (off: boolean) => void;
  onCopy: (statement: CompiledStatement) => void;
  copiedId?: string;
  onOpenFullPage: () => void;
  onOpenOptions: () => void;
}

/** The popup: a header, what is on the current page, and the search over every statement. */
export function PopupApp(props: PopupAppProps) {
  const { search, lang, t } = props;
  const [entity, setEntity] = useState<string | undefined>();
  const summary = props.page.kind === 'running' ? props.page.summary : undefined;
  const reported = useMemo(
    () => new Map((summary?.reported ?? []).map((r) => [r.statement, r.sentences])),
    [summary],
  );
  return (
    <div class="app app--popup" lang={lang} dir={dirOf(lang)}>
      <header class="topbar">
        <h1 class="topbar__title">{t.appTitle}</h1>
        <button
          type="button"
          class="icon-button"
          onClick={props.onOpenFullPage}
          aria-label={t.openFullPage}
          title={t.openFullPage}
        >
          <span aria-hidden="true">⤢</span>
        </button>
        <button
          type="button"
          class="icon-button"
          onClick={props.onOpenOptions}
          aria-label={t.openOptions}
          title={t.openOptions}
        >
          <span aria-hidden="true">⚙</span>
        </button>
      </header>
      <main>
        <OnThisPage
          state={props.page}
          bundle={search.bundle}
          lang={lang}
          t={t}
          activeEntity={entity}
          onPickEntity={setEntity}
          onNextMark={props.onNextMark}
          onNextQuote={props.onNextQuote}
          onScan={props.onScan}
          onAlwaysRun={props.onAlwaysRun}
          onSiteOff={props.onSiteOff}
          notice={props.notice}
        />
        <SearchPanel
          search={search}
          lang={lang}
          t={t}
          entity={entity}
          onClearEntity={() => setEntity(undefined)}
          onCopy={props.onCopy}
          copiedId={props.copiedId}
          reported={reported}
        />
      </main>
    </div>
  );
}
