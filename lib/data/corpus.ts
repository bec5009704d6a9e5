/**
 * The structure of the report: its title line and body paragraphs, with UTF-16 offsets into the corpus text.
 * The file starts with blank lines, then the title line, then paragraphs separated by blank lines.
 */

export interface Paragraph {
  /** 1-based number among the body paragraphs (the title is not counted). */
  number: number;
  start: number;
  end: number;
  text: string;
}

export interface CorpusLayout {
  title: { start: number; end: number; text: string };
  paragraphs: Paragraph[];
}

export function layoutCorpus(corpus: string): CorpusLayout {
  const blocks: { start: number; end: number; text: string }[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (const m of corpus.matchAll(re)) {
    const text = m[0].trim();
    if (!text) continue;
    const start = m.index + m[0].indexOf(text);
    blocks.push({ start, end: start + text.length, text });
  }
  const [title, ...body] = blocks;
  if (!title) throw new Error('The corpus is empty.');
  return { title, paragraphs: body.map((b, i) => ({ number: i + 1, ...b })) };
}

/**
 * The sentences of the body, split after a full stop (`.`) that ends a clause. Each paragraph of this report
 * is one or two sentences; the coverage test lists which statements cover each.
 */
export function bodySentences(
  layout: CorpusLayout,
): { paragraph: number; start: number; end: number; text: string }[] {
  const out: { paragraph: number; start: number; end: number; text: string }[] = [];
  for (const p of layout.paragraphs) {
    for (const m of p.text.matchAll(/[^.]+(?:\.|$)/g)) {
      const text = m[0].trim();
      if (!text) continue;
      const start = p.start + m.index + m[0].indexOf(text);
      out.push({ paragraph: p.number, start, end: start + text.length, text });
    }
  }
  return out;
}
