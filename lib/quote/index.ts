/**
 * Quote provenance: the sentences of a page that report one of the meeting's statements. Pure code (no
 * browser API); the content script's quote stage prepares and scores the pass's blocks in steps
 * ({@link QuoteLinker.prepareSteps}, {@link QuoteLinker.scoreSteps}), the CLI and eval call {@link linkQuotes}
 * through `spotPage`. See docs/quotes.md.
 */
export { CUE_LANGS, type CueLang, checkCues, type StatementCues } from './cues.ts';
export {
  type LinkCarry,
  linkPlan,
  linkQuotes,
  matchesByBlock,
  type PageQuoteContext,
  type PreparedBlock,
  pageEntities,
  type QuoteLink,
  QuoteLinker,
  type QuoteMatch,
} from './linker.ts';
export { principalsTogether } from './page-prior.ts';
export { quotationSpans, type Span, splitSentences } from './sentences.ts';
