import { describe, expect, it } from 'vitest';
import { marksVisible, marksWanted, toggledChoice } from '../../lib/page/marks-visible.ts';

describe('are marks visible on this page', () => {
  it('follows the setting when the reader has not chosen for this page', () => {
    expect(marksVisible({ mode: 'first', asked: null, offHere: false })).toBe(true);
    expect(marksVisible({ mode: 'every', asked: null, offHere: false })).toBe(true);
    expect(marksVisible({ mode: 'names', asked: null, offHere: false })).toBe(true);
    expect(marksVisible({ mode: 'none', asked: null, offHere: false })).toBe(false);
  });

  it('"nothing until I ask" shows the marks once the reader asks on this page', () => {
    expect(marksVisible({ mode: 'none', asked: true, offHere: false })).toBe(true);
  });

  it('hiding the marks on a page wins over a setting that shows them', () => {
    expect(marksVisible({ mode: 'every', asked: false, offHere: false })).toBe(false);
  });

  it('a site the reader turned off shows nothing, whatever was asked', () => {
    expect(marksVisible({ mode: 'every', asked: true, offHere: true })).toBe(false);
    expect(marksWanted({ mode: 'every', asked: true })).toBe(true);
  });

  it('show/hide flips what is wanted now, from the setting or the earlier choice', () => {
    expect(toggledChoice({ mode: 'every', asked: null })).toBe(false);
    expect(toggledChoice({ mode: 'none', asked: null })).toBe(true);
    expect(toggledChoice({ mode: 'every', asked: false })).toBe(true);
  });
});
