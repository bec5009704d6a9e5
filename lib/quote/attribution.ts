/**
 * Who the page says is speaking, and whether it gives the words as the speaker's own.
 *
 * Speaker: the first person named (or titled) in the sentence outside its quotation marks ("Lukashenko told
 * the Ayatollah: …", «…», — сказал Александр Лукашенко); when the sentence names nobody ("he added",
 * «وی افزود», «он подчеркнул», a bare «…»), the one the page last spoke of. Names inside the quotation are
 * what the speaker talks about, not who speaks («вместе с президентом Ирана мы выполним…»). Grammar around a
 * name can say it is not the speaker: named as attending ("in the presence of President Raisi"), as the one
 * met or spoken with ("In a meeting with Lukashenko, Khamenei said", «در دیدار با لوکاشنکو»), or as the
 * channel the words came through ("Khamenei's office", «сайт Хаменеи» — the speaker only when nobody else is
 * named: "Lukashenko's press service quoted him"), as the one told or listening ("He told Lukashenko", "…
 * heard Iran's supreme leader argue"). A relative clause or a speech verb right before it can make a later name
 * the speaker ("Lukashenko met Khamenei, who said …", «… لوكاشينكو … رأى الخامنئي»); an attribution set inside
 * a quotation between dashes or commas is the speaker («…, — сказал Лукашенко, — …»). A sentence can have two
 * speakers, each speaking their own clause (`turnIn`, `pronounTurn`).
 *
 * Form: `quote` when the sentence presents the words as the speaker's: a quotation of at least three words,
 * or a colon right after the speaker's name or a speech verb with the words after it ("Khamenei: countries
 * under sanctions must…"). One or two quoted words are a borrowed phrase («хулиганские» санкции), not a quote.
 */
import type { Span } from './sentences.ts';

/** A spotted mention inside the block, as the linker needs it. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
  /**
   * Why the sentence does not have this person speaking: named as attending ("in the presence of President
   * Raisi"), as the one met or spoken with ("in a meeting with Lukashenko"), or as the channel the words came
   * through ("Khamenei's office"; the speaker only if nobody else is named).
   */
  role?: 'attendee' | 'companion' | 'source';
  /**
   * Named only by a description that fits another event's person too ("the guest", cues' `described`): it may
   * speak, but does not tell that the page names the person (page-prior.ts).
   */
  described?: boolean;
}

/** A hit of the cue lexicon: its list id and its range in the block's text. */
interface Hit {
  id: number;
  start: number;
  end: number;
}

const inside = (at: number, spans: readonly Span[]) => spans.some((q) => q.start <= at && at < q.end);

/** True when nothing but words lie between the mention and [start, end) (no comma, colon or semicolon). */
export function sameClause(text: string, m: Mention, start: number, end: number): boolean {
  return !clauseBreakIn(text, Math.min(m.end, end), Math.max(m.start, start));
}

/**
 * A comitative word, an article allowed after it: "(a meeting) with", "avec", "mit", «с», «з», «با», «مع»; or
 * a word naming the one spoken to: "told", "urged", "assured", French «à», Persian «به» ("He told Lukashenko
 * that…", «a déclaré à Loukachenko», «به لوکاشنکو گفت»); or the one received ("receiving Lukashenko", "Beim
 * Empfang des belarussischen Staatschefs", «recevant Loukachenko»); or the one spoken before ("Devant le guide
 * suprême, il a eu cette formule", «перед Хаменеи», "vor dem Revolutionsführer", «أمام المرشد»: in front of, or
 * earlier than, that person; either way not the sentence's subject). (Right before a name these only mean
 * "with", "to", "received" or "before"; «с 1994 года» names nobody.) Sticky: tried at the start of each of the
 * two runs of text before a name, it must end where the name starts.
 */
const WITH =
  /(?:with|avec|mit|с|со|з|са|با|مع|ومع|told|tells|telling|urged|urging|assured|assuring|reminded|reminding|à|au|به|received|receiving|empfing|empfang|recevant|a reçu|devant|vor|перед|before|أمام)\s+(?:(?:the|le|la|les|der|dem|den|des)\s+|l['’])?/iuy;
/**
 * A comitative word, an article allowed after it, then one or two words before the name, one of them an office
 * ("avec le président Ebrahim Raïssi", "with Iranian President Raisi", «с президентом Ирана Раиси», "mit dem
 * iranischen Präsidenten Raisi"): the name is still the one met, its title standing between. An office word is
 * required: «с самого начала Лукашенко», "Mit Nachdruck betonte Chamenei", "With that Khamenei …" name the
 * subject. The words are group 1.
 */
const WITH_OFFICE =
  /^(?:with|avec|mit|с|со|з|са|با|مع|ومع)\s+(?:(?:the|le|la|les|der|dem|den|des|du)\s+|l['’])?((?:[\p{L}\p{M}'’-]+\s+){1,2})$/iu;
/**
 * "with the … of" before a name: "with the cooperation and will of President Raisi", «avec le concours du
 * président iranien», "mit Unterstützung von Präsident Raisi": the one whose help is meant, not the subject.
 * (Languages that say "of" with a word; Russian's genitive has none, and its «с» is also "since", "from".)
 */
const WITH_OF =
  /^(?:with|avec|mit)\s+(?:(?:the|le|la|les|der|dem|den|des|du)\s+|l['’])?(?:[\p{L}\p{M}'’-]+\s+){1,3}(?:of|du|de|des|von|de\s+la|de\s+l['’])\s*(?:(?:the|le|la|les)\s+)?$/iu;
/**
 * "and" between two names, an article after it, or Arabic «و» glued to a title word: " und ", " и ", " and the ",
 * " والرئيس ". (No other word: "with Raisi and met Khamenei" adds no one to the met.)
 */
const AND_JOIN = /^\s+(?:(?:and|und|и|і|et|ve|y|و)\s+(?:(?:the|der|dem|den|le|la|les)\s+)?|وال\S*\s+|و)$/iu;
/**
 * A listening verb right after a name, an apposition allowed between: the one who heard the words, not the one
 * who spoke them ("The leader of Belarus, a close Kremlin ally, heard Iran's supreme leader argue …"); or a
 * passive "received": the one received ("Loukachenko a été reçu par l'ayatollah Ali Khamenei, qui …", "was
 * received by", «был принят»).
 */
const LISTENS =
  /(?:\s*,[^,.;:!?]{1,60},)?\s+(?:heard|listened|hörte|écouta|a écouté|слушал|выслушал|услышал|(?:(?:a|avait|has|had|have)\s+)?(?:été|been|was|were|был|была)\s+(?:reçue?|received|принята?)(?:\s+(?:par|by))?)(?![\p{L}])/iuy;
/** Turkish puts it after the name: "Lukaşenko ile görüşmesinde" (not "Hamaney ile Lukaşenko", "and"). */
const WITH_AFTER = /\s+ile\s+/iuy;
/**
 * What may join a name and the channel word after it: a possessive ("Khamenei's office", Turkish
 * "Hamaney'in ofisi") or nothing ("Raisis Büro"); and a channel word and the name after it: "of the", "de",
 * "von", "des", or nothing («сайт Хаменеи», «مكتب خامنئي», «دفتر رهبر انقلاب»). ("Lukashenko in office"
 * is no channel.)
 */
const OWNER_THEN_SOURCE = /^(?:['’]\p{L}{0,3})?\s*$/u;
const SOURCE_THEN_OWNER = /^\s*(?:\p{L}{1,3}\s+){0,2}$/u;
/** A relative pronoun right after a name: "Khamenei, who …", «خامنئي، الذي …», «Хаменеи, который …». */
const RELATIVE = /[\s,،]*(?:who|qui|der|die|который|которая|які|якая|الذي|التي|که)\s+/iuy;

/**
 * Marks the people of a sentence that its grammar says are not speaking (see the file's comment): each one
 * met or spoken with, and each channel's owner next to a `sourceId` hit, with every mention of the same person
 * in the same clause ("with President of Belarus Alexander Lukashenko"). An attendee stays an attendee.
 */
export function markRoles(
  text: string,
  span: Span,
  people: readonly Mention[],
  hits: readonly Hit[],
  sourceId: number,
  isOffice: (word: string) => boolean = () => false,
): void {
  for (const m of people) {
    if (m.role) continue;
    LISTENS.lastIndex = m.end;
    if (
      withBefore(text, span.start, m.start) ||
      withOfficeBefore(text, span.start, m.start, isOffice) ||
      withAfter(text, span.end, m, people) ||
      LISTENS.test(text)
    ) {
      sameRole(text, people, m, 'companion');
      // "mit Lukaschenko und Raisi", «مع قائد الثورة والرئيس رئيسي»: everyone the "and" adds is met too.
      for (let last: Mention | undefined = m; last; ) {
        const from: number = last.end;
        const next = nextAfter(people, from);
        if (!next || !(AND_JOIN.test(text.slice(from, next.start)) || sameRun(text, last, next))) break;
        sameRole(text, people, next, 'companion');
        last = next;
      }
    }
  }
  for (const h of hits) {
    if (h.id !== sourceId) continue;
    for (const m of people) {
      if (m.role) continue;
      const owner =
        m.end <= h.start
          ? h.start - m.end <= 4 && OWNER_THEN_SOURCE.test(text.slice(m.end, h.start))
          : h.end <= m.start && m.start - h.end <= 8 && SOURCE_THEN_OWNER.test(text.slice(h.end, m.start));
      if (owner) sameRole(text, people, m, 'source');
    }
  }
}

const isSpace = (c: number) => c === 32 || c === 0xa0 || (c >= 9 && c <= 13);

/** A letter (where a word of {@link WITH} may start). */
const LETTER_START = /\p{L}/u;

/**
 * True when `word` (a sticky pattern: {@link WITH}, {@link TOLD}) ends at `at`, the start of a name ("with the",
 * "avec l'").
 */
function withBefore(text: string, from: number, at: number, word: RegExp = WITH): boolean {
  // The run of text glued to the name ("l'" in "avec l'ayatollah"), then the run before it.
  let i = at;
  for (let run = 0; run < 2 && i > from; run++) {
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
    while (i > from && !isSpace(text.charCodeAt(i - 1))) i--;
    // (A mark or number glued before the word is not part of it: "(avec", a transcript's "02:02Devant".)
    let w = i;
    while (w < at && !LETTER_START.test(text[w] as string)) w++;
    word.lastIndex = w;
    if (word.test(text) && word.lastIndex === at) return true;
  }
  return false;
}

/**
 * True when the text right before `at`, a name's start, is {@link WITH_OFFICE} (a comitative word and an office)
 * or {@link WITH_OF} ("with the cooperation of").
 */
function withOfficeBefore(
  text: string,
  from: number,
  at: number,
  isOffice: (word: string) => boolean,
): boolean {
  let i = at;
  // At most: the comitative word, an article, three words, "of" and an article (seven words back; neither
  // pattern holds a clause break, where wordsBack stops).
  for (let run = 0; run < 7; run++) {
    const start = wordsBack(text, i, 1, from);
    if (start === i) break;
    i = start;
    const before = text.slice(i, at);
    if (WITH_OF.test(before)) return true;
    const m = run < 4 ? WITH_OFFICE.exec(before) : null;
    if (m) return (m[1] as string).split(/\s+/u).some((w) => w !== '' && isOffice(w));
  }
  return false;
}

/**
 * The words of {@link WITH} that name the one spoken to: "told", "urged", "assured", "reminded". (Literals, not
 * one shared list: this module is bundled beside the start script's, and a RegExp built from strings at module
 * scope is kept there — 110 bytes gzipped of a script at its budget.)
 */
const TOLD =
  /(?:told|tells|telling|urged|urging|assured|assuring|reminded|reminding)\s+(?:(?:the|le|la|les|der|dem|den|des)\s+|l['’])?/iuy;

/**
 * True when the sentence's words are said to `m` ("…, he told Raisi"): the one told, not one met, worked with
 * («with the cooperation of Iran's President we will…») or received.
 */
export function toldTo(text: string, sentence: Span, m: Mention): boolean {
  return m.role === 'companion' && withBefore(text, sentence.start, m.start, TOLD);
}

/** True when Turkish "ile" follows the name and no other name follows it ("Hamaney ile Lukaşenko": "and"). */
function withAfter(text: string, to: number, m: Mention, people: readonly Mention[]): boolean {
  if (!isSpace(text.charCodeAt(m.end))) return false;
  WITH_AFTER.lastIndex = m.end;
  if (!WITH_AFTER.test(text) || WITH_AFTER.lastIndex > to) return false;
  const next = WITH_AFTER.lastIndex;
  return !people.some((o) => o.start === next);
}

/** The mention starting first at or after `from`. */
function nextAfter(people: readonly Mention[], from: number): Mention | undefined {
  let next: Mention | undefined;
  for (const o of people) if (o.start >= from && (!next || o.start < next.start)) next = o;
  return next;
}

/** Two mentions of one person with only white space between ("President of Belarus Alexander Lukashenko"). */
function sameRun(text: string, a: Mention, b: Mention): boolean {
  if (a.entity !== b.entity) return false;
  for (let i = a.end; i < b.start; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** True when a comma, colon or semicolon (Latin or Arabic: , ، ; ؛ :) lies in text[from, to). */
function clauseBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || isCommaOrSemicolon(c)) return true;
  }
  return false;
}

/** A comma or a semicolon, Latin or Arabic (, ; ، ؛). */
const isCommaOrSemicolon = (c: number) => c === 44 || c === 59 || c === 0x60c || c === 0x61b;

/** Gives `role` to `m` and to every unmarked mention of the same person in its clause. */
function sameRole(text: string, people: readonly Mention[], m: Mention, role: Mention['role']): void {
  for (const o of people)
    if (o.entity === m.entity && !o.role && sameClause(text, o, m.start, m.end)) o.role = role;
}

/**
 * The person the sentence names as speaking, outside its quotations, or null: the first named with no role;
 * a later person a relative clause makes speak ("Lukashenko met Khamenei, who said …", `speaksAt` telling
 * whether a speech verb starts at a position); else the first channel's owner ("Lukashenko's press service
 * quoted him").
 */
export function speakerIn(
  text: string,
  sentence: Span,
  people: readonly Mention[],
  quotes: readonly Span[],
  speaksAt: (text: string, at: number) => boolean,
  speechIn: (text: string, from: number, to: number) => boolean,
): string | null {
  let first: Mention | null = null;
  let source: Mention | null = null;
  let attendee: Mention | null = null;
  // Where the first person's last mention so far ends ("Iran's Supreme Leader Ayatollah Ali Khamenei told").
  let firstEnd = -1;
  for (const m of people) {
    if (m.start < sentence.start || m.end > sentence.end) continue;
    if (inside(m.start, quotes) && !interjected(text, m, speechIn)) continue;
    if (m.role === 'source') source ??= m;
    if (m.role === 'attendee') attendee ??= m;
    if (m.role) continue;
    if (!first) {
      first = m;
      firstEnd = m.end;
    } else if (m.entity === first.entity) firstEnd = m.end;
    else {
      RELATIVE.lastIndex = m.end;
      if (RELATIVE.test(text) && RELATIVE.lastIndex < sentence.end && speaksAt(text, RELATIVE.lastIndex))
        return m.entity;
      // A fronted phrase with no speech in it names the one addressed or thanked; the main clause's subject,
      // right before its speech verb, speaks: "Thanking Khamenei for the reception, Lukashenko said",
      // «Обращаясь к Хаменеи и Раиси, белорусский лидер сказал». That subject opens its clause (an article
      // or a title word before it at most): after an aside ("Lukashenko, for his part, expressed his pleasure
      // at meeting the Leader and said") the later name is the object of the first one's clause.
      const fronted = lastClauseBreak(text, first.end, m.start);
      if (
        fronted >= 0 &&
        wordCount(text.slice(fronted + 1, m.start)) <= 2 &&
        speaksAt(text, m.end) &&
        !speechIn(text, sentence.start, m.start)
      )
        return m.entity;
      // The speech verb right before the later name, and none before it nor right after the first: the first
      // is the one received or met, the later one speaks, verb first as Arabic puts it («وخلال استقباله …
      // لوكاشينكو … رأى الخامنئي أن …») or inverted ("…, versicherte Lukaschenko").
      const lead = verbBefore(text, m, firstEnd, speechIn);
      if (lead >= 0 && !speechIn(text, sentence.start, lead) && !speaksAt(text, firstEnd)) return m.entity;
    }
  }
  if (!first && !source && attendee && attendeeSpeaks(text, sentence, attendee, quotes, speechIn))
    return attendee.entity;
  return (first ?? source)?.entity ?? null;
}

/**
 * True when the one named as attending is the sentence's subject and speaks: the sentence names no one else,
 * the name stands in its first clause or after a fronted phrase with no speech verb ("Speaking of spirituality,
 * Raisi, who was present, remarked …", «Говоря о духовности, присутствовавший на встрече … Раиси заметил»), a
 * speech verb follows it, and no pronoun is there to speak instead ("Присутствовавший на встрече Раиси, как
 * писали тогда госСМИ, назвал …", "President Raisi, who attended the meeting, said …"; not «در این دیدار که
 * رئیسی حضور داشت، وی گفت»).
 */
function attendeeSpeaks(
  text: string,
  sentence: Span,
  m: Mention,
  quotes: readonly Span[],
  speechIn: (text: string, from: number, to: number) => boolean,
): boolean {
  const fronted = lastClauseBreak(text, sentence.start, m.start);
  if (fronted >= 0 && speechIn(text, sentence.start, fronted)) return false;
  if (!speechIn(text, m.end, sentence.end)) return false;
  // A pronoun outside the quotations (in document order; a nested one lies inside the one before it).
  let from = sentence.start;
  for (const q of quotes) {
    if (q.start > from && PRONOUN.test(text.slice(from, Math.min(q.start, sentence.end)))) return false;
    from = Math.max(from, q.end);
  }
  return from >= sentence.end || !PRONOUN.test(text.slice(from, sentence.end));
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Whether a speech verb right before this name makes it the speaker: in Arabic (verb first), German, French
 * and English (inverted after a clause or a quotation: "…, versicherte Lukaschenko", "a déclaré le guide",
 * "said Lukashenko"; the one told is a companion already). Not in Russian or Belarusian, where «сказал
 * Лукашенко», «сказаў Лукашэнку» is as often "said to Lukashenko".
 */
function verbFirstSpeaker(text: string, m: Mention): boolean {
  return !CYRILLIC.test(text.slice(m.start, m.end));
}

/**
 * Where a speech verb that makes `m` the speaker starts its window: a speech verb among the
 * {@link VERB_WORDS} words before the name (not before `floor`, nor across a clause break), where the name's
 * language lets a verb before it be its own ({@link verbFirstSpeaker}); -1 when there is none.
 */
function verbBefore(
  text: string,
  m: Mention,
  floor: number,
  speechIn: (text: string, from: number, to: number) => boolean,
): number {
  if (!verbFirstSpeaker(text, m)) return -1;
  const lead = wordsBack(text, m.start, VERB_WORDS, floor);
  return speechIn(text, lead, m.start) ? lead : -1;
}

/** How many words before a name a speech verb counts as that name's: «رأى الخامنئي», "a déclaré le guide". */
const VERB_WORDS = 3;

/**
 * Where the `n` words before `at` start (white space apart), not before `floor` nor before a clause break
 * (a verb before a comma is the clause before's: "…beschrieb, versicherte Lukaschenko").
 */
function wordsBack(text: string, at: number, n: number, floor: number): number {
  let i = at;
  for (let w = 0; w < n && i > floor; w++) {
    while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
    if (clauseBreakIn(text, i - 1, i)) break;
    while (i > floor && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/**
 * Up to three words, then a dash or a comma after a comma or a stop, right before a name: «…, — сказал
 * Лукашенко», «…, a déclaré le guide suprême».
 */
const INCISE_BEFORE = /[,.!?…]\s*(?:[—–]\s*)?(?:[\p{L}\p{M}.'’-]+\s+){0,3}$/u;
/** Up to three words after a name, then a comma (and a dash): «Лукашенко, —», «le guide suprême, et». */
const INCISE_AFTER = /^(?:\s+[\p{L}\p{M}.'’-]+){0,3}\s*,/u;

/**
 * True when the name stands in an attribution set between dashes or commas inside one quotation, as Russian
 * and Belarusian («Я приехал в Иран, — сказал Лукашенко, — и …») and French («…, a déclaré le guide suprême, et
 * …») write a quotation interrupted by its speaker. The quotation marks then enclose the speaker, who is still
 * the speaker.
 */
function interjected(
  text: string,
  m: Mention,
  speechIn: (text: string, from: number, to: number) => boolean,
): boolean {
  const before = INCISE_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
  if (!before) return false;
  const after = INCISE_AFTER.exec(text.slice(m.end, m.end + 60));
  if (!after) return false;
  return speechIn(text, m.start - before[0].length, m.end + after[0].length);
}

/** A second person speaking later in a sentence, and where their clause starts (see {@link turnIn}). */
export interface Turn {
  speaker: string;
  at: number;
  /** The clause before the turn has a pronoun for its speaker: the one the page spoke of before. */
  carried?: boolean;
}

/**
 * The turn of a second speaker in a sentence that already has someone speaking: after a comma or semicolon
 * following the first speaker's name, another person (outside quotations, with no role) with a speech verb
 * right after their name, where the text before that break already has one ("Khamenei told him the agreements
 * must be carried out, and Lukashenko replied that he had come to open a new page", «…, а Лукашенко ответил,
 * что…»). Each speaker's words are then the clause they speak in. Null when the sentence has one speaker: the
 * break must follow the first speaker, so a fronted phrase ("Thanking Khamenei, Lukashenko said") or a relative
 * clause ("Lukashenko met Khamenei, who said") is no turn; speakerIn reads those.
 */
export function turnIn(
  text: string,
  sentence: Span,
  people: readonly Mention[],
  quotes: readonly Span[],
  first: string,
  speaksAt: (text: string, at: number) => boolean,
  speechIn: (text: string, from: number, to: number) => boolean,
): Turn | null {
  let firstEnd = -1;
  for (const m of people) {
    if (m.start < sentence.start || m.end > sentence.end || m.role || inside(m.start, quotes)) continue;
    if (m.entity === first) {
      firstEnd = m.end;
      continue;
    }
    if (firstEnd < 0) continue;
    const at = lastClauseBreak(text, firstEnd, m.start);
    // (The verb after the name, or between the break and the name: «، ردّ المرشد», "…, versicherte Lukaschenko".)
    if (
      at >= 0 &&
      (speaksAt(text, m.end) || verbBefore(text, m, at, speechIn) >= 0) &&
      speechIn(text, sentence.start, at)
    )
      return { speaker: m.entity, at };
  }
  return null;
}

/** A clause break or an "and" right before a name: ", ", "; ", " and ", « و », « и », « а », " et ", " ve ". */
const JOIN_BEFORE = /(?:[,;،؛]|\s(?:and|и|а|і|et|und|ve|و))\s*$/iu;

/**
 * A turn whose first speaker is a pronoun: a first clause with a third-person pronoun and a speech verb and no
 * name, then the named person after a clause break or an "and" («ایشان معنویت را نیروی محرکه ملت‌ها توصیف
 * کردند و لوکاشنکو نیز … گفت که …», "He described …, and Lukashenko said …"), who speaks in their own clause.
 * `first` is the person the sentence names as speaking (speakerIn): the turn is theirs from the break on.
 */
export function pronounTurn(
  text: string,
  sentence: Span,
  people: readonly Mention[],
  quotes: readonly Span[],
  first: string,
  speechIn: (text: string, from: number, to: number) => boolean,
): Turn | null {
  const m = people.find(
    (p) =>
      p.entity === first &&
      !p.role &&
      p.start >= sentence.start &&
      p.end <= sentence.end &&
      !inside(p.start, quotes),
  );
  if (!m) return null;
  const before = text.slice(sentence.start, m.start);
  const join = JOIN_BEFORE.exec(before);
  if (!join) return null;
  const at = sentence.start + join.index;
  if (!PRONOUN.test(text.slice(sentence.start, at)) || !speechIn(text, sentence.start, at)) return null;
  if (!speechIn(text, m.end, sentence.end)) return null;
  return { speaker: first, at, carried: true };
}

/**
 * A third-person subject pronoun for a man (all three speakers are): "he", "il", "er", «он», «ён», «وی», «ایشان»,
 * «او». Not "she", «она», "sie" (also "they" and the polite "you"), nor "ihn", "lui", "his": not subjects.
 */
const SUBJECT = /(?<![\p{L}\p{M}])(?:he|il|er|он|ён|وی|ایشان|او)(?![\p{L}\p{M}])/giu;

/** Where the `n`-th word after `at` ends (not past `ceiling`, nor across a clause break). */
function wordsForward(text: string, at: number, n: number, ceiling: number): number {
  let i = at;
  for (let w = 0; w < n && i < ceiling; w++) {
    while (i < ceiling && isSpace(text.charCodeAt(i))) i++;
    if (clauseBreakIn(text, i, i + 1)) break;
    while (i < ceiling && !isSpace(text.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * True when the sentence's speaker is a pronoun: outside its quotations, before any person it names, a subject
 * pronoun with a speech verb in the three words after it or right before it ("He told
 * Raisi …", "Il a assuré être venu … avec le gouvernement du président Ebrahim Raisi", "…, sagte er", «заявил
 * он»). The names after it are what the speaker talks about, so the sentence's speaker is the one the page last
 * spoke of.
 */
export function pronounSpeaks(
  text: string,
  sentence: Span,
  people: readonly Mention[],
  quotes: readonly Span[],
  speechIn: (text: string, from: number, to: number) => boolean,
): boolean {
  // (Anyone named before it may be the one it stands for: «сайт аятоллы, он рассказал». So only the words
  // before the first name outside the quotations are looked at: none, in most sentences naming someone.)
  let limit = sentence.end;
  for (const p of people)
    if (p.start >= sentence.start && p.start < limit && !inside(p.start, quotes)) limit = p.start;
  if (limit - sentence.start < 2) return false;
  const head = text.slice(sentence.start, limit);
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(head); m; m = SUBJECT.exec(head)) {
    const at = sentence.start + m.index;
    if (inside(at, quotes)) continue;
    const end = at + m[0].length;
    // (Each pronoun in turn: "He had come to Iran, he said, to …" speaks at the second. The word before it is
    // read with it: French inverts into one word, «a-t-il», a speech term of its own.)
    if (
      speechIn(text, end, wordsForward(text, end, VERB_WORDS, sentence.end)) ||
      speechIn(text, wordsBack(text, at, 1, sentence.start), end)
    )
      return true;
  }
  return false;
}

/** The last comma or semicolon (Latin or Arabic) in text[from, to), or -1. */
function lastClauseBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isCommaOrSemicolon(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * A third-person pronoun, or an honorific standing for one: "he", "his", «он», «его», «وی», «ایشان», «او», «هو»,
 * "er", "ihn", "il", "lui", Turkish "o". Arabic verbs carry theirs («وأضاف», "and he added"), so Arabic has none to
 * find. (German and French put the channel first and the one quoted after it: „…“, zitierte ihn die Agentur.)
 */
const PRONOUN =
  /(?:^|[^\p{L}])(?:he|his|him|she|her|он|она|его|её|ее|ён|яна|яго|وی|او|ایشان|هو|er|ihn|ihm|sie|il|lui|elle|o)(?![\p{L}])/iu;

/** True when the sentence has a pronoun pointing back to someone ("According to IRNA, he added …"). */
export function pointsBack(text: string, sentence: Span): boolean {
  return PRONOUN.test(text.slice(sentence.start, sentence.end));
}

const WORDS = /[\p{L}\p{N}]+/gu;

function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORDS)) n++;
  return n;
}

/** Words in quotation marks that make a sentence a quotation (fewer: a word or two the page marks). */
export const QUOTED_WORDS = 3;

/** How many words of the sentence stand in quotation marks. */
export function quotedWords(text: string, sentence: Span, quotes: readonly Span[]): number {
  let quoted = 0;
  for (const q of quotes)
    if (q.start >= sentence.start && q.end <= sentence.end)
      quoted += wordCount(text.slice(q.start + 1, q.end - 1));
  return quoted;
}

/**
 * `quote` or `paraphrase` for a sentence of `text`. `people` are person mentions in the block;
 * `speechBeforeColon(text)` tells whether a piece of text ends with a speech verb.
 */
export function formOf(
  text: string,
  sentence: Span,
  quotes: readonly Span[],
  people: readonly Mention[],
  endsWithSpeechVerb: (before: string) => boolean,
): 'quote' | 'paraphrase' {
  if (quotedWords(text, sentence, quotes) >= QUOTED_WORDS) return 'quote';
  // A colon followed by the words: "Khamenei: …", "Лукашенко — аятолле: …", "He stressed: …".
  for (
    let i = text.indexOf(':', sentence.start);
    i !== -1 && i < sentence.end;
    i = text.indexOf(':', i + 1)
  ) {
    if (inside(i, quotes)) continue;
    if (wordCount(text.slice(i + 1, sentence.end)) < 3) continue;
    const before = text.slice(sentence.start, i);
    const lastPerson = people.filter((m) => m.start >= sentence.start && m.end <= i).pop();
    if (lastPerson && wordCount(text.slice(lastPerson.end, i)) <= 1) return 'quote';
    if (endsWithSpeechVerb(before)) return 'quote';
  }
  return 'paraphrase';
}

/**
 * A word of a name: a letter or digit, then letters, marks, digits and the hyphens and apostrophes inside one
 * ("Tehran-based", "O'Neil"). {@link NAME_WORD_AT} and {@link IN_WORD} repeat its classes as literals: this module
 * is bundled beside the start script's, which keeps any pattern built from strings at module scope (~25 bytes
 * gzipped of a script at its budget), so keep the three alike by hand.
 */
const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
/** {@link NAME_WORD} at a given position. */
const NAME_WORD_AT = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/uy;
/** A character of a word ({@link NAME_WORD}'s second class): a capital after one starts no word. */
const IN_WORD = /[\p{L}\p{M}\p{N}'’-]/u;
/** Starts with a capital letter: a name's word, or a sentence's first. */
const CAPITAL = /^\p{Lu}/u;
/** Two capitals or more and no small letter: an acronym ("ISW", «МИД»). */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
/** A short small-letter word between a subject and its verb: an auxiliary ("has said", «a déclaré», "hat gesagt"). */
const AUXILIARY = /^\p{Ll}{1,5}$/u;
/** A quotation mark, where a clause starts or ends (not an apostrophe: "Iran’s"). */
const QUOTE_MARK = /["«»“”„‟‹›]/;
/** What may stand between a sentence's first word and the stop before it: spaces, quotation marks, brackets. */
const BEFORE_FIRST = /["«»“”„‟‹›‘’'([\s]/;
/** A stop that ends a sentence. */
const STOP = /[.!?…؟]/;

/**
 * True when a word may be part of a name: an acronym, or a capitalised word that does not start a sentence
 * (nothing but spaces, quotation marks or brackets between it and the text's start or a stop).
 */
function nameLike(text: string, w: NameWord): boolean {
  if (ACRONYM.test(w.text)) return true;
  if (!CAPITAL.test(w.text)) return false;
  let i = w.start - 1;
  while (i >= 0 && BEFORE_FIRST.test(text[i] as string)) i--;
  return i >= 0 && !STOP.test(text[i] as string);
}

/**
 * True when text[from, to) has a word that may be part of a stranger's name (`nameLike`, and not `known`):
 * what {@link strangerSpeaks} needs of a sentence, checked before its speech verbs are looked for.
 */
export function mayNameStranger(
  text: string,
  from: number,
  to: number,
  known: (start: number, end: number) => boolean,
): boolean {
  // (Only from each capital starting a word, found by its code: most words of a page have none, and some
  // scripts none at all. A regular expression for "a capital starting a word" read a 1 MB page in ~5 ms.)
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || (c > 90 && c < 0xc0) || c > 0x52f) continue;
    if (c > 90 && !isUpperCode(c)) continue;
    if (i > 0 && inWordCode(text.charCodeAt(i - 1))) continue;
    NAME_WORD_AT.lastIndex = i;
    const word = NAME_WORD_AT.exec(text)?.[0] ?? '';
    const end = Math.min(to, i + word.length);
    const w = { start: i, end, text: word.slice(0, end - i) };
    if (nameLike(text, w) && !known(w.start, w.end)) return true;
  }
  return false;
}

/** A capital letter (Latin, Greek or Cyrillic: the page languages with capitals). */
const UPPER = /\p{Lu}/u;

/**
 * `UPPER.test` of a code unit over 'Z' (below 0x530), with the basic Cyrillic block told by its code: a RegExp on
 * a one-character string is a new string for every Cyrillic letter of a page.
 */
export function isUpperCode(c: number): boolean {
  if (c >= 0x430 && c <= 0x45f) return false;
  if (c >= 0x400 && c <= 0x42f) return true;
  return UPPER.test(String.fromCharCode(c));
}

/** `IN_WORD.test` of a code unit, ASCII told by its code. */
export function inWordCode(c: number): boolean {
  if (c < 0x80)
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45;
  return IN_WORD.test(String.fromCharCode(c));
}

interface NameWord {
  start: number;
  end: number;
  text: string;
}

/** The words of text[from, to). */
function nameWords(text: string, from: number, to: number): NameWord[] {
  const out: NameWord[] = [];
  const part = text.slice(0, to);
  NAME_WORD.lastIndex = from;
  for (let m = NAME_WORD.exec(part); m; m = NAME_WORD.exec(part))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** True when text[i] breaks a clause: a comma, semicolon (Latin or Arabic) or colon, or a quotation mark. */
function clauseEdge(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isCommaOrSemicolon(c) || c === 58 || QUOTE_MARK.test(text[i] as string);
}

/** True when the word is a third-person pronoun ({@link PRONOUN}): no name. */
const isPronoun = (w: NameWord) => PRONOUN.test(` ${w.text} `);

/**
 * True when the sentence's first speech verb (text[verb, verbEnd)) has for its subject a name the page gives and
 * we do not know, none of its words a name or place we spotted (`known`) nor a pronoun: before the verb in its
 * clause, two capitalised words (not the sentence's first) or an acronym ("ISW News believes that …", "Analyst
 * Ali Rezaei said", «Политолог Андрей Иванов считает»); or right after a verb that has no subject before it, a
 * capitalised word ("Vor Journalisten sagte Ahmadian …", "“…,” said Rezaei"; not "According to Tasnim, …", whose
 * verb starts the sentence: a channel). The words are that stranger's, an outlet's assessment or an expert's view,
 * not the meeting's. (A capital at the start of a sentence is no name, so "Der Gast sagte" is no stranger; a script
 * without capitals never shows one. Any word taken for a name passes {@link mayNameStranger}.) `office` tells a
 * word of an office a page capitalises on its own («Прэзідэнт», the cues' `offices`): no name.
 */
export function strangerSpeaks(
  text: string,
  sentence: Span,
  verb: number,
  verbEnd: number,
  known: (start: number, end: number) => boolean,
  office: (word: string) => boolean = () => false,
): boolean {
  let from = sentence.start;
  for (let i = verb - 1; i >= sentence.start; i--)
    if (clauseEdge(text, i)) {
      from = i + 1;
      break;
    }
  const before = nameWords(text, from, verb);
  const lead = before.length > 0 ? before : nameWords(text, sentence.start, verb);
  const name = (w: NameWord | undefined): w is NameWord =>
    !!w && nameLike(text, w) && !isPronoun(w) && !known(w.start, w.end);
  if (before.length > 1 && AUXILIARY.test((before[before.length - 1] as NameWord).text)) before.pop();
  const b = before[before.length - 1];
  const a = before[before.length - 2];
  if (b && ACRONYM.test(b.text) && name(b)) return true;
  if (name(a) && name(b)) return true;
  // Verb first in its clause, after other words of the sentence with no pronoun among them: the subject follows.
  // (`lead` is `before` when the clause has words before the verb.)
  if (lead.length === 0 || lead.some(isPronoun)) return false;
  let to = verbEnd;
  while (to < sentence.end && !clauseEdge(text, to)) to++;
  const [first, second] = nameWords(text, verbEnd, to);
  if (!first || first.start - verbEnd > 2) return false;
  // An office the page capitalises is no name ("— заўважыў Прэзідэнт."): the name, if any, is the word after it
  // ("…, erklärte Präsident Tokajew").
  if (!office(first.text)) return name(first);
  return !!second && second.start - first.end <= 2 && name(second);
}
