import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileBundle, DataError } from '../../lib/data/compile.ts';
import { corpus, ROOT, realInput } from './data-fixtures.ts';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof DataError) return err.problems;
    throw err;
  }
  return [];
}

/** Replaces the character at `i` with another letter, so the text is no longer the source's. */
function changeOneChar(text: string, i: number): string {
  const replacement = text[i] === 'ا' ? 'و' : 'ا';
  return text.slice(0, i) + replacement + text.slice(i + 1);
}

describe('the data build', () => {
  test('compiles the curated data; every statement is the exact source text at its offsets', () => {
    const bundle = compileBundle(realInput());
    expect(bundle.statements.length).toBeGreaterThanOrEqual(15);
    for (const s of bundle.statements) expect(corpus.slice(s.start, s.end)).toBe(s.fa);
  });

  const statementIds = realInput().statements.statements.map((s) => s.id);
  test.each(statementIds)('refuses %s when one character of its Persian text changes', (id) => {
    const input = realInput();
    const s = input.statements.statements.find((x) => x.id === id);
    if (!s) throw new Error(`no statement ${id}`);
    s.fa = changeOneChar(s.fa, Math.floor(s.fa.length / 2));
    expect(problemsOf(() => compileBundle(input))).toContain(
      `statement "${id}": the Persian text is not a verbatim span of the source; quotes must be copied exactly.`,
    );
  });

  test('refuses a statement without a speaker, a kind, or a translation', () => {
    const input = realInput();
    const [a, b, c, d] = input.statements.statements as [any, any, any, any];
    delete a.speaker;
    b.kind = 'paraphrase';
    c.en = '';
    delete d.ru;
    const problems = problemsOf(() => compileBundle(input));
    expect(problems).toContain(`statement "${a.id}": has no speaker.`);
    expect(problems).toContain(`statement "${b.id}": kind must be "direct" or "reported", not "paraphrase".`);
    expect(problems).toContain(`statement "${c.id}": has no English translation.`);
    expect(problems).toContain(`statement "${d.id}": has no Russian translation.`);
  });

  test('refuses a statement without its Arabic translation, naming it', () => {
    const input = realInput();
    const [a, b] = input.statements.statements as [any, any];
    delete a.ar;
    b.ar = '   ';
    const problems = problemsOf(() => compileBundle(input));
    expect(problems).toContain(`statement "${a.id}": has no Arabic translation.`);
    expect(problems).toContain(`statement "${b.id}": has no Arabic translation.`);
  });

  test('gives every entity its Arabic label, and refuses an entity without one or an unknown id', () => {
    const bundle = compileBundle(realInput());
    for (const e of bundle.gazetteer.entities) expect(e.label.ar, e.id).toMatch(/[\u0600-\u06FF]/);
    expect(bundle.gazetteer.entities.find((e) => e.id === 'belarus')?.label.ar).toBe('بيلاروسيا');

    const input = realInput();
    const labels = input.arabicLabels as { entities: Record<string, unknown> };
    delete labels.entities.belarus;
    labels.entities.atlantis = { label: 'أطلانطس', description: 'لا وجود لها' };
    const problems = problemsOf(() => compileBundle(input));
    expect(problems).toContain('arabic-labels: entity "belarus" has no Arabic label and description.');
    expect(problems).toContain('arabic-labels: unknown entity "atlantis".');
  });

  test('refuses a meeting without its Arabic title, place or roles', () => {
    const input = realInput();
    const meeting = input.meeting as any;
    delete meeting.title.ar;
    meeting.participants[0].role.ar = '';
    const problems = problemsOf(() => compileBundle(input));
    expect(problems).toContain('meeting: needs a title and a place in ar.');
    expect(problems).toContain(`meeting: participant "${meeting.participants[0].entity}" has no ar role.`);
  });

  test('refuses a repeated id', () => {
    const input = realInput();
    const [a, b] = input.statements.statements as [any, any];
    b.id = a.id;
    expect(problemsOf(() => compileBundle(input))).toContain(`statement "${a.id}": the id is used twice.`);
  });

  test('refuses a statement naming an unknown entity or topic', () => {
    const input = realInput();
    const [a] = input.statements.statements as [any];
    a.entities.push('atlantis');
    a.topics.push('weather');
    const problems = problemsOf(() => compileBundle(input));
    expect(problems).toContain(`statement "${a.id}": names unknown entity "atlantis".`);
    expect(problems).toContain(`statement "${a.id}": names unknown topic "weather".`);
  });

  test('refuses an entity without aliases in one of the three languages', () => {
    const input = realInput();
    const belarus = input.gazetteer.entities.find((e) => e.id === 'belarus');
    if (!belarus) throw new Error('no belarus');
    belarus.names.ru = [];
    expect(problemsOf(() => compileBundle(input))).toContain(
      'gazetteer: entity "belarus" has no ru aliases.',
    );
  });

  test('merges the page languages and refuses a missing alias file, an unknown id or a missing title', () => {
    const merged = compileBundle(realInput()).gazetteer;
    const belarus = merged.entities.find((e) => e.id === 'belarus');
    expect(belarus?.names.be).toContain('Беларусь');
    expect(belarus?.names.ar).toContain('بيلاروسيا');
    expect(belarus?.names.fa).not.toContain('بيلاروسيا'); // Arabic spellings live under ar now

    const input = realInput();
    delete input.pageAliases.tr;
    const de = input.pageAliases.de as {
      entities: Record<string, unknown>;
      offices: Record<string, unknown>;
    };
    de.entities['no-such-entity'] = { names: ['x'] };
    delete de.offices['iran-leader'];
    const problems = problemsOf(() => compileBundle(input));
    expect(problems).toContain('aliases/tr.json: missing; every page language needs its alias file.');
    expect(problems).toContain('aliases/de.json: unknown entity "no-such-entity".');
    expect(problems).toContain('aliases/de.json: office "iran-leader" has no titles.');
  });

  test('refuses overlapping statements and a wrong paragraph number', () => {
    const input = realInput();
    const list = input.statements.statements;
    const first = list[0] as any;
    list.push({ ...first, id: 'overlapping', fa: first.fa.slice(5, 40) });
    (list[1] as any).paragraph = 9;
    const problems = problemsOf(() => compileBundle(input));
    expect(problems.some((p) => p.includes('"overlapping"') && p.endsWith('overlap in the source.'))).toBe(
      true,
    );
    expect(problems).toContain(
      `statement "${(list[1] as any).id}": says paragraph 9, but its text is in paragraph 1.`,
    );
  });

  test('`npm run data` exits non-zero with a readable message when a quote is altered', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-data-'));
    try {
      cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
      const file = join(dir, 'data/statements.json');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace('حربه تحریم', 'حربهٔ تحریم'));
      const run = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(ROOT, 'scripts/build-data.ts'),
          '--data',
          join(dir, 'data'),
          '--out',
          join(dir, 'out'),
        ],
        { encoding: 'utf8' },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        'statement "kh-04-defeat-sanctions": the Persian text is not a verbatim span',
      );
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
