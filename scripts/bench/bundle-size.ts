/**
 * What the built content script weighs, and what it is made of. `buildStoreExtension` runs WXT's production
 * build into a directory of its own with hidden source maps (the scripts are byte for byte the store's: a hidden
 * map adds no comment); `breakdown` attributes every byte of a built script to the source file its source map
 * names, grouped by job. Bytes the map does not name are the bundler's own (WXT's wrapper, JSON and `?inline`
 * CSS modules, which carry no map); they are told apart by what they contain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Size {
  raw: number;
  /** gzip at its default level, the figure a server or store reports. */
  gzip: number;
}

export const sizeOf = (text: string | Buffer): Size => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text).length,
});

/** Builds the store (production) extension for Chromium into `outDir`, with `.map` files beside the scripts. */
export async function buildStoreExtension(outDir: string): Promise<string> {
  const noop = () => undefined;
  await build({
    root: ROOT,
    outDir,
    mode: 'production',
    browser: 'chrome',
    vite: () => ({ build: { sourcemap: 'hidden' } }),
    logger: {
      debug: noop,
      log: noop,
      info: noop,
      warn: noop,
      error: console.error,
      fatal: console.error,
      success: noop,
      level: 0,
    } as never,
  });
  return join(outDir, 'chrome-mv3');
}

/** The job a source file does, for the breakdown. */
export function groupOf(source: string | null, text: string): string {
  if (!source) {
    if (/schemaVersion|gazetteer:|entities:\[/.test(text)) return 'data (generated/*.json)';
    if (/:host\{|--[a-z-]+:|\.statement\{|\.card/.test(text)) return 'card CSS (?inline)';
    return 'bundler and WXT wrapper';
  }
  const s = source.replace(/\\/g, '/');
  const npm = s.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (npm) return npm.startsWith('@floating-ui/') ? 'npm @floating-ui/*' : `npm ${npm}`;
  const at = (dir: string) => s.includes(`/${dir}/`) || s.startsWith(`${dir}/`);
  if (at('lib/spot') || at('lib/text')) return 'spotting engine (lib/spot, lib/text)';
  if (at('lib/i18n')) return 'interface strings (lib/i18n)';
  if (at('components')) return 'card views (components)';
  if (s.endsWith('entrypoints/content/card-host.ts')) return 'card host (card-host.ts)';
  if (at('lib/format')) return 'dates and citation (lib/format)';
  if (at('entrypoints')) return 'page wiring (entrypoints)';
  return 'page logic, settings, protocol (lib/page, lib/settings, lib/messaging, utils)';
}

export interface BreakdownRow {
  group: string;
  raw: number;
  /** Its bytes gzipped on their own (the rows' sum is more than the file's gzip, which shares a dictionary). */
  gzipAlone: number;
}

/** Bytes of the built `file` per job, from its `.map`, largest first. */
export function breakdown(file: string): BreakdownRow[] {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const segments = mappedSegments(code, map);
  const parts = new Map<string, string[]>();
  let from = { at: 0, source: null as string | null };
  for (const next of [...segments, { at: code.length, source: null }]) {
    const text = code.slice(from.at, next.at);
    const group = groupOf(from.source, text);
    parts.set(group, [...(parts.get(group) ?? []), text]);
    from = next;
  }
  return [...parts]
    .map(([group, texts]) => {
      const all = texts.join('');
      return { group, raw: Buffer.byteLength(all), gzipAlone: gzipSync(all).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Where each mapped stretch of `code` starts (a UTF-16 offset) and which source it comes from, decoded from a
 * source map's `mappings` (Base64 VLQ, source map v3): enough for sizes, so no source-map library is needed.
 */
export function mappedSegments(
  code: string,
  map: { sources: string[]; mappings: string },
): { at: number; source: string | null }[] {
  const out: { at: number; source: string | null }[] = [];
  let lineStart = 0;
  let source = 0;
  for (const line of map.mappings.split(';')) {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) source += fields[1] ?? 0;
      out.push({ at: lineStart + column, source: fields.length >= 4 ? (map.sources[source] ?? null) : null });
    }
    const next = code.indexOf('\n', lineStart);
    lineStart = next < 0 ? code.length : next + 1;
  }
  return out.sort((a, b) => a.at - b.at);
}
