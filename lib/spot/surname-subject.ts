/**
 * Who a bare surname means, read in page order: newspapers name a person in full first and by surname
 * after, so "Khamenei" (or «خامنه‌ای», «Хаменеи», "Chamenei") refers to the person the text last
 * introduced. A paragraph is introduced by its **first** full mention: in "Hadi Khamenei is the younger
 * brother of Ayatollah Ali Khamenei … Khamenei edited newspapers", the profile is about Hadi, and Ali is
 * named only to say whose brother he is; in "Mojtaba Khamenei is 56. He is the son of Ali Khamenei", the
 * next paragraph's "Khamenei" is still Mojtaba. So the subject of a bare surname is the first full mention
 * of one of its owners (or of a namesake: "Hadi Khamenei") in the latest block, before it, that has one.
 * See docs/gazetteer.md, "The Mojtaba rule".
 *
 * Blocks are told apart by `Candidate.block`: a change of block number starts a new block. A content
 * script's partial pass puts the full pass's {@link subjectCarriers} before its own candidates, so a
 * paragraph added after the first scan reads the subject the page ended with.
 */
import type { Candidate } from './candidate.ts';

interface Introduction {
  /** Counts blocks in reading order. */
  seq: number;
  /** Counts candidates in reading order. */
  order: number;
  mention: Candidate;
}

export class SurnameSubjects {
  private seq = 0;
  private order = 0;
  private block: number | undefined;
  /** Per entity id: the first full mention of that person (or a namesake of theirs) in the latest block naming them. */
  private readonly latest = new Map<string, Introduction>();

  /**
   * Reads the next candidate in page order (call it for every candidate, before asking {@link subjectOf}
   * about it). `isPersonInFull`: the candidate is a person's full name (several words, not a weak name).
   */
  read(c: Candidate, isPersonInFull: boolean): void {
    const block = c.block ?? 0;
    if (block !== this.block) {
      this.seq++;
      this.block = block;
    }
    this.order++;
    if (c.relative) return; // named as someone's relative: "the son of Ali Khamenei"
    const ids = c.namesakeOf ?? (isPersonInFull && c.entity ? [c.entity] : []);
    for (const id of ids) {
      const known = this.latest.get(id);
      if (!known || known.seq !== this.seq)
        this.latest.set(id, { seq: this.seq, order: this.order, mention: c });
    }
  }

  /**
   * The mention that introduced the person a bare surname of `owners` means, among those read so far: the
   * first one in the latest block naming any of them in full, or undefined if none was read. A namesake
   * ("Hadi Khamenei") comes back with `namesakeOf` set and no entity.
   */
  subjectOf(owners: readonly string[]): Candidate | undefined {
    let best: Introduction | undefined;
    for (const id of owners) {
      const i = this.latest.get(id);
      if (!i) continue;
      if (!best || i.seq > best.seq || (i.seq === best.seq && i.order < best.order)) best = i;
    }
    return best?.mention;
  }

  /**
   * The introductions in force after everything read, in page order, as context candidates (negative
   * `block`, one number per original block, so two introductions of one block stay in one block): what a
   * later partial pass needs to read to start where this one ended.
   */
  carriers(): Candidate[] {
    // One entry per mention: "Hadi Khamenei" introduces both owners of the surname.
    const byMention = new Map<Candidate, Introduction>();
    for (const i of this.latest.values()) byMention.set(i.mention, i);
    return [...byMention.values()]
      .sort((a, b) => a.order - b.order)
      .map((i) => ({ ...i.mention, block: -2 - i.seq }));
  }
}
