import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HoverIntent } from '../../lib/page/hover-intent.ts';

type Mark = { id: string };
const A: Mark = { id: 'a' };
const B: Mark = { id: 'b' };

function setup(delayMs = 250, graceMs = 350) {
  const events: string[] = [];
  const intent = new HoverIntent<Mark>({
    delayMs,
    graceMs,
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (h) => clearTimeout(h),
    onOpen: (m, how) => events.push(`open ${m.id} ${how}`),
    onClose: () => events.push('close'),
  });
  return { intent, events };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('hover intent', () => {
  test('a card opens only after the pointer rests on a mark for the delay', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(200);
    intent.pointerOver(A); // small moves inside the same mark do not restart the wait
    expect(events).toEqual([]);
    vi.advanceTimersByTime(60);
    expect(events).toEqual(['open a hover']);
  });

  test('a fast sweep across marks opens nothing', () => {
    const { intent, events } = setup();
    for (let i = 0; i < 20; i++) {
      intent.pointerOver(i % 2 ? A : B);
      vi.advanceTimersByTime(40);
      intent.pointerOver(null);
      vi.advanceTimersByTime(40);
    }
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  test('moving into the card keeps it open; leaving both closes it after the grace period', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(250);
    intent.pointerOver(null); // on the way to the card
    vi.advanceTimersByTime(100);
    intent.pointerInCard(true);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a hover']);
    intent.pointerInCard(false);
    vi.advanceTimersByTime(349);
    expect(events).toEqual(['open a hover']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a hover', 'close']);
  });

  test('coming back to the mark within the grace period keeps the card', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(250);
    intent.pointerOver(null);
    vi.advanceTimersByTime(200);
    intent.pointerOver(A);
    vi.advanceTimersByTime(2000);
    expect(events).toEqual(['open a hover']);
  });

  test('resting on another mark switches the card to it', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(250);
    intent.pointerOver(B);
    vi.advanceTimersByTime(250);
    expect(events).toEqual(['open a hover', 'open b hover']);
  });

  test('a click pins: leaving no longer closes; Esc or a click elsewhere does', () => {
    const { intent, events } = setup();
    intent.click(A);
    intent.pointerOver(null);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a click']);
    expect(intent.pinned).toBe(true);
    intent.click(null);
    expect(events).toEqual(['open a click', 'close']);
    intent.openFromKeyboard(B);
    intent.close();
    expect(events).toEqual(['open a click', 'close', 'open b keyboard', 'close']);
  });

  test('a click inside the card does not close it', () => {
    const { intent, events } = setup();
    intent.click(A);
    intent.pointerInCard(true);
    intent.click(null);
    expect(events).toEqual(['open a click']);
  });

  test('the delay setting can change while the page is open', () => {
    const { intent, events } = setup(250);
    intent.setDelay(800);
    intent.pointerOver(A);
    vi.advanceTimersByTime(500);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a hover']);
  });
});
