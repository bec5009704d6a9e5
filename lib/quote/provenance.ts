/**
 * What differs between a sentence on the page and the statement it reports, computed from the linker's
 * answer and the statement's data: who the page says spoke against who spoke in the source, a quotation on
 * the page against the source's paraphrase (or the reverse), and how much of the statement the sentence
 * carries. Pure; the hover card's provenance mode shows the result (components/card/QuoteCard.tsx).
 */
import type { StatementKind } from '../data/types.ts';

/** Below this share of the statement's concept weight, the card says the statement is only partly reported. */
export const PARTLY_BELOW = 0.5;

/** One difference between the page and the source. */
export type Difference =
  /** The page attributes the words to `onPage`; in the source `inSource` spoke them. */
  | { kind: 'speaker'; onPage: string; inSource: string }
  /** The page quotes words the source only paraphrases. */
  | { kind: 'quoted-paraphrase'; inSource: string }
  /** The page retells words the source gives as the speaker's own. */
  | { kind: 'retold-quote'; inSource: string }
  /** The sentence carries only `share` (0–1) of the statement's concept weight. */
  | { kind: 'partly'; share: number };

/** The parts of a quote link this needs (lib/quote/linker.ts `QuoteLink`). */
export interface LinkFacts {
  form: 'quote' | 'paraphrase';
  speakerOnPage: string | null;
  share: number;
}

/** The parts of a statement this needs. */
export interface StatementFacts {
  speaker: string;
  kind: StatementKind;
}

/**
 * The differences between a linked sentence and its statement, most serious first: a wrong speaker, then a
 * change of form, then a partial report. A sentence that names nobody is not called misattributed (the page
 * did not say who spoke). "Partly" is a measure of the cue lexicon, not of meaning: the share of the
 * statement's weighted concepts (data/statement-cues.json) found in the sentence — honest about what it counts,
 * and the same measure that linked the sentence.
 */
export function differences(link: LinkFacts, statement: StatementFacts): Difference[] {
  const out: Difference[] = [];
  if (link.speakerOnPage && link.speakerOnPage !== statement.speaker)
    out.push({ kind: 'speaker', onPage: link.speakerOnPage, inSource: statement.speaker });
  if (link.form === 'quote' && statement.kind === 'reported')
    out.push({ kind: 'quoted-paraphrase', inSource: statement.speaker });
  if (link.form === 'paraphrase' && statement.kind === 'direct')
    out.push({ kind: 'retold-quote', inSource: statement.speaker });
  if (link.share < PARTLY_BELOW) out.push({ kind: 'partly', share: link.share });
  return out;
}
