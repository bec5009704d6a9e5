/**
 * Baselines: saved pages with their expected matches (see tests/baselines/README.md). Each page goes through
 * the whole pipeline — publication date, text blocks (linkedom), spotting, page rules, ranking — and must
 * give exactly the recorded result. Every trap listed for a page must stay unmatched.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type ScannedPage, scanHtml, scanPlainText } from '../../lib/spot/index.ts';
import { spotter } from './spot-helpers.ts';

const root = join(import.meta.dirname, '..', 'baselines');
const pages = readdirSync(join(root, 'pages')).filter((f) => /\.(html|txt)$/.test(f));
const update = process.env.UPDATE_BASELINES === '1';

interface Expected {
  publishedAt: string | null;
  matches: {
    entity: string;
    kind: string;
    via: string;
    confidence: string;
    text: string;
    start: number;
    end: number;
  }[];
  /** The first statements, most relevant first. */
  statements: string[];
  /**
   * Strings in the page that must never be (part of) a match, and why. `unread: true` marks text inside
   * elements the reader skips (script, hidden…): it must not even be in the extracted page text.
   */
  traps: { text: string; why: string; unread?: boolean }[];
}

function scan(file: string): ScannedPage {
  const content = readFileSync(join(root, 'pages', file), 'utf8').replace(/^\uFEFF/, '');
  if (file.endsWith('.txt')) return scanPlainText(content, spotter);
  return scanHtml(content, (html) => parseHTML(html).document as unknown as Document, spotter);
}

describe.each(pages)('baseline %s', (file) => {
  const expectedPath = join(root, 'expected', file.replace(/\.(html|txt)$/, '.json'));
  const page = scan(file);
  const actual = {
    publishedAt: page.publishedAt,
    matches: page.matches.map(({ entity, kind, via, confidence, text, start, end }) => ({
      entity,
      kind,
      via,
      confidence,
      text,
      start,
      end,
    })),
    statements: page.statements.slice(0, 5),
  };
  if (update) {
    const traps = existsSync(expectedPath)
      ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected).traps
      : [];
    writeFileSync(expectedPath, `${JSON.stringify({ ...actual, traps }, null, 2)}\n`);
  }
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;

  it('gives the recorded publication date, matches and statements', () => {
    expect(actual).toEqual({
      publishedAt: expected.publishedAt,
      matches: expected.matches,
      statements: expected.statements,
    });
  });

  it('reports offsets that give back the matched text', () => {
    for (const m of page.matches) expect(page.text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(expected.traps.map((t) => [t.text, t.why, t.unread ?? false] as const))(
    'does not match the trap «%s» (%s)',
    (trap, _why, unread) => {
      if (unread) {
        expect(page.text).not.toContain(trap);
        return;
      }
      const at: number[] = [];
      for (let i = page.text.indexOf(trap); i >= 0; i = page.text.indexOf(trap, i + 1)) at.push(i);
      expect(at.length, `trap «${trap}» is not in the page text`).toBeGreaterThan(0);
      for (const i of at) {
        const hit = page.matches.find((m) => m.start < i + trap.length && i < m.end);
        expect(hit, `«${trap}» at ${i} was matched as ${hit?.entity}`).toBeUndefined();
      }
    },
  );
});
