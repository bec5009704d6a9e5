/** The shadow roots a page session keeps: only those whose host is still in the document. */
import { describe, expect, test } from 'vitest';
import { AttachedRoots } from '../../lib/page/attached-roots.ts';

const root = (connected = true) => ({ host: { isConnected: connected } });

describe('AttachedRoots', () => {
  test('a root is added once: the watcher observes it once', () => {
    const roots = new AttachedRoots();
    const r = root();
    expect(roots.add(r)).toBe(true);
    expect(roots.add(r)).toBe(false);
    expect(roots.size).toBe(1);
  });

  test('a feed of web components that come and go does not grow the set', () => {
    const roots = new AttachedRoots<{ host: { isConnected: boolean } }>();
    for (let i = 0; i < 10_000; i++) {
      const r = root();
      roots.add(r);
      // The feed drops the item again before the next pass.
      r.host.isConnected = false;
      if (i % 100 === 99) roots.prune();
    }
    expect(roots.prune()).toBe(0);
    expect(roots.size).toBe(0);
  });

  test('reading the list drops roots whose host left, and keeps the others', () => {
    const roots = new AttachedRoots<{ host: { isConnected: boolean } }>();
    const stays = root();
    const leaves = root();
    roots.add(stays);
    roots.add(leaves);
    leaves.host.isConnected = false;
    expect(roots.live()).toEqual([stays]);
    expect(roots.size).toBe(1);
  });

  test('a host put back is a new root to the set, so it is observed again', () => {
    const roots = new AttachedRoots<{ host: { isConnected: boolean } }>();
    const r = root();
    roots.add(r);
    r.host.isConnected = false;
    roots.prune();
    r.host.isConnected = true;
    expect(roots.add(r)).toBe(true);
  });
});
