/**
 * What the page session asks of quote provenance ({@link QuoteLayer}), and the layer a page has until it names a
 * meeting person ({@link NO_QUOTES}: no sentences, nothing painted). The real layer, `QuoteStage`
 * (quote-stage.ts), is built by the late stage (`LateStage.createQuoteStage`) together with the linker it drives,
 * so the start script carries neither; this module imports it only as a type.
 */
import type { QuoteStage } from './quote-stage.ts';

export type QuoteLayer = Pick<
  QuoteStage,
  | 'setDisplay'
  | 'link'
  | 'dropStale'
  | 'clear'
  | 'size'
  | 'at'
  | 'walkable'
  | 'jumpable'
  | 'covers'
  | 'provenance'
  | 'sourceSpeaker'
  | 'reported'
  | 'destroy'
>;

const none = () => [];

/** A page with no reporting sentence (yet): every question has the empty answer. */
export const NO_QUOTES: QuoteLayer = {
  setDisplay: () => undefined,
  // The session replaces this layer before it links anything (page-session.ts `linkQuotes`).
  link: async () => null,
  dropStale: none,
  clear: () => undefined,
  size: 0,
  at: () => null,
  walkable: none,
  jumpable: none,
  covers: () => false,
  provenance: () => {
    throw new Error('No reporting sentence on this page.');
  },
  sourceSpeaker: () => null,
  reported: none,
  destroy: () => undefined,
};
