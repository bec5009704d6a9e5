/**
 * Compiles the curated data into the bundle the extension ships, refusing anything that could put words in
 * someone's mouth: a quote that is not a verbatim span of the source, a statement without speaker, kind or
 * translation (English, Russian and Arabic), a repeated id, an unknown entity or topic, an entity without aliases in one
 * of the languages (the three of `gazetteer.json` and each page language's `aliases/<lang>.json`).
 * Pure: the caller reads the files and writes the output.
 */
import { checkCues, type StatementCues } from '../quote/cues.ts';
import { SEARCH_SCHEMA_VERSION } from '../search/search-options.ts';
import { layoutCorpus } from './corpus.ts';
import { mergePageAliases } from './page-aliases.ts';
import {
  type ArabicLabels,
  type Bundle,
  type BundledEntity,
  type CompiledStatement,
  type Entity,
  type Gazetteer,
  LANGS,
  type Meeting,
  type PageLang,
  type Statement,
  UI_LANGS,
} from './types.ts';

export class DataError extends Error {
  override name = 'DataError';
  constructor(readonly problems: string[]) {
    super(
      `The curated data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`,
    );
  }
}

export interface CompileInput {
  corpus: string;
  statements: unknown;
  gazetteer: unknown;
  /** `data/aliases/<lang>.json` for each page language (ar, be, de, fr, tr). */
  pageAliases: Partial<Record<PageLang, unknown>>;
  meeting: unknown;
  /** data/arabic-labels.json: the entities' labels and descriptions for the Arabic interface. */
  arabicLabels: unknown;
  /** data/statement-cues.json (optional: a bundle without it has no quote linking). */
  cues?: unknown;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function checkGazetteer(g: Gazetteer, problems: string[]): Map<string, Entity> {
  const byId = new Map<string, Entity>();
  if (!Array.isArray(g?.entities)) {
    problems.push('gazetteer: `entities` must be a list.');
    return byId;
  }
  for (const e of g.entities) {
    if (!isText(e?.id)) {
      problems.push('gazetteer: an entity has no id.');
      continue;
    }
    if (byId.has(e.id)) problems.push(`gazetteer: entity id "${e.id}" is used twice.`);
    byId.set(e.id, e);
    if (!['person', 'place', 'corridor', 'topic'].includes(e.kind))
      problems.push(`gazetteer: entity "${e.id}" has unknown kind "${String(e.kind)}".`);
    for (const lang of LANGS) {
      if (!isText(e.label?.[lang])) problems.push(`gazetteer: entity "${e.id}" has no ${lang} label.`);
      const names = e.names?.[lang];
      if (!Array.isArray(names) || names.filter(isText).length === 0)
        problems.push(`gazetteer: entity "${e.id}" has no ${lang} aliases.`);
      if (!Array.isArray(e.surnames?.[lang]))
        problems.push(`gazetteer: entity "${e.id}" has no ${lang} surname list.`);
    }
  }
  for (const o of g.offices ?? []) {
    for (const lang of LANGS) {
      if (!Array.isArray(o.titles?.[lang]) || o.titles[lang].filter(isText).length === 0)
        problems.push(`gazetteer: office "${o.id}" has no ${lang} titles.`);
    }
    for (const [lang, list] of Object.entries(o.bareTitles ?? {})) {
      if (!Array.isArray(list) || !list.every(isText))
        problems.push(`gazetteer: office "${o.id}" has a malformed ${lang} bare-title list.`);
    }
    for (const h of o.holders ?? []) {
      if (!byId.has(h.entity))
        problems.push(`gazetteer: office "${o.id}" names unknown holder "${h.entity}".`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(h.from) || (h.to !== null && !/^\d{4}-\d{2}-\d{2}$/.test(h.to)))
        problems.push(`gazetteer: office "${o.id}" has a holder with a malformed date.`);
    }
  }
  return byId;
}

function checkStatement(
  s: Statement,
  corpus: string,
  entities: Map<string, Entity>,
  seen: Set<string>,
  problems: string[],
): CompiledStatement | null {
  const where = `statement "${isText(s?.id) ? s.id : '(no id)'}"`;
  const before = problems.length;
  if (!isText(s?.id)) problems.push(`${where}: has no id.`);
  else if (seen.has(s.id)) problems.push(`${where}: the id is used twice.`);
  else seen.add(s.id);
  if (!isText(s.speaker)) problems.push(`${where}: has no speaker.`);
  else if (entities.get(s.speaker)?.kind !== 'person')
    problems.push(`${where}: speaker "${s.speaker}" is not a known person.`);
  if (s.kind !== 'direct' && s.kind !== 'reported')
    problems.push(`${where}: kind must be "direct" or "reported", not ${JSON.stringify(s.kind ?? null)}.`);
  if (!isText(s.en)) problems.push(`${where}: has no English translation.`);
  if (!isText(s.ru)) problems.push(`${where}: has no Russian translation.`);
  if (!isText(s.ar)) problems.push(`${where}: has no Arabic translation.`);
  if (!Number.isInteger(s.paragraph)) problems.push(`${where}: has no paragraph number.`);
  for (const id of s.entities ?? []) {
    const e = entities.get(id);
    if (!e || e.kind === 'topic') problems.push(`${where}: names unknown entity "${id}".`);
  }
  for (const id of s.topics ?? []) {
    if (entities.get(id)?.kind !== 'topic') problems.push(`${where}: names unknown topic "${id}".`);
  }
  if (!Array.isArray(s.entities) || !Array.isArray(s.topics))
    problems.push(`${where}: \`entities\` and \`topics\` must be lists.`);
  let start = -1;
  if (!isText(s.fa)) problems.push(`${where}: has no Persian text.`);
  else {
    start = corpus.indexOf(s.fa);
    if (start < 0)
      problems.push(
        `${where}: the Persian text is not a verbatim span of the source; quotes must be copied exactly.`,
      );
    else if (corpus.indexOf(s.fa, start + 1) >= 0)
      problems.push(`${where}: the Persian text occurs twice in the source; quote a longer span.`);
  }
  if (problems.length > before || start < 0) return null;
  return { ...s, start, end: start + s.fa.length };
}

/** Gives every entity its Arabic label and description; an entity without them, or an unknown id, is a problem. */
function withArabicLabels(
  entities: Map<string, Entity>,
  labels: ArabicLabels,
  problems: string[],
): BundledEntity[] {
  const byId = labels?.entities ?? {};
  for (const id of Object.keys(byId)) {
    if (!entities.has(id)) problems.push(`arabic-labels: unknown entity "${id}".`);
  }
  return [...entities.values()].map((e) => {
    const ar = byId[e.id];
    if (!isText(ar?.label) || !isText(ar?.description))
      problems.push(`arabic-labels: entity "${e.id}" has no Arabic label and description.`);
    return {
      ...e,
      label: { ...e.label, ar: ar?.label ?? '' },
      description: { ...e.description, ar: ar?.description ?? '' },
    };
  });
}

function checkMeeting(meeting: Meeting, entities: Map<string, Entity>, problems: string[]): void {
  if (!isText(meeting?.id) || !isText(meeting?.date?.gregorian))
    problems.push('meeting: needs an id and a date.');
  for (const lang of UI_LANGS) {
    if (!isText(meeting?.title?.[lang]) || !isText(meeting?.place?.[lang]))
      problems.push(`meeting: needs a title and a place in ${lang}.`);
    if (!isText(meeting?.source?.publisher?.[lang]))
      problems.push(`meeting: needs the source's publisher in ${lang}.`);
  }
  for (const p of meeting?.participants ?? []) {
    if (!entities.has(p.entity)) problems.push(`meeting: unknown participant "${p.entity}".`);
    for (const lang of UI_LANGS) {
      if (!isText(p.role?.[lang])) problems.push(`meeting: participant "${p.entity}" has no ${lang} role.`);
    }
  }
}

/** Validates everything and returns the bundle, or throws a {@link DataError} listing every problem. */
export function compileBundle(input: CompileInput): Bundle {
  const problems: string[] = [];
  const entities = checkGazetteer(input.gazetteer as Gazetteer, problems);
  const gazetteer = Array.isArray((input.gazetteer as Gazetteer)?.entities)
    ? mergePageAliases(input.gazetteer as Gazetteer, input.pageAliases ?? {}, problems)
    : (input.gazetteer as Gazetteer);
  const list = (input.statements as { statements?: Statement[] })?.statements;
  if (!Array.isArray(list) || list.length === 0)
    problems.push('statements: the file has no `statements` list.');
  const seen = new Set<string>();
  const compiled: CompiledStatement[] = [];
  for (const s of list ?? []) {
    const c = checkStatement(s, input.corpus, entities, seen, problems);
    if (c) compiled.push(c);
  }
  const layout = layoutCorpus(input.corpus);
  for (const c of compiled) {
    const p = layout.paragraphs.find((x) => x.start <= c.start && c.end <= x.end);
    if (p?.number !== c.paragraph)
      problems.push(
        `statement "${c.id}": says paragraph ${c.paragraph}, but its text is in paragraph ${p?.number ?? '(none)'}.`,
      );
  }
  const sorted = [...compiled].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as CompiledStatement;
    const b = sorted[i] as CompiledStatement;
    if (b.start < a.end) problems.push(`statements "${a.id}" and "${b.id}" overlap in the source.`);
  }
  const meeting = input.meeting as Meeting;
  checkMeeting(meeting, entities, problems);
  if (input.cues !== undefined)
    problems.push(...checkCues(input.cues, new Set(sorted.map((c) => c.id)), new Set(entities.keys())));
  // The merged entities (with the page languages' aliases), labelled for the Arabic interface.
  const merged = new Map((gazetteer.entities ?? []).map((e) => [e.id, e]));
  const bundled = withArabicLabels(merged, input.arabicLabels as ArabicLabels, problems);
  if (problems.length) throw new DataError(problems);
  const bundle: Bundle = {
    schemaVersion: SEARCH_SCHEMA_VERSION,
    meeting,
    statements: sorted,
    gazetteer: { ...gazetteer, entities: bundled },
  };
  if (input.cues !== undefined) bundle.cues = input.cues as StatementCues;
  return bundle;
}
