/**
 * Merges the page languages' alias files (`data/aliases/<lang>.json`) into the gazetteer, so the rest of the
 * code sees one gazetteer with aliases keyed by every {@link AliasLang}. Kept apart from `gazetteer.json`
 * so a language can be added, or reviewed by one speaker, in one file. Pure: the caller reads the files.
 */
import { type Gazetteer, PAGE_LANGS, type PageLang, type PageLangAliases } from './types.ts';

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

/**
 * Returns a copy of `gazetteer` with each page language's aliases added, and pushes to `problems` every
 * language that is missing, every unknown id, and every entity or office left without aliases in a language.
 */
export function mergePageAliases(
  gazetteer: Gazetteer,
  files: Partial<Record<PageLang, unknown>>,
  problems: string[],
): Gazetteer {
  const entities = gazetteer.entities.map((e) => ({
    ...e,
    names: { ...e.names },
    surnames: { ...e.surnames },
  }));
  const offices = gazetteer.offices.map((o) => ({ ...o, titles: { ...o.titles } }));
  for (const lang of PAGE_LANGS) {
    const file = files[lang] as PageLangAliases | undefined;
    const where = `aliases/${lang}.json`;
    if (!file || typeof file !== 'object') {
      problems.push(`${where}: missing; every page language needs its alias file.`);
      continue;
    }
    if (file.lang !== lang) problems.push(`${where}: says it is "${String(file.lang)}", not "${lang}".`);
    const byEntity = file.entities ?? {};
    const byOffice = file.offices ?? {};
    for (const id of Object.keys(byEntity))
      if (!entities.some((e) => e.id === id)) problems.push(`${where}: unknown entity "${id}".`);
    for (const id of Object.keys(byOffice))
      if (!offices.some((o) => o.id === id)) problems.push(`${where}: unknown office "${id}".`);
    for (const e of entities) {
      const entry = byEntity[e.id];
      if (!entry || !isTextList(entry.names) || entry.names.length === 0) {
        problems.push(`${where}: entity "${e.id}" has no names.`);
        continue;
      }
      if (entry.surnames !== undefined && !isTextList(entry.surnames))
        problems.push(`${where}: entity "${e.id}" has a malformed surname list.`);
      e.names[lang] = entry.names;
      e.surnames[lang] = entry.surnames ?? [];
      if (entry.weak !== undefined) {
        if (isTextList(entry.weak)) e.weakNames = { ...e.weakNames, [lang]: entry.weak };
        else problems.push(`${where}: entity "${e.id}" has a malformed weak-name list.`);
      }
    }
    for (const o of offices) {
      const titles = byOffice[o.id];
      if (!isTextList(titles) || titles.length === 0) {
        problems.push(`${where}: office "${o.id}" has no titles.`);
        continue;
      }
      o.titles[lang] = titles;
    }
  }
  const arabic = files.ar as PageLangAliases | undefined;
  const falseFriends = arabic?.falseFriends ?? [];
  if (!isTextList(falseFriends)) problems.push('aliases/ar.json: `falseFriends` must be a list of words.');
  return {
    ...gazetteer,
    entities,
    offices,
    arabicFalseFriends: isTextList(falseFriends) ? falseFriends : [],
  };
}
