import type { Bundle, StatementKind, UiLang } from '../lib/data/types.ts';
import type { Messages } from '../lib/i18n/strings.ts';
import { meetingTopics } from './MeetingGlance.tsx';

export interface FilterValues {
  speaker?: string;
  topic?: string;
  kind?: StatementKind;
}

export interface SearchFiltersProps {
  bundle: Bundle;
  lang: UiLang;
  t: Messages;
  value: FilterValues;
  /** Receives only the filter that changed. */
  onChange: (patch: FilterValues) => void;
}

/** Speaker, topic and direct/reported filters, as three native selects (keyboard and screen-reader ready). */
export function SearchFilters({ bundle, lang, t, value, onChange }: SearchFiltersProps) {
  const label = (id: string) => bundle.gazetteer.entities.find((e) => e.id === id)?.label[lang] ?? id;
  const speakers = [...new Set(bundle.statements.map((s) => s.speaker))];
  const pick = (e: Event) => (e.currentTarget as HTMLSelectElement).value || undefined;
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t.filters}</legend>
      <label class="filters__field">
        <span class="filters__label">{t.filterSpeaker}</span>
        <select value={value.speaker ?? ''} onChange={(e) => onChange({ speaker: pick(e) })}>
          <option value="">{t.anySpeaker}</option>
          {speakers.map((id) => (
            <option key={id} value={id}>
              {label(id)}
            </option>
          ))}
        </select>
      </label>
      <label class="filters__field">
        <span class="filters__label">{t.filterTopic}</span>
        <select value={value.topic ?? ''} onChange={(e) => onChange({ topic: pick(e) })}>
          <option value="">{t.anyTopic}</option>
          {meetingTopics(bundle).map((id) => (
            <option key={id} value={id}>
              {label(id)}
            </option>
          ))}
        </select>
      </label>
      <label class="filters__field">
        <span class="filters__label">{t.filterKind}</span>
        <select
          value={value.kind ?? ''}
          onChange={(e) => onChange({ kind: pick(e) as StatementKind | undefined })}
        >
          <option value="">{t.anyKind}</option>
          <option value="direct">{t.direct}</option>
          <option value="reported">{t.reported}</option>
        </select>
      </label>
    </fieldset>
  );
}
