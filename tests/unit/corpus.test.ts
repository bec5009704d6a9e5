import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { layoutCorpus } from '../../lib/data/corpus.ts';
import { CORPUS_PATH } from './data-fixtures.ts';

test('the bundled corpus is byte-identical to the source as received (SHA-256 pinned in PROVENANCE.md)', () => {
  const bytes = readFileSync(CORPUS_PATH);
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(
    '0a0fdc722ce5ad4ab1e466c3fb64bc0e00f61ff96f736e9c0f67a78502ed1b0f',
  );
  expect(bytes.length).toBe(4655);
  // No byte-order mark, four blank lines first, no ZWNJ anywhere (the orthography notes rely on it).
  expect(bytes.subarray(0, 4).toString('utf8')).toBe('\n\n\n\n');
  expect(bytes.toString('utf8')).not.toContain('\u200c');
});

test('the report has its title line and ten body paragraphs', () => {
  const layout = layoutCorpus(readFileSync(CORPUS_PATH, 'utf8'));
  expect(layout.title.text).toBe('دیدار رئیس جمهور بلاروس و هیئت همراه - 22 / اسفند / 1401');
  expect(layout.paragraphs).toHaveLength(10);
});
