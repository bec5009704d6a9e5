/**
 * Entity counts per tab from the content script's `page:matches`, for the badge. In `storage.session` (not in a
 * variable) so a service worker that Chrome stopped and restarted still knows them; cleared with the browser.
 *
 * Kept out of utils/storage.ts on purpose: `defineItem` reads its value as soon as it is defined, and content
 * scripts, which import the settings, may not touch `storage.session` ("Access to storage is not allowed from
 * this context" on every page).
 */
import { storage } from '#imports';
import type { TabCounts } from '../lib/badge/badge-count.ts';

export const tabCountsItem = storage.defineItem<TabCounts>('session:tabCounts', { fallback: {} });
