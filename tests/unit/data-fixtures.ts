/** Reads the curated data as the build does, for tests that mutate a copy of it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompileInput } from '../../lib/data/compile.ts';
import { type Gazetteer, PAGE_LANGS, type Statement } from '../../lib/data/types.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS_PATH = join(ROOT, 'data/corpus/000_e2ce688135970981.txt');
export const corpus = readFileSync(CORPUS_PATH, 'utf8');

const json = (name: string) => JSON.parse(readFileSync(join(ROOT, 'data', name), 'utf8'));

/** A fresh, deep copy of the real data each call, safe to mutate. */
export function realInput(): CompileInput & {
  statements: { statements: Statement[] };
  gazetteer: Gazetteer;
} {
  return {
    corpus,
    statements: json('statements.json'),
    gazetteer: json('gazetteer.json'),
    pageAliases: Object.fromEntries(PAGE_LANGS.map((lang) => [lang, json(`aliases/${lang}.json`)])),
    meeting: json('meeting.json'),
    arabicLabels: json('arabic-labels.json'),
    cues: json('statement-cues.json'),
  };
}
