import { useState } from 'preact/hooks';
import type { Messages } from '../lib/i18n/strings.ts';
import type { NewsCountry, NewsSite } from '../lib/settings/news-sites.ts';
import { sanitizeSites } from '../lib/settings/schema.ts';
import { toSite, withoutSite, withSite } from '../lib/settings/sites.ts';

export interface SiteSettingsProps {
  t: Messages;
  defaults: readonly NewsSite[];
  added: readonly string[];
  disabled: readonly string[];
  onDisabled: (sites: string[]) => void;
  onAdded: (sites: string[]) => void;
  /** Asks the browser for access to a new site; resolves to whether it was granted. */
  requestAccess: (site: string) => Promise<boolean>;
}

const COUNTRIES: NewsCountry[] = ['IR', 'BY', 'RU', 'INT'];

/**
 * "Where it runs": the default news sites grouped by country (each can be turned off), the sites the user
 * added (add, remove), and the other sites they turned off.
 */
export function SiteSettings({
  t,
  defaults,
  added,
  disabled,
  onDisabled,
  onAdded,
  requestAccess,
}: SiteSettingsProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const defaultHosts = new Set(defaults.map((s) => s.host));
  const otherDisabled = disabled.filter((h) => !defaultHosts.has(h));

  const add = async (e: Event) => {
    e.preventDefault();
    const site = sanitizeSites([toSite(draft)])[0];
    if (!site?.includes('.')) return setError(t.invalidSite);
    if (!(await requestAccess(site))) return setError(t.permissionDenied);
    setError(undefined);
    setDraft('');
    onAdded(withSite(added, site));
  };

  return (
    <>
      <section class="options__group" aria-labelledby="defaults-title">
        <h3 id="defaults-title">{t.defaultSitesTitle}</h3>
        <p class="options__help">{t.defaultSitesHelp}</p>
        <div class="sites-grid">
          {COUNTRIES.map((c) => (
            <fieldset key={c} class="sites">
              <legend>{t.country[c]}</legend>
              <ul class="sites__list">
                {defaults
                  .filter((s) => s.country === c)
                  .map((s) => (
                    <li key={s.host}>
                      <label class="sites__site">
                        <input
                          type="checkbox"
                          checked={!disabled.includes(s.host)}
                          onChange={(e) => {
                            const on = (e.currentTarget as HTMLInputElement).checked;
                            onDisabled(on ? withoutSite(disabled, s.host) : withSite(disabled, s.host));
                          }}
                        />
                        {/* Outlet names are Latin; isolated so their parentheses keep their side in a right-to-left page. */}
                        <span class="sites__name" dir="auto">
                          {s.name}
                        </span>
                        <span class="sites__host" dir="ltr">
                          {s.host}
                        </span>
                      </label>
                    </li>
                  ))}
              </ul>
            </fieldset>
          ))}
        </div>
      </section>

      <section class="options__group" aria-labelledby="added-title">
        <h3 id="added-title">{t.addedSitesTitle}</h3>
        {added.length === 0 ? (
          <p class="options__help">{t.addedNone}</p>
        ) : (
          <ul class="site-rows" data-list="added">
            {added.map((h) => (
              <li key={h} class="site-row">
                <span dir="ltr">{h}</span>
                <button type="button" class="button" onClick={() => onAdded(withoutSite(added, h))}>
                  {t.remove(h)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={(e) => void add(e)}>
          <label for="add-site-input">{t.addSite}</label>
          <div class="add-site__row">
            <input
              id="add-site-input"
              type="text"
              dir="ltr"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              placeholder="example.org"
              aria-describedby="add-site-help"
              aria-invalid={error ? true : undefined}
              value={draft}
              onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
            />
            <button type="submit" class="button button--primary">
              {t.add}
            </button>
          </div>
          <p id="add-site-help" class="options__help">
            {error ?? t.addSiteHelp}
          </p>
        </form>
      </section>

      <section class="options__group" aria-labelledby="disabled-title">
        <h3 id="disabled-title">{t.disabledSitesTitle}</h3>
        {disabled.length === 0 ? (
          <p class="options__help">{t.disabledNone}</p>
        ) : (
          <ul class="site-rows" data-list="disabled">
            {[...otherDisabled, ...disabled.filter((h) => defaultHosts.has(h))].map((h) => (
              <li key={h} class="site-row">
                <span dir="ltr">{h}</span>
                <button type="button" class="button" onClick={() => onDisabled(withoutSite(disabled, h))}>
                  {t.turnOn(h)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
