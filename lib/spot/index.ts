/**
 * The spotting engine: finds the meeting's people, places and topics in a page's text (Persian, English,
 * Russian) and maps each mention to the page. Pure code: the DOM reader takes DOM objects as arguments.
 * See docs/spotting.md.
 */

export { type BlockPositions, blockNodeAt, blockPositions, blockRange } from './block-range.ts';
export type { Candidate, Confidence, Match, PageContext } from './candidate.ts';
export { DateReader } from './date-text.ts';
export {
  asRead,
  iterTextBlocks,
  type ReadOptions,
  readTextBlocks,
  type TextBlock,
  type WalkOptions,
} from './dom-reader.ts';
export { LEXICONS, type Lexicons } from './lexicon/index.ts';
export { MONTH_NAMES, type MonthNames } from './month-names.ts';
export { BLOCK_SEPARATOR, type PageQuote, type PageSpots, spotPage } from './page-text.ts';
export type { Via } from './patterns.ts';
export {
  type BlockMatch,
  CandidateFinder,
  findInBlocks,
  passAnchors,
  resolveMatches,
  resolveMatchesSteps,
  spotBlocks,
} from './pipeline.ts';
export { addressUrls, datelineTexts, publicationDate, taggedDate } from './publication-date.ts';
export { rankStatements } from './rank.ts';
export { type ScannedPage, type ScanOptions, scanHtml, scanPlainText } from './read-page.ts';
export { blockContainer } from './read-rules.ts';
export { MEETING_DATE, needsPageDate } from './resolve.ts';
export { Spotter } from './spotter.ts';
export { VisibilityProbe } from './visibility-probe.ts';
