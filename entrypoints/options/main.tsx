/**
 * The options page: reads the settings, renders {@link OptionsPage}, saves each change through the storage
 * items and re-renders from storage (so a change made in another page, or a sanitised value, shows at once).
 */
import { render } from 'preact';
import { OptionsPage, type OptionValues } from '../../components/OptionsPage.tsx';
import { MESSAGES } from '../../lib/i18n/strings.ts';
import { NEWS_SITES } from '../../lib/settings/news-sites.ts';
import type { Settings } from '../../lib/settings/schema.ts';
import { sitePatterns } from '../../lib/settings/sites.ts';
import { applyAppearance } from '../../utils/appearance.ts';
import { readSettings, saveSetting, watchSettings } from '../../utils/storage.ts';
import '../../components/tokens.css';
import '../../components/ui.css';
import './style.css';

async function start(root: HTMLElement) {
  // Whether a change was saved; the words are taken at each draw, so switching the language translates them.
  let saved = false;
  const draw = (settings: Settings) => {
    const lang = applyAppearance(settings);
    const t = MESSAGES[lang];
    document.title = t.optionsTitle;
    render(
      <OptionsPage
        lang={lang}
        t={t}
        values={settings}
        defaults={NEWS_SITES}
        status={saved ? t.saved : undefined}
        onChange={<K extends keyof OptionValues>(key: K, value: OptionValues[K]) => {
          saved = true;
          void saveSetting(key, value as Settings[K]);
        }}
        requestAccess={(site) =>
          browser.permissions.request({ origins: sitePatterns(site) }).catch(() => false)
        }
      />,
      root,
    );
  };
  draw(await readSettings());
  watchSettings(draw);
}

const root = document.getElementById('app');
if (root) void start(root);
