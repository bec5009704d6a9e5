import type { Bundle, UiLang } from '../lib/data/types.ts';
import { dirOf, translationLangOf } from '../lib/i18n/languages.ts';
import type { Messages } from '../lib/i18n/strings.ts';
import type { PageSummary } from '../lib/messaging/protocol.ts';
import type { PageState } from '../lib/popup/page-offer.ts';

export type { PageState };

export interface OnThisPageProps {
  state: PageState;
  bundle: Bundle;
  lang: UiLang;
  t: Messages;
  activeEntity?: string;
  onPickEntity: (entityId: string | undefined) => void;
  onNextMark: (entityId: string) => void;
  onNextQuote?: (statementId: string) => void;
  onScan: () => void;
  onAlwaysRun: () => void;
  onSiteOff: (off: boolean) => void;
  /** A short outcome of the last action ("Access was not granted."), announced politely. */
  notice?: string;
}

/** Entities of a page summary with at least one mark, most marked first, then in gazetteer order. */
export function entitiesOnPage(summary: PageSummary, bundle: Bundle): { id: string; count: number }[] {
  const order = new Map(bundle.gazetteer.entities.map((e, i) => [e.id, i]));
  return Object.entries(summary.counts)
    .filter(([id, n]) => n > 0 && order.has(id))
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/**
 * "On this page": the meeting's entities the page mentions, with their counts (pick one to filter the
 * statements, or jump to its next mark), or, where the extension does not run, the ways to make it run.
 */
export function OnThisPage(props: OnThisPageProps) {
  const { state, bundle, lang, t, notice } = props;
  if (state.kind === 'loading') return null;
  const label = (id: string) => bundle.gazetteer.entities.find((e) => e.id === id)?.label[lang] ?? id;
  return (
    <section class="onpage" aria-labelledby="onpage-title">
      <h2 class="onpage__title" id="onpage-title">
        {t.onThisPage}
        {'site' in state && state.site && (
          <span class="onpage__site" dir="ltr">
            {state.site}
          </span>
        )}
      </h2>
      {state.kind === 'unsupported' && <p class="onpage__note">{t.unsupportedPage}</p>}
      {state.kind === 'running' && <RunningList {...props} state={state} label={label} />}
      {state.kind === 'not-running' && state.off && (
        <div class="onpage__actions">
          <p class="onpage__note">{t.turnedOff(state.site ?? t.thisSite)}</p>
          <button type="button" class="button" onClick={() => props.onSiteOff(false)}>
            {t.onAgain(state.site ?? t.thisSite)}
          </button>
        </div>
      )}
      {state.kind === 'not-running' && !state.off && (
        <div class="onpage__actions">
          <p class="onpage__note">{t.notRunning(state.site ?? t.thisSite)}</p>
          <button type="button" class="button button--primary" onClick={props.onScan}>
            {t.scanPage}
          </button>
          {state.canAlwaysRun && state.site && (
            <button type="button" class="button" onClick={props.onAlwaysRun}>
              {t.alwaysRunOn(state.site)}
            </button>
          )}
        </div>
      )}
      <p class="onpage__notice" role="status">
        {notice}
      </p>
    </section>
  );
}

/**
 * The statements the page reports (the content script's quote linking), in the order the page first reports
 * them: who said it, the start of its translation, how many sentences report it, and a jump to the next one.
 */
function ReportedList({
  summary,
  bundle,
  lang,
  t,
  onNextQuote,
  label,
}: {
  summary: PageSummary;
  bundle: Bundle;
  lang: UiLang;
  t: Messages;
  onNextQuote?: (statementId: string) => void;
  label: (id: string) => string;
}) {
  const reported = (summary.reported ?? []).filter((r) =>
    bundle.statements.some((s) => s.id === r.statement),
  );
  if (reported.length === 0) return null;
  const tl = translationLangOf(lang);
  return (
    <>
      <h3 class="onpage__subtitle" id="onpage-reported">
        {t.reportedTitle}
      </h3>
      <ul class="onpage__reported" aria-labelledby="onpage-reported">
        {reported.map((r) => {
          const s = bundle.statements.find((x) => x.id === r.statement);
          if (!s) return null;
          return (
            <li key={r.statement} class="onpage__quote" data-reported-id={r.statement}>
              <span class="onpage__quote-who">{label(s.speaker)}</span>{' '}
              <span class="onpage__quote-text" lang={tl} dir={dirOf(tl)}>
                {s[tl]}
              </span>{' '}
              <span class="onpage__quote-count">{t.sentencesReporting(r.sentences)}</span>
              {onNextQuote && (
                <button
                  type="button"
                  class="icon-button onpage__next"
                  aria-label={t.nextReporting}
                  title={t.nextReporting}
                  onClick={() => onNextQuote(r.statement)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function RunningList({
  state,
  bundle,
  lang,
  t,
  activeEntity,
  onPickEntity,
  onNextMark,
  onNextQuote,
  onSiteOff,
  label,
}: OnThisPageProps & { state: Extract<PageState, { kind: 'running' }>; label: (id: string) => string }) {
  const found = entitiesOnPage(state.summary, bundle);
  return (
    <>
      {found.length === 0 ? (
        <p class="onpage__note">{t.onPageNothing}</p>
      ) : (
        <ul class="onpage__list">
          {found.map(({ id, count }) => (
            <li key={id} class="onpage__item" data-entity-id={id}>
              <button
                type="button"
                class="chip onpage__entity"
                aria-pressed={activeEntity === id}
                onClick={() => onPickEntity(activeEntity === id ? undefined : id)}
              >
                <span class="onpage__name">{label(id)}</span>
                <span class="onpage__count" aria-hidden="true">
                  {count}
                </span>
                <span class="visually-hidden">{t.marks(count)}</span>
              </button>
              <button
                type="button"
                class="icon-button onpage__next"
                aria-label={t.nextMark(label(id))}
                title={t.nextMark(label(id))}
                onClick={() => onNextMark(id)}
              >
                <span aria-hidden="true">↓</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ReportedList
        summary={state.summary}
        bundle={bundle}
        lang={lang}
        t={t}
        onNextQuote={onNextQuote}
        label={label}
      />
      <button type="button" class="link-button onpage__off" onClick={() => onSiteOff(true)}>
        {t.offOnSite(state.site)}
      </button>
    </>
  );
}
