import type { TargetedKeyboardEvent } from 'preact';
import type { Bundle, CompiledStatement, TranslationLang, UiLang } from '../lib/data/types.ts';
import { dateSeparator, gregorianDate, solarHijriDate, solarHijriLang } from '../lib/format/dates.ts';
import { dirOf, otherTranslationOf, translationLangOf } from '../lib/i18n/languages.ts';
import type { Messages } from '../lib/i18n/strings.ts';
import type { MatchQuality } from '../lib/search/statement-search.ts';

export interface StatementCardProps {
  statement: CompiledStatement;
  bundle: Bundle;
  lang: UiLang;
  t: Messages;
  /** UTF-16 ranges of `statement.fa` to highlight (words the query matched). */
  highlights?: readonly (readonly [number, number])[];
  /** UTF-16 ranges of each translation to highlight (the words of that translation the query matched). */
  translationHighlights?: Partial<Record<TranslationLang, readonly (readonly [number, number])[]>>;
  quality?: MatchQuality;
  onCopy?: (statement: CompiledStatement) => void;
  copied?: boolean;
  /**
   * Search results only: `false` clamps the text to a few lines, `true` shows everything plus the statement's
   * subjects and paragraph. Undefined (the hover card) shows the full card without a toggle.
   */
  expanded?: boolean;
  onToggle?: (statement: CompiledStatement) => void;
  /** Search results only: makes the card a keyboard stop (roving tabindex). */
  tabIndex?: number;
  onKeyDown?: (event: TargetedKeyboardEvent<HTMLElement>) => void;
  /** Search results only: position in the result feed, for screen readers (1-based). */
  position?: { index: number; size: number };
  /** The popup only: how many sentences of the current page report this statement (a badge when > 0). */
  reportedOnPage?: number;
}

/** Splits `text` into plain and highlighted pieces; ranges are sorted, merged and clipped first. */
export function highlightPieces(
  text: string,
  ranges: readonly (readonly [number, number])[],
): { text: string; hit: boolean }[] {
  const sorted = [...ranges]
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const pieces: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) pieces.push({ text: text.slice(at, from), hit: false });
    pieces.push({ text: text.slice(from, e), hit: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}

/** A text with its highlighted words wrapped in `<mark>`. */
function Highlighted({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  return <>{highlightPieces(text, ranges).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

/**
 * One statement: speaker, direct or reported, the Persian text exactly as in the source, the unofficial
 * translation in the reader's language (English in the Persian interface), the date in both calendars and the
 * source. Each text carries its own `lang` and `dir`, whatever the interface's: the Persian quote stays
 * `lang="fa"` inside an Arabic card, an English translation stays left-to-right inside a Persian one.
 */
export function StatementCard({
  statement: s,
  bundle,
  lang,
  t,
  highlights = [],
  translationHighlights = {},
  quality,
  onCopy,
  copied,
  expanded,
  onToggle,
  tabIndex,
  onKeyDown,
  position,
  reportedOnPage,
}: StatementCardProps) {
  const byId = (id: string) => bundle.gazetteer.entities.find((e) => e.id === id);
  const speaker = byId(s.speaker);
  const translationLang = translationLangOf(lang);
  const otherLang = otherTranslationOf(lang);
  const detailsId = `statement-details-${s.id}`;
  const clamp = expanded === false ? ' statement--clamped' : '';
  return (
    <article
      class={`statement statement--${s.kind}${clamp}`}
      data-statement-id={s.id}
      aria-label={speaker?.label[lang] ?? s.speaker}
      tabIndex={tabIndex}
      onKeyDown={onKeyDown}
      aria-posinset={position?.index}
      aria-setsize={position?.size}
    >
      <header class="statement__head">
        <span class="statement__speaker">{speaker?.label[lang] ?? s.speaker}</span>
        <span class={`statement__kind statement__kind--${s.kind}`}>
          {s.kind === 'direct' ? t.direct : t.reported}
        </span>
        {quality && quality !== 'exact' && (
          <span class={`statement__quality statement__quality--${quality}`}>
            {quality === 'prefix' ? t.prefixMatch : t.fuzzyMatch}
          </span>
        )}
        {reportedOnPage !== undefined && reportedOnPage > 0 && (
          <span class="statement__reported">{t.reportedOnPage(reportedOnPage)}</span>
        )}
      </header>
      <blockquote class="statement__quote" lang="fa" dir="rtl">
        <Highlighted text={s.fa} ranges={highlights} />
      </blockquote>
      <p class="statement__translation" lang={translationLang} dir={dirOf(translationLang)}>
        {/* The label is in the interface's language, maybe not the translation's: isolated in its own direction,
            its colon stays at its end (a Persian label before an English translation). */}
        <span class="statement__translation-label" lang={lang} dir={dirOf(lang)}>
          {t.unofficialTranslation}:
        </span>{' '}
        <Highlighted text={s[translationLang]} ranges={translationHighlights[translationLang] ?? []} />
      </p>
      {expanded && (
        <div class="statement__details" id={detailsId}>
          <p
            class="statement__translation statement__translation--other"
            lang={otherLang}
            dir={dirOf(otherLang)}
          >
            <Highlighted text={s[otherLang]} ranges={translationHighlights[otherLang] ?? []} />
          </p>
          <ul class="statement__about">
            {[...s.topics, ...s.entities].map((id) => (
              <li key={id} class="chip chip--static">
                {byId(id)?.label[lang] ?? id}
              </li>
            ))}
          </ul>
        </div>
      )}
      <footer class="statement__meta">
        {/* Each date isolated in its own direction: in a right-to-left card, two runs of digits around the
            separator would merge, and the Solar Hijri date reads right to left in every interface. */}
        <span class="statement__date">
          <bdi dir={dirOf(lang)}>{gregorianDate(bundle.meeting.date.gregorian, lang)}</bdi>
          {dateSeparator(lang)}
          <bdi lang={solarHijriLang(lang)} dir={dirOf(solarHijriLang(lang))}>
            {solarHijriDate(bundle.meeting.date.gregorian, lang)}
          </bdi>
        </span>
        <span class="statement__source">
          {t.source}:{' '}
          {/* The title mixes Persian and Latin digits («… - 22 / اسفند / 1401»): only a right-to-left isolate puts
              "22" right of «اسفند» and "1401" left-most, in a left-to-right interface too. */}
          <cite lang="fa" dir="rtl">
            {bundle.meeting.title.fa}
          </cite>
        </span>
        {onToggle && (
          <button
            type="button"
            class="statement__toggle"
            aria-expanded={expanded === true}
            aria-controls={expanded ? detailsId : undefined}
            onClick={() => onToggle(s)}
          >
            {expanded ? t.hideDetails : t.showDetails}
          </button>
        )}
        {onCopy && (
          <button type="button" class="statement__copy" onClick={() => onCopy(s)}>
            {copied ? t.copied : t.copyCitation}
          </button>
        )}
      </footer>
    </article>
  );
}
