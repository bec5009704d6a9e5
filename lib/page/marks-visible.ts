/**
 * Whether the marks are painted on this page: the one rule the content script, its messages and the popup's
 * summary share. Pure, so it is tested without a browser.
 */
import type { MarkMode } from '../settings/schema.ts';

export interface MarkVisibility {
  /** The "what to mark" setting. */
  mode: MarkMode;
  /**
   * The reader's choice for this page (toolbar shortcut, popup), or null to follow the setting. It wins over the
   * setting until the setting changes again.
   */
  asked: boolean | null;
  /** The reader turned the extension off for this site. */
  offHere: boolean;
}

/** Marks are wanted: the reader's per-page choice, else any setting but "nothing until I ask". */
export const marksWanted = ({ mode, asked }: Pick<MarkVisibility, 'mode' | 'asked'>): boolean =>
  asked ?? mode !== 'none';

/** Marks are painted: wanted, and the extension is not off for this site. */
export const marksVisible = (v: MarkVisibility): boolean => !v.offHere && marksWanted(v);

/** The per-page choice after "show or hide the marks": the opposite of what is wanted now. */
export const toggledChoice = (v: Pick<MarkVisibility, 'mode' | 'asked'>): boolean => !marksWanted(v);
