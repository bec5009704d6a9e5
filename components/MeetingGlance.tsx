import type { Bundle, UiLang } from '../lib/data/types.ts';
import { dateSeparator, gregorianDate, solarHijriDate, solarHijriLang } from '../lib/format/dates.ts';
import { dirOf } from '../lib/i18n/languages.ts';
import type { Messages } from '../lib/i18n/strings.ts';

export interface MeetingGlanceProps {
  bundle: Bundle;
  lang: UiLang;
  t: Messages;
  /** The topic chip currently filtering, if any. */
  activeTopic?: string;
  onTopic: (topicId: string | undefined) => void;
}

/** Topics of the meeting that at least one statement concerns, in the order they come up. */
export function meetingTopics(bundle: Bundle): string[] {
  return [...new Set(bundle.statements.flatMap((s) => s.topics))];
}

/**
 * What an empty search box shows: who met, when (both calendars), where, and the topics as chips that filter
 * the statements below.
 */
export function MeetingGlance({ bundle, lang, t, activeTopic, onTopic }: MeetingGlanceProps) {
  const { meeting } = bundle;
  const label = (id: string) => bundle.gazetteer.entities.find((e) => e.id === id)?.label[lang] ?? id;
  return (
    <section class="glance" aria-labelledby="glance-title">
      <h2 class="glance__title" id="glance-title">
        {t.glanceTitle}
      </h2>
      <dl class="glance__facts">
        <dt>{t.glanceWho}</dt>
        <dd>
          <ul class="glance__people">
            {meeting.participants.map((p) => (
              <li key={p.entity}>
                <strong>{label(p.entity)}</strong> <span class="glance__role">{p.role[lang]}</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t.glanceWhen}</dt>
        <dd>
          <bdi dir={dirOf(lang)}>{gregorianDate(meeting.date.gregorian, lang)}</bdi>
          {dateSeparator(lang)}
          <bdi lang={solarHijriLang(lang)} dir={dirOf(solarHijriLang(lang))}>
            {solarHijriDate(meeting.date.gregorian, lang)}
          </bdi>
        </dd>
        <dt>{t.glanceWhere}</dt>
        <dd>{meeting.place[lang]}</dd>
      </dl>
      <h3 class="glance__subtitle">{t.glanceTopics}</h3>
      <ul class="chips">
        {meetingTopics(bundle).map((id) => (
          <li key={id}>
            <button
              type="button"
              class="chip"
              aria-pressed={activeTopic === id}
              onClick={() => onTopic(activeTopic === id ? undefined : id)}
            >
              {label(id)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
