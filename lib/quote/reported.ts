/**
 * The statements a page reports, for the popup's "On this page": one entry per statement, in the order the
 * page first reports it, with how many of its sentences report it and in which forms. Pure: the content
 * script passes its reporting sentences in document order.
 */

/** One statement the page reports (the `reported` list of the page summary, lib/messaging/protocol.ts). */
export interface ReportedStatement {
  statement: string;
  /** Sentences reporting it (a sentence reporting two statements counts for both). */
  sentences: number;
  /** How many of those quote it and how many retell it. */
  forms: { quote: number; paraphrase: number };
}

/** Counts per statement, in the order of each statement's first reporting sentence. */
export function reportedStatements(
  sentences: readonly { links: readonly { statement: string; form: 'quote' | 'paraphrase' }[] }[],
): ReportedStatement[] {
  const byId = new Map<string, ReportedStatement>();
  for (const s of sentences) {
    // A statement counted once per sentence, even if a sentence were linked to it twice.
    const seen = new Set<string>();
    for (const l of s.links) {
      if (seen.has(l.statement)) continue;
      seen.add(l.statement);
      let r = byId.get(l.statement);
      if (!r) {
        r = { statement: l.statement, sentences: 0, forms: { quote: 0, paraphrase: 0 } };
        byId.set(l.statement, r);
      }
      r.sentences++;
      r.forms[l.form]++;
    }
  }
  return [...byId.values()];
}
