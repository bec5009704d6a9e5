/**
 * Page-level rules: who a mention means, and which mentions a page shows. See docs/gazetteer.md.
 *
 * - Titles mean whoever held the office on the page's publication date; without a date, the holder on the
 *   meeting's date, with low confidence. A date on which no meeting person held the office gives no link.
 * - A surname shared by several people (Khamenei: Ali and Mojtaba) goes to the meeting's person unless the
 *   page names another owner; then only a clue for Ali (his full name, or the meeting: Lukashenko or Belarus
 *   on a page dated 2023) links it, and otherwise it is left unlinked.
 * - A bare surname (or a person's one-word name) means whoever the text introduced last: the first full
 *   mention of one of its owners, or of a namesake ("Hadi Khamenei"), in the latest block before it that
 *   has one (`surname-subject.ts`). A namesake there leaves it unlinked; another owner (Mojtaba) takes it.
 * - Without such a mention before it, a namesake on the page ("Hamid Raisi", a footballer, found by the
 *   given-name rule) makes the bare surname ("Raisi") someone else too, unless the page also names the
 *   meeting's person by full name or title ("Ebrahim Raisi", "Iran's President").
 * - A weak name (a name that is also a common word: Turkish «Reisi», Arabic «رئيسي») is kept only on a page
 *   that names the same entity by another name or a title.
 * - People, Belarus and the corridor are always shown; other places and topics only on pages that also
 *   mention a meeting person, Belarus or the corridor.
 */
import type { SpotEntity, SpotGazetteer, SpotOffice } from '../data/types.ts';
import type { Candidate, PageContext } from './candidate.ts';
import { finishSteps } from './steps.ts';
import { SurnameSubjects } from './surname-subject.ts';

/** The meeting's date: the default for titles on undated pages. */
export const MEETING_DATE = '2023-03-13';
/** Places that anchor a page to the meeting by themselves. */
const ANCHOR_PLACES = new Set(['belarus']);

function holderOn(office: SpotOffice, date: string): string | null {
  for (const h of office.holders) if (h.from <= date && (h.to === null || date <= h.to)) return h.entity;
  return null;
}

/** A person named in full: several words ("Ali Khamenei", «سید هادی…» is a namesake instead), not a weak name. */
export function isPersonInFull(c: Candidate, entities: ReadonlyMap<string, SpotEntity>): boolean {
  return c.via === 'name' && !c.bare && !c.weak && entities.get(c.entity ?? '')?.kind === 'person';
}

function isAnchor(entity: SpotEntity | undefined): boolean {
  if (!entity) return false;
  return (
    (entity.kind === 'person' && entity.inMeeting) ||
    entity.kind === 'corridor' ||
    ANCHOR_PLACES.has(entity.id)
  );
}

/**
 * Whether resolving `candidates` reads the page's date: only titles (who held the office then) and surnames
 * (the meeting clue, the confidence of a guessed owner) do; names resolve the same on any date. A content script
 * reads the date, which may take a message to the background, only when this says so (page-scanner.ts).
 */
export const needsPageDate = (candidates: readonly Candidate[]): boolean =>
  candidates.some((c) => c.via !== 'name');

export function resolveCandidates(
  gazetteer: SpotGazetteer,
  candidates: Candidate[],
  ctx: PageContext,
): Candidate[] {
  return finishSteps(resolveCandidatesSteps(gazetteer, candidates, ctx));
}

/**
 * {@link resolveCandidates} as steps, one `yield` per candidate looked at in each of its loops, so the content
 * script can resolve a 5 MB page's 15,000 candidates in short tasks (its task clock pauses between steps).
 */
export function* resolveCandidatesSteps(
  gazetteer: SpotGazetteer,
  candidates: Candidate[],
  ctx: PageContext,
): Generator<void, Candidate[]> {
  const entities = new Map(gazetteer.entities.map((e) => [e.id, e]));
  const offices = new Map(gazetteer.offices.map((o) => [o.id, o]));
  const date = ctx.publishedAt;
  const first = (c: Candidate): Candidate | null => {
    if (c.via === 'name') return { ...c, confidence: 'high' };
    if (c.via === 'title') {
      const office = c.office ? offices.get(c.office) : undefined;
      const holder = office ? holderOn(office, date ?? MEETING_DATE) : null;
      if (!holder || !entities.get(holder)?.inMeeting) return null;
      // A title beside the name of another holder of the office describes that holder ("Mojtaba Khamenei
      // becomes Supreme Leader"). Beside someone who never held it, it is something else: a genitive
      // chain, «совет верховного лидера Лукашенко» ('the Leader's advice to Lukashenko').
      if (c.apposed && c.apposed !== holder && office?.holders.some((h) => h.entity === c.apposed))
        return null;
      return { ...c, entity: holder, confidence: date ? 'high' : 'low' };
    }
    return c; // surnames: below, once the names and titles of the whole page are known
  };
  const resolved: (Candidate | null)[] = [];
  const named = new Set<string>();
  // Named in full (a name of several words, or a title): what a namesake on the page does not outweigh.
  const namedInFull = new Set<string>();
  const namesakes = new Set<string>();
  for (const candidate of candidates) {
    const c = first(candidate);
    resolved.push(c);
    if (c && c.via !== 'surname' && !c.weak && c.entity) named.add(c.entity);
    if (c?.entity && !c.weak && (c.via === 'title' || (c.via === 'name' && !c.bare)))
      namedInFull.add(c.entity);
    for (const id of candidate.namesakeOf ?? []) namesakes.add(id);
    yield;
  }
  const namesakeOnly = (id: string | null) => id !== null && namesakes.has(id) && !namedInFull.has(id);
  const meetingClue =
    (named.has('alexander-lukashenko') || named.has('belarus')) && (date?.startsWith('2023') ?? false);

  const subjects = new SurnameSubjects();
  const out: Candidate[] = [];
  for (const c of resolved) {
    yield;
    if (!c) continue;
    subjects.read(c, isPersonInFull(c, entities));
    if (c.namesakeOf) continue;
    // Who the text introduced last, for a bare surname or one-word name: a namesake leaves it unlinked.
    // A relative's surname ("the son of Khamenei") is not the person the text is about.
    const subject =
      c.bare && !c.relative ? subjects.subjectOf(c.owners ?? (c.entity ? [c.entity] : [])) : undefined;
    if (subject?.namesakeOf) continue;
    if (c.via !== 'surname') {
      if (c.bare && !subject && namesakeOnly(c.entity)) continue;
      // A weak name («Reisi», Arabic «رئيسي») counts only beside another mention of the same entity.
      if (!c.weak || named.has(c.entity ?? '')) out.push(c);
      continue;
    }
    const owners = c.owners ?? [];
    if (subject?.entity && owners.includes(subject.entity)) {
      out.push({ ...c, entity: subject.entity, confidence: 'high' });
      continue;
    }
    const primary = owners.find((id) => entities.get(id)?.inMeeting) ?? owners[0];
    if (!primary) continue;
    const othersNamed = owners.some((id) => id !== primary && named.has(id));
    if (namesakeOnly(primary)) continue;
    const clue = named.has(primary) || meetingClue;
    if (owners.length === 1) out.push({ ...c, entity: primary, confidence: 'high' });
    else if (othersNamed && !clue)
      continue; // "Khamenei" beside "Mojtaba Khamenei": not Ali without a clue
    else
      out.push({
        ...c,
        entity: primary,
        confidence: clue || (date !== null && date < '2026-03-01') ? 'high' : 'low',
      });
  }

  const echoesOut = withoutPlaceEchoes(out, candidates, entities);
  // A topic that is a whole block (a section label, a menu item) is the meeting's topic only on a page that
  // names one of the meeting's people; elsewhere it is the site's navigation ("Навука" above a science story).
  const meetingPerson = echoesOut.some((c) => {
    const e = entities.get(c.entity ?? '');
    return e?.kind === 'person' && e.inMeeting;
  });
  const shown = meetingPerson ? echoesOut : echoesOut.filter((c) => !c.label);
  const anchored = shown.some((c) => isAnchor(entities.get(c.entity ?? '')));
  if (anchored) return shown;
  const people: Candidate[] = [];
  for (const c of shown) {
    if (entities.get(c.entity ?? '')?.kind === 'person') people.push(c);
    yield;
  }
  return people;
}

/**
 * A place word whose namesake the page names ("Mińsk Mazowiecki", "Dinamo Minsk") means that namesake when
 * it stands alone too ("the locals call Mińsk simply 'the town'"), unless the page is about the meeting
 * otherwise: a meeting person, the corridor, or the place by another name ("Belarus"). Like a surname
 * beside a namesake, without the clue it is left unlinked — and then it does not open the page to places
 * and topics either.
 */
function withoutPlaceEchoes(
  out: Candidate[],
  candidates: readonly Candidate[],
  entities: ReadonlyMap<string, SpotEntity>,
): Candidate[] {
  const echoed = new Set<string>();
  for (const c of candidates)
    if (c.namesakeOf && entities.get(c.namesakeOf[0] ?? '')?.kind === 'place')
      echoed.add(`${c.namesakeOf[0]}:${c.alias}`);
  if (echoed.size === 0) return out;
  const echo = (c: Candidate) => echoed.has(`${c.entity}:${c.alias}`);
  if (out.some((c) => !echo(c) && isAnchor(entities.get(c.entity ?? '')))) return out;
  return out.filter((c) => !echo(c));
}

/**
 * The introductions in force at the end of `candidates` (a full pass, in page order), as context candidates
 * for a later partial pass: see {@link SurnameSubjects.carriers}.
 */
export function subjectCarriers(gazetteer: SpotGazetteer, candidates: readonly Candidate[]): Candidate[] {
  const entities = new Map(gazetteer.entities.map((e) => [e.id, e]));
  const subjects = new SurnameSubjects();
  for (const c of candidates) subjects.read(c, isPersonInFull(c, entities));
  return subjects.carriers();
}
