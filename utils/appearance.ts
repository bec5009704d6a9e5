/**
 * Applies the interface language, direction and theme to an extension page's document, from the settings:
 * `auto` language follows the browser's UI language; `auto` theme follows `prefers-color-scheme` in CSS.
 */
import type { UiLang } from '../lib/data/types.ts';
import { dirOf, resolveLang } from '../lib/i18n/strings.ts';
import type { Settings } from '../lib/settings/schema.ts';

/** The interface language for these settings, in this browser. */
export function interfaceLang(settings: Pick<Settings, 'uiLanguage'>): UiLang {
  return resolveLang(settings.uiLanguage, browser.i18n.getUILanguage?.() ?? navigator.language);
}

/** Sets `lang`, `dir` and `data-theme` on the root element; the stylesheet does the rest. */
export function applyAppearance(
  settings: Pick<Settings, 'uiLanguage' | 'theme'>,
  doc: Document = document,
): UiLang {
  const lang = interfaceLang(settings);
  const root = doc.documentElement;
  root.lang = lang;
  root.dir = dirOf(lang);
  root.dataset.theme = settings.theme;
  return lang;
}
