import type { Ref } from 'preact';
import type { Bundle, BundledEntity, CompiledStatement, UiLang } from '../../lib/data/types.ts';
import type { Messages } from '../../lib/i18n/strings.ts';
import type { Theme } from '../../lib/settings/schema.ts';
import { StatementCard } from '../StatementCard.tsx';
import { CardFrame } from './CardFrame.tsx';

export interface HoverCardProps {
  /** The words as the page wrote them ("Lukashenka", «لوکاشنکو»); page text, so only ever rendered as text. */
  pageText: string;
  entity: BundledEntity;
  statements: readonly CompiledStatement[];
  bundle: Bundle;
  lang: UiLang;
  t: Messages;
  /** Id of the statement just copied, to confirm it on its button. */
  copiedId: string | null;
  onCopy(statement: CompiledStatement): void;
  onSearch(): void;
  onClose(): void;
  dialogRef?: Ref<HTMLDivElement>;
  /** The theme setting: `auto` follows `prefers-color-scheme`. */
  theme?: Theme;
}

/**
 * The card beside a mark: the name as the page gives it, who that is, and the two or three statements of the
 * meeting that concern them, in the frame every card shares (CardFrame).
 */
export function HoverCard({
  pageText,
  entity,
  statements,
  bundle,
  lang,
  t,
  copiedId,
  onCopy,
  onSearch,
  onClose,
  dialogRef,
  theme = 'auto',
}: HoverCardProps) {
  const label = entity.label[lang];
  const headingId = `inline-context-card-title-${entity.id}`;
  return (
    <CardFrame
      label={t.cardLabel(label)}
      lang={lang}
      t={t}
      theme={theme}
      data={{ entity: entity.id }}
      onClose={onClose}
      dialogRef={dialogRef}
      head={
        <>
          <p class="card__as-named">
            {t.onThisPage}: <q dir="auto">{pageText}</q>
          </p>
          <h2 class="card__label" id={headingId}>
            {label}
          </h2>
          <p class="card__desc">{entity.description[lang]}</p>
        </>
      }
      foot={
        <>
          <button type="button" class="card__search" onClick={onSearch}>
            {t.searchAll}
          </button>
          <span class="card__meeting">{t.meetingLine}</span>
        </>
      }
    >
      {statements.length === 0 && <p class="card__empty">{t.noStatements}</p>}
      {statements.map((s) => (
        <StatementCard
          key={s.id}
          statement={s}
          bundle={bundle}
          lang={lang}
          t={t}
          onCopy={onCopy}
          copied={copiedId === s.id}
        />
      ))}
    </CardFrame>
  );
}
