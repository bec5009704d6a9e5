/**
 * "Copy with citation": the quote exactly as in the source, then who said it, whether it is their words or
 * the reporter's paraphrase, the date in both calendars, the source, and the unofficial translation.
 */
import type { Bundle, CompiledStatement, UiLang } from '../data/types.ts';
import { bothDates } from './dates.ts';

const KIND_LABEL: Record<UiLang, { direct: string; reported: string; unofficial: string }> = {
  en: { direct: 'direct quote', reported: "reporter's paraphrase", unofficial: 'Unofficial translation' },
  ru: { direct: 'прямая цитата', reported: 'пересказ репортёра', unofficial: 'Неофициальный перевод' },
  fa: { direct: 'نقل قول مستقیم', reported: 'نقل به مضمون گزارشگر', unofficial: 'ترجمه غیررسمی' },
  ar: { direct: 'اقتباس مباشر', reported: 'نقل بالمعنى من المراسل', unofficial: 'ترجمة غير رسمية' },
};

export function citationText(s: CompiledStatement, bundle: Bundle, lang: UiLang): string {
  const speaker = bundle.gazetteer.entities.find((e) => e.id === s.speaker);
  const labels = KIND_LABEL[lang];
  const who = speaker ? speaker.label[lang] : s.speaker;
  const lines = [
    `«${s.fa}»`,
    `— ${who} (${labels[s.kind]}), ${bothDates(bundle.meeting.date.gregorian, lang)}, ${bundle.meeting.place[lang]}`,
    `${bundle.meeting.source.publisher[lang]}: ${bundle.meeting.title.fa}`,
  ];
  if (lang !== 'fa') lines.push(`${labels.unofficial}: ${s[lang]}`);
  return lines.join('\n');
}
