/**
 * The popup: wires settings, the current tab and the browser APIs to {@link PopupApp}. Everything happens in
 * `start()`, after the document is parsed; nothing runs at import.
 */
import { render } from 'preact';
import type { PageState } from '../../components/OnThisPage.tsx';
import { PopupApp } from '../../components/PopupApp.tsx';
import type { CompiledStatement } from '../../lib/data/types.ts';
import { MESSAGES } from '../../lib/i18n/strings.ts';
import { sitePatterns, withoutSite, withSite } from '../../lib/settings/sites.ts';
import { applyAppearance } from '../../utils/appearance.ts';
import { statementSearch } from '../../utils/bundled-search.ts';
import { copyCitation } from '../../utils/copy-citation.ts';
import { sendToBackground, sendToTab } from '../../utils/send-to-tab.ts';
import { readSettings, type Settings, saveSetting } from '../../utils/storage.ts';
import '../../components/tokens.css';
import '../../components/ui.css';
import '../../components/statement.css';
import { pageState, type TargetTab, targetTab } from './target-tab.ts';
import './style.css';

async function start(root: HTMLElement) {
  let settings: Settings = await readSettings();
  const lang = applyAppearance(settings);
  const t = MESSAGES[lang];
  const search = statementSearch();
  const tab: TargetTab | undefined = await targetTab();
  let page: PageState = { kind: 'loading' };
  let notice: string | undefined;
  let copiedId: string | undefined;

  const refresh = async () => {
    settings = await readSettings();
    page = await pageState(tab, settings);
    draw();
  };
  const site = () => (page.kind === 'running' || page.kind === 'not-running' ? page.site : undefined);
  const say = (text: string | undefined) => {
    notice = text;
    draw();
  };

  const actions = {
    onNextMark: (entity: string) => {
      if (tab) void sendToTab(tab.id, { type: 'page:next-mark', entity, direction: 1 });
    },
    onNextQuote: (statement: string) => {
      if (tab) void sendToTab(tab.id, { type: 'page:next-quote', statement, direction: 1 });
    },
    onScan: async () => {
      if (!tab) return;
      const reply = await sendToBackground({ type: 'tab:scan', tabId: tab.id });
      if (!reply.ok) return say(t.actionFailed);
      // The content script answers once it has scanned; give it the time of one scan before asking.
      await new Promise((r) => setTimeout(r, 300));
      await refresh();
    },
    onAlwaysRun: async () => {
      const host = site();
      if (!host) return;
      // Must run in the click's user gesture: nothing awaited before this call.
      const granted = await browser.permissions.request({ origins: sitePatterns(host) }).catch(() => false);
      if (!granted) return say(t.permissionDenied);
      // The background registers the content script when the list changes (entrypoints/background).
      await saveSetting('addedSites', withSite(settings.addedSites, host));
      await actions.onScan();
    },
    onSiteOff: async (off: boolean) => {
      const host = site();
      if (!host) return;
      const disabled = off
        ? withSite(settings.disabledSites, host)
        : withoutSite(settings.disabledSites, host);
      await saveSetting('disabledSites', disabled);
      notice = off ? t.turnedOff(host) : undefined;
      if (!off && tab) await sendToTab(tab.id, { type: 'page:set-marks', on: true });
      await refresh();
    },
    onCopy: async (s: CompiledStatement) => {
      if (await copyCitation(s, search.bundle, lang)) {
        copiedId = s.id;
        draw();
      }
    },
    onOpenFullPage: () => {
      void browser.tabs.create({ url: browser.runtime.getURL('/search.html') });
      window.close();
    },
    onOpenOptions: () => void browser.runtime.openOptionsPage(),
  };

  function draw() {
    render(
      <PopupApp
        search={search}
        lang={lang}
        t={t}
        page={page}
        notice={notice}
        copiedId={copiedId}
        {...actions}
        onScan={() => void actions.onScan()}
        onAlwaysRun={() => void actions.onAlwaysRun()}
        onSiteOff={(off) => void actions.onSiteOff(off)}
        onCopy={(s) => void actions.onCopy(s)}
      />,
      root,
    );
  }

  draw();
  document.getElementById('search-input')?.focus();
  await refresh();
}

const root = document.getElementById('app');
if (root) void start(root);
