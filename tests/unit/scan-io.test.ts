/** The scan CLI's reading and printing (scripts/scan-io.ts), with the failures a test machine cannot cause. */
import { describe, expect, test } from 'vitest';
import { InputError, type InputFs, JsonFilesWriter, printable, readInput } from '../../scripts/scan-io.ts';

const failing = (code: string): InputFs => ({
  statSync: () => ({ isDirectory: () => false, isFile: () => true, size: 10 }),
  readFileSync: () => {
    throw Object.assign(new Error(`${code}: refused, open 'x'`), { code });
  },
});

describe('readInput', () => {
  test.each([
    ['EACCES', 'cannot read it: permission denied'],
    ['EPERM', 'cannot read it: permission denied'],
    ['EIO', 'cannot read it: input/output error'],
    ['EMFILE', 'cannot read it (EMFILE)'],
  ])('a read refused with %s is one short reason, not a stack', (code, reason) => {
    expect(() => readInput('page.txt', failing(code))).toThrow(new InputError(reason));
  });
});

describe('printable', () => {
  test('control characters and bidi overrides are escaped; other scripts are printed as they are', () => {
    expect(printable('a\nb\u001b[2Jc\u202ed\\e')).toBe('a\\nb\\x1b[2Jc\\u202ed\\\\e');
    const persian = 'خبر-لوکاشنکو.html';
    expect(printable(persian)).toBe(persian);
    expect(printable('новости.txt')).toBe('новости.txt');
  });
});

describe('JsonFilesWriter', () => {
  test('writes each file as it comes, waits for a full sink to drain, and ends with valid JSON', async () => {
    const chunks: string[] = [];
    let full = true;
    let drain: (() => void) | null = null;
    const sink = {
      write: (c: string) => {
        chunks.push(c);
        return !full;
      },
      once: (_: 'drain', listener: () => void) => {
        drain = listener;
      },
    };
    const w = new JsonFilesWriter(sink);
    let added = false;
    const first = w.add({ path: 'a' }).then(() => {
      added = true;
    });
    await Promise.resolve();
    // The first file is out before the next is scanned, and the writer waits while the sink is full.
    expect(chunks).toEqual(['{"files":[{"path":"a"}']);
    expect(added).toBe(false);
    full = false;
    (drain as unknown as () => void)();
    await first;
    await w.add({ path: 'b' });
    await w.end();
    expect(JSON.parse(chunks.join(''))).toEqual({ files: [{ path: 'a' }, { path: 'b' }] });
  });
});
