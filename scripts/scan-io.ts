/**
 * The scan CLI's contact with the file system and the terminal: reading one input file (every failure becomes
 * one short reason), printing a file name safely, and writing `--json` one file at a time. Split from
 * scripts/scan.ts so the failures a test cannot cause on every machine (a file root can read anyway) are tested
 * by injecting them.
 */
import { readFileSync, statSync } from 'node:fs';

/** Largest input read, in bytes. */
export const MAX_BYTES = 20 * 1024 * 1024;

/** A problem with one input file, reported as one line. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The file-system calls the reader makes (the real ones by default; tests inject failures). */
export interface InputFs {
  statSync(path: string): { isDirectory(): boolean; isFile(): boolean; size: number };
  readFileSync(path: string): Uint8Array;
}

const NODE_FS: InputFs = { statSync, readFileSync };

/** Why a system call failed, in words: the codes a user can meet reading a file. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read it: permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'EIO':
      return 'cannot read it: input/output error';
    default:
      return `cannot read it (${code ?? 'error'})`;
  }
}

/** Reads a page: UTF-8 text without a byte order mark. Throws {@link InputError} with one short reason. */
export function readInput(path: string, fs: InputFs = NODE_FS): string {
  let size: number;
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) throw new InputError('is a directory');
    if (!stat.isFile()) throw new InputError('is not a regular file');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(reason(error));
  }
  if (size > MAX_BYTES)
    throw new InputError(`too large (${(size / 1048576).toFixed(1)} MB; the limit is 20 MB)`);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path);
  } catch (error) {
    // stat needs no read permission: a file mode 000 (or a read the OS refuses) fails only here.
    throw new InputError(reason(error));
  }
  if (bytes.includes(0)) throw new InputError('looks binary (contains NUL bytes), not a text or HTML page');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8');
  }
  return text.replace(/^\uFEFF/, '');
}

/**
 * A file name as it may be printed on a terminal: control characters (a newline would split our one-line
 * messages; ESC starts terminal escape sequences that can recolour or rewrite the screen) and the invisible
 * bidi controls (which reorder what follows) are written as escapes, and so is the backslash, so the printed
 * name is unambiguous. Everything else, Persian and Cyrillic names included, is printed as it is.
 */
export function printable(name: string): string {
  return name.replace(/[\\\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, (c) => {
    if (c === '\\') return '\\\\';
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Somewhere to write text that may ask the writer to wait (`process.stdout`). */
export interface Sink {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * Writes `{"files":[…]}` one file at a time, so scanning many large pages holds one page's result in memory, not
 * all of them; waits for the sink to drain when it is full (a slow pipe). The output is valid JSON when
 * {@link end} has run, whatever number of files was added.
 */
export class JsonFilesWriter {
  private count = 0;

  constructor(private readonly sink: Sink) {}

  async add(file: unknown): Promise<void> {
    await this.put(`${this.count === 0 ? '{"files":[' : ','}${JSON.stringify(file)}`);
    this.count++;
  }

  async end(): Promise<void> {
    await this.put(this.count === 0 ? '{"files":[]}\n' : ']}\n');
  }

  private put(chunk: string): Promise<void> {
    if (this.sink.write(chunk)) return Promise.resolve();
    return new Promise((resolve) => this.sink.once('drain', resolve));
  }
}
