import type { Ref } from 'preact';
import type { Bundle, CompiledStatement, UiLang } from '../../lib/data/types.ts';
import type { Messages } from '../../lib/i18n/strings.ts';
import type { Difference } from '../../lib/quote/provenance.ts';
import type { Theme } from '../../lib/settings/schema.ts';
import { StatementCard } from '../StatementCard.tsx';
import { CardFrame } from './CardFrame.tsx';

/** One statement a sentence reports, with what differs between the page and the source. */
export interface ReportedItem {
  statement: CompiledStatement;
  differences: readonly Difference[];
}

export interface QuoteCardProps {
  /** The sentence as the page wrote it: page text, so only ever rendered as text. */
  sentence: string;
  /** How the page gives it: as the speaker's words (`quote`) or retold (`paraphrase`). */
  form: 'quote' | 'paraphrase';
  /** Entity id of the person the page says is speaking, or null when it names nobody. */
  speakerOnPage: string | null;
  /** The statements it reports (one, or two from the same speaker), best first. */
  items: readonly ReportedItem[];
  bundle: Bundle;
  lang: UiLang;
  t: Messages;
  /** Id of the statement just copied, to confirm it on its button. */
  copiedId: string | null;
  onCopy(statement: CompiledStatement): void;
  onClose(): void;
  dialogRef?: Ref<HTMLDivElement>;
  theme?: Theme;
}

/** One difference in the reader's language, people by their labels. */
export function differenceText(d: Difference, label: (id: string) => string, t: Messages): string {
  switch (d.kind) {
    case 'speaker':
      return t.diffSpeaker(label(d.onPage), label(d.inSource));
    case 'quoted-paraphrase':
      return t.diffQuotedParaphrase(label(d.inSource));
    case 'retold-quote':
      return t.diffRetoldQuote(label(d.inSource));
    case 'partly':
      return t.diffPartly(Math.round(d.share * 100));
  }
}

/**
 * The card's provenance mode, beside a sentence that reports the meeting: the sentence as the page gives it
 * (quoted or retold, and to whom the page attributes it), then for each statement it reports what differs
 * from the source, and the statement itself — the Persian words verbatim with their speaker and form, the
 * unofficial translation, the date and source, "Copy with citation" — as everywhere else (StatementCard).
 */
export function QuoteCard({
  sentence,
  form,
  speakerOnPage,
  items,
  bundle,
  lang,
  t,
  copiedId,
  onCopy,
  onClose,
  dialogRef,
  theme = 'auto',
}: QuoteCardProps) {
  const label = (id: string) => bundle.gazetteer.entities.find((e) => e.id === id)?.label[lang] ?? id;
  const sourceSpeaker = items[0] ? label(items[0].statement.speaker) : '';
  return (
    <CardFrame
      variant="card--quote"
      label={t.quoteCardLabel(sourceSpeaker)}
      lang={lang}
      t={t}
      theme={theme}
      data={{ statements: items.map((i) => i.statement.id).join(' ') }}
      onClose={onClose}
      dialogRef={dialogRef}
      head={
        <>
          <p class="card__as-named provenance__form" data-form={form}>
            {t.pageForm(form, speakerOnPage ? label(speakerOnPage) : null)}
          </p>
          {/* dir="auto": the page's sentence keeps its own direction inside any interface. */}
          <p class="provenance__sentence" dir="auto">
            {sentence}
          </p>
        </>
      }
      foot={<span class="card__meeting">{t.meetingLine}</span>}
    >
      {items.map(({ statement, differences }) => (
        <section key={statement.id} class="provenance" data-statement-id={statement.id}>
          <h3 class="provenance__label">{t.whatDiffers}</h3>
          <ul class="provenance__diffs">
            {differences.length === 0 && <li class="provenance__diff">{t.sameAsSource}</li>}
            {differences.map((d) => (
              <li key={d.kind} class={`provenance__diff provenance__diff--${d.kind}`} data-kind={d.kind}>
                {differenceText(d, label, t)}
              </li>
            ))}
          </ul>
          <h3 class="provenance__label">{t.inTheSource}</h3>
          <StatementCard
            statement={statement}
            bundle={bundle}
            lang={lang}
            t={t}
            onCopy={onCopy}
            copied={copiedId === statement.id}
          />
        </section>
      ))}
    </CardFrame>
  );
}
