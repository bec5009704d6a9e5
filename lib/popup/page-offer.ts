/**
 * What the popup can offer for a tab, decided from what it knows: the tab's address (unknown when the
 * extension may not read it), the user's site lists, and the content script's summary if one answered.
 */
import type { PageSummary } from '../messaging/protocol.ts';
import { isEnabledOn } from '../settings/schema.ts';
import { siteOf } from '../settings/sites.ts';

/** What the popup knows about the tab it was opened on. */
export type PageState =
  | { kind: 'loading' }
  /** A browser page, the extension's own page, a PDF…: nothing to offer. */
  | { kind: 'unsupported' }
  | { kind: 'running'; site: string; summary: PageSummary }
  /**
   * A web page without the content script. `site` is unknown when the popup may not read the address (it
   * can still scan through `activeTab`); `off` when the user turned the site off.
   */
  | { kind: 'not-running'; site?: string; off: boolean; canAlwaysRun: boolean };

export interface PageFacts {
  /** The tab's address; undefined when the extension has no access to it. */
  url: string | undefined;
  /** Whether there is a tab at all. */
  hasTab: boolean;
  summary: PageSummary | undefined;
  defaults: readonly string[];
  added: readonly string[];
  disabled: readonly string[];
}

export function decidePageState(f: PageFacts): PageState {
  if (!f.hasTab) return { kind: 'unsupported' };
  if (f.url === undefined) return { kind: 'not-running', off: false, canAlwaysRun: false };
  const site = siteOf(f.url);
  if (!site) return { kind: 'unsupported' };
  const off = !isEnabledOn(site, [site], [], f.disabled);
  if (f.summary && !off) return { kind: 'running', site, summary: f.summary };
  return { kind: 'not-running', site, off, canAlwaysRun: !isEnabledOn(site, f.defaults, f.added, []) };
}
