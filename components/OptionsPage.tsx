import { UI_LANGS, type UiLang } from '../lib/data/types.ts';
import { dirOf, LANGUAGE_NAMES, type Messages } from '../lib/i18n/strings.ts';
import type { NewsSite } from '../lib/settings/news-sites.ts';
import { HOVER_DELAY_MAX, HOVER_DELAY_MIN, type Settings, type UiLanguage } from '../lib/settings/schema.ts';
import { SiteSettings } from './SiteSettings.tsx';

/** The settings the options page edits: every setting (lib/settings/schema.ts). */
export type OptionValues = Settings;

export interface OptionsPageProps {
  lang: UiLang;
  t: Messages;
  values: OptionValues;
  defaults: readonly NewsSite[];
  onChange: <K extends keyof OptionValues>(key: K, value: OptionValues[K]) => void;
  requestAccess: (site: string) => Promise<boolean>;
  /** Announced after a change is stored. */
  status?: string;
}

function Radios<V extends string>(props: {
  name: string;
  legend: string;
  value: V;
  options: [V, string][];
  onChange: (v: V) => void;
  /** When a heading already says what the group is, the legend is for screen readers only. */
  hideLegend?: boolean;
}) {
  return (
    <fieldset class="radios">
      <legend class={props.hideLegend ? 'visually-hidden' : undefined}>{props.legend}</legend>
      {props.options.map(([v, label]) => (
        <label key={v} class="radios__option">
          <input
            type="radio"
            name={props.name}
            value={v}
            checked={props.value === v}
            onChange={() => props.onChange(v)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The options page: where it runs, what to mark, the hover delay, the interface language and the theme. */
export function OptionsPage({
  lang,
  t,
  values,
  defaults,
  onChange,
  requestAccess,
  status,
}: OptionsPageProps) {
  return (
    <div class="app app--options" lang={lang} dir={dirOf(lang)}>
      <header class="topbar">
        <h1 class="topbar__title">{t.optionsTitle}</h1>
        <p class="options__status" role="status">
          {status}
        </p>
      </header>
      <main class="options">
        <section class="options__section" aria-labelledby="where-title">
          <h2 id="where-title">{t.whereItRuns}</h2>
          <SiteSettings
            t={t}
            defaults={defaults}
            added={values.addedSites}
            disabled={values.disabledSites}
            onAdded={(v) => onChange('addedSites', v)}
            onDisabled={(v) => onChange('disabledSites', v)}
            requestAccess={requestAccess}
          />
        </section>

        <section class="options__section" aria-labelledby="mark-title">
          <h2 id="mark-title">{t.whatToMark}</h2>
          <Radios
            name="markMode"
            legend={t.whatToMark}
            hideLegend
            value={values.markMode}
            options={[
              ['first', t.markFirst],
              ['every', t.markEvery],
              ['names', t.markNames],
              ['none', t.markNone],
            ]}
            onChange={(v) => onChange('markMode', v)}
          />
          <label class="options__field" for="hover-delay">
            <span>{t.hoverDelay}</span>
            <span class="options__range">
              <input
                id="hover-delay"
                type="range"
                min={HOVER_DELAY_MIN}
                max={HOVER_DELAY_MAX}
                step={50}
                value={values.hoverDelayMs}
                aria-valuetext={t.milliseconds(values.hoverDelayMs)}
                onChange={(e) =>
                  onChange('hoverDelayMs', Number((e.currentTarget as HTMLInputElement).value))
                }
              />
              <output for="hover-delay">{t.milliseconds(values.hoverDelayMs)}</output>
            </span>
          </label>
        </section>

        <section class="options__section" aria-labelledby="looks-title">
          <h2 id="looks-title">{t.appearance}</h2>
          <label class="options__field" for="ui-language">
            <span>{t.language}</span>
            <select
              id="ui-language"
              value={values.uiLanguage}
              onChange={(e) =>
                onChange('uiLanguage', (e.currentTarget as HTMLSelectElement).value as UiLanguage)
              }
            >
              <option value="auto">{t.langAuto}</option>
              {UI_LANGS.map((l) => (
                <option key={l} value={l} lang={l} dir={dirOf(l)}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <Radios
            name="theme"
            legend={t.theme}
            value={values.theme}
            options={[
              ['auto', t.themeAuto],
              ['light', t.themeLight],
              ['dark', t.themeDark],
            ]}
            onChange={(v) => onChange('theme', v)}
          />
        </section>
      </main>
    </div>
  );
}
