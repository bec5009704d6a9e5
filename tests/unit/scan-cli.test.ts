/** `npm run scan`, run as a user runs it: a separate process, its stdout, stderr and exit code. */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
const page = (name: string) => join(repo, 'tests', 'baselines', 'pages', name);

function scan(...args: string[]) {
  const r = spawnSync(tsx, ['scripts/scan.ts', ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface JsonOut {
  files: {
    path: string;
    publishedAt: string | null;
    matches: { entity: string; kind: string; via: string; text: string; start: number; end: number }[];
    statements: string[];
    quotes: {
      statement: string;
      fa: string;
      start: number;
      end: number;
      text: string;
      form: 'quote' | 'paraphrase';
      speakerOnPage: string | null;
      score: number;
    }[];
  }[];
}

// Each case starts a separate `tsx` process (about 1 s alone, several on a loaded machine): give them room.
vi.setConfig({ testTimeout: 60_000 });

const tmp = mkdtempSync(join(tmpdir(), 'scan-cli-'));

describe('npm run scan -- --json', () => {
  it('prints exactly one JSON object in the documented shape, with offsets into a .txt file', () => {
    const file = page('fa-joined.txt');
    const r = scan('--json', file);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const out = JSON.parse(r.out) as JsonOut;
    expect(Object.keys(out)).toEqual(['files']);
    const [result] = out.files;
    expect(result?.path).toBe(file);
    expect(result?.publishedAt).toBeNull();
    const text = readFileSync(file, 'utf8');
    expect(result?.matches.length).toBeGreaterThan(5);
    for (const m of result?.matches ?? []) {
      expect(Object.keys(m)).toEqual(['entity', 'kind', 'via', 'text', 'start', 'end']);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(result?.statements.length).toBeGreaterThan(0);
  });

  it('strips a byte order mark, so offsets count from the first character', () => {
    const file = join(tmp, 'bom.txt');
    writeFileSync(file, '\uFEFFLukashenko met Ali Khamenei');
    const [result] = (JSON.parse(scan('--json', file).out) as JsonOut).files;
    expect(result?.matches.map((m) => [m.text, m.start])).toEqual([
      ['Lukashenko', 0],
      ['Ali Khamenei', 15],
    ]);
  });

  it('reads .html pages with their publication date and dated titles', () => {
    const out = JSON.parse(
      scan('--json', page('en-supreme-leader-2023.html'), page('en-supreme-leader-2026.html')).out,
    ) as JsonOut;
    expect(out.files.map((f) => f.publishedAt)).toEqual(['2023-03-20', '2026-03-20']);
    expect(out.files[0]?.matches[0]).toMatchObject({
      entity: 'ali-khamenei',
      via: 'title',
      text: 'Supreme Leader',
    });
    expect(out.files[1]?.matches).toEqual([]);
  });
});

describe('npm run scan -- --json: quotes', () => {
  it('lists each sentence that reports a statement, with the verbatim Persian and offsets into the file', () => {
    const file = join(tmp, 'quotes.txt');
    const text = [
      'Александр Лукашенко встретился в Тегеране с аятоллой Али Хаменеи.',
      '«Духовность может быть движущей силой для народов», — сказал Хаменеи.',
      'Погода в Тегеране была тёплой.',
    ].join('\n');
    writeFileSync(file, text);
    const r = scan('--json', file);
    expect(r.code).toBe(0);
    const [result] = (JSON.parse(r.out) as JsonOut).files;
    expect(result?.quotes).toHaveLength(1);
    const [q] = result?.quotes ?? [];
    expect(Object.keys(q ?? {})).toEqual([
      'statement',
      'fa',
      'start',
      'end',
      'text',
      'form',
      'speakerOnPage',
      'score',
    ]);
    expect(q?.statement).toBe('kh-12-spirituality-driving-force');
    expect(q?.fa).toBe('معنویت میتواند عامل حرکت دهنده برای ملتها باشد.');
    expect(text.slice(q?.start, q?.end)).toBe(q?.text);
    expect(q?.text.startsWith('«Духовность')).toBe(true);
    expect([q?.form, q?.speakerOnPage]).toEqual(['quote', 'ali-khamenei']);
  });

  it('prints the linked sentences in the plain summary, with the speaker the page names when it differs', () => {
    const file = join(tmp, 'misattributed.txt');
    writeFileSync(
      file,
      'Lukashenko met Ali Khamenei in Tehran.\nLukashenko said the launch of the North–South corridor is in the interest of both countries, Russia and the region.',
    );
    const r = scan(file);
    expect(r.out).toContain('sentences reporting a statement:');
    expect(r.out).toContain('[kh-09-corridor] paraphrase (page says: Alexander Lukashenko)');
  });
});

describe('npm run scan (plain output)', () => {
  it('summarises entities with counts and the top statements with their speaker', () => {
    const r = scan(page('ru-meeting.html'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('published: 2023-03-13');
    expect(r.out).toMatch(/\d+ × Alexander Lukashenko/);
    expect(r.out).toMatch(/Ali Khamenei \[kh-\d\d-[a-z-]+\]/);
  });

  it('says so when a page has nothing from the meeting', () => {
    expect(scan(page('en-unrelated-sanctions.txt')).out).toContain('nothing from the meeting');
  });
});

describe('bad input', () => {
  const binary = join(tmp, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  const latin1 = join(tmp, 'latin1.txt');
  writeFileSync(latin1, Buffer.from('caf\xe9 Lukashenko', 'latin1'));
  const huge = join(tmp, 'huge.txt');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
  closeSync(fd);

  it.each([
    ['a missing file', join(tmp, 'missing.txt'), /no such file/],
    ['a directory', tmp, /is a directory/],
    ['binary content', binary, /binary/],
    ['invalid UTF-8', latin1, /not valid UTF-8/],
    ['a 50 MB file', huge, /too large/],
  ])('rejects %s with one clear line and a non-zero exit, no stack trace', (_what, file, message) => {
    const r = scan('--json', file);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('still scans the good files given alongside a bad one', () => {
    const r = scan('--json', join(tmp, 'missing.txt'), page('fa-joined.txt'));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as JsonOut;
    expect(out.files.map((f) => f.path)).toEqual([page('fa-joined.txt')]);
  });

  it('prints usage without files', () => {
    const r = scan();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage/);
  });
});

describe('--published', () => {
  it('dates a .txt page, so its titles link with high confidence to the holder on that day', () => {
    const file = page('ru-undated-titles.txt');
    const undated = (JSON.parse(scan('--json', file).out) as JsonOut).files[0];
    const dated = (JSON.parse(scan('--json', '--published', '2026-03-10', file).out) as JsonOut).files[0];
    expect(undated?.publishedAt).toBeNull();
    expect(dated?.publishedAt).toBe('2026-03-10');
    // In March 2026 the Leader's title no longer means Ali Khamenei.
    const leader = (f: typeof dated) =>
      f?.matches.filter((m) => m.entity === 'ali-khamenei' && m.via === 'title');
    expect(leader(undated)?.length).toBeGreaterThan(0);
    expect(leader(dated)).toEqual([]);
  });

  it("overrides an .html page's own date", () => {
    const r = scan('--json', '--published=2026-03-10', page('en-supreme-leader-2023.html'));
    expect((JSON.parse(r.out) as JsonOut).files[0]?.publishedAt).toBe('2026-03-10');
  });

  it.each([['13/03/2023'], ['2023-02-30'], ['tomorrow']])('refuses %s with a clear message', (value) => {
    const r = scan('--json', '--published', value, page('fa-joined.txt'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--published needs a real date written YYYY-MM-DD/);
    expect(r.out).toBe('');
  });
});

describe('unreadable files, hostile names, many files', () => {
  /** A file the CLI cannot read, whoever runs it: mode 000 for a normal user; as root (CI containers), which
   * reads any file, Linux's /proc/self/mem, which every process may stat but not read from its start. */
  function unreadable(): string {
    if (process.getuid?.() !== 0) {
      const f = join(tmp, 'locked.txt');
      writeFileSync(f, 'Lukashenko met Khamenei.');
      chmodSync(f, 0o000);
      return f;
    }
    return '/proc/self/mem';
  }

  it('an unreadable file is one clean line on stderr, and the other files still scan', () => {
    const locked = unreadable();
    const r = scan('--json', locked, page('fa-joined.txt'));
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^scan: .+: cannot read it: (permission denied|input\/output error)$/);
    expect(r.err).not.toMatch(/\bat \w|Error:|EACCES|EIO/);
    expect((JSON.parse(r.out) as JsonOut).files.map((f) => f.path)).toEqual([page('fa-joined.txt')]);
  });

  it('a file name with a newline or an escape sequence is printed escaped, on one line', () => {
    const hostile = join(tmp, 'evil\n\u001b[31mred\u202e.txt');
    writeFileSync(hostile, '\u0000binary');
    const missing = join(tmp, 'gone\r\u0007.txt');
    const r = scan(hostile, missing);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('evil\\n\\x1b[31mred\\u202e.txt: looks binary');
    expect(lines[1]).toContain('gone\\r\\x07.txt: no such file');
    // No raw control character (the line breaks between messages aside) and no bidi override reaches the terminal.
    const raw = [...r.err].filter((c) => c !== '\n' && (c < ' ' || c === '\u007f' || c === '\u202e'));
    expect(raw).toEqual([]);
  });

  it('--json over several files, a bad one among them, is one valid JSON object with the good ones in order', () => {
    const files = [page('fa-joined.txt'), join(tmp, 'missing.txt'), page('fa-joined.txt')];
    const r = scan('--json', ...files);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as JsonOut;
    expect(out.files.map((f) => f.path)).toEqual([files[0], files[2]]);
    expect(out.files[0]?.matches).toEqual(out.files[1]?.matches);
  });

  it('--json with no readable file is still valid JSON: no files', () => {
    const r = scan('--json', join(tmp, 'missing.txt'));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({ files: [] });
  });
});
