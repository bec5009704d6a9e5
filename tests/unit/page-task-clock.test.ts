/** Our longest task during a pass: the clock sees the work between the chunked loops too. */
import { describe, expect, test } from 'vitest';
import { runInChunks } from '../../lib/page/chunk-runner.ts';
import { TaskClock } from '../../lib/page/task-clock.ts';
import { ProfiledTaskClock } from '../../lib/page/task-profile.ts';

/** A clock on a fake time line; `profiled`: the test build's clock, which also keeps steps and items. */
function setup(budgetMs = 8, Clock: typeof TaskClock = TaskClock) {
  let t = 0;
  let yields = 0;
  const clock = new Clock({
    budgetMs,
    now: () => t,
    yieldToHost: async () => {
      yields++;
      t += 100; // the page's own work while we wait: not ours
    },
  });
  return { clock, spend: (ms: number) => (t += ms), yields: () => yields };
}

describe('TaskClock', () => {
  test('a small pass runs through without a break: nothing to yield for', async () => {
    const { clock, spend, yields } = setup();
    spend(3);
    await clock.maybeYield();
    spend(2);
    await clock.maybeYield();
    expect(yields()).toBe(0);
    expect(clock.longestMs).toBe(5);
  });

  test('work between two loops is part of the task before it, until something yields', async () => {
    const { clock, spend, yields } = setup();
    spend(6); // the last chunk of reading
    spend(5); // resolving the page, in the same task
    expect(clock.longestMs).toBe(11);
    await clock.maybeYield();
    expect(yields()).toBe(1);
    spend(4); // the next phase starts in a new task
    expect(clock.longestMs).toBe(11);
  });

  test('awaiting a module load ends the stretch: the load is not our task, the work after it is', async () => {
    const { clock, spend, yields } = setup();
    spend(6);
    // The browser fetches and compiles the module after we start waiting.
    const load = (async () => {
      await Promise.resolve();
      spend(200);
      return 7;
    })();
    expect(await clock.wait(load)).toBe(7);
    spend(5);
    expect(clock.longestMs).toBe(6);
    expect(yields()).toBe(0);
  });

  test("the page's own time while we wait is not counted as ours", async () => {
    const { clock, spend } = setup();
    spend(9);
    await clock.yield();
    spend(1);
    await clock.yield();
    expect(clock.longestMs).toBe(9);
  });

  test('chunks given their own turn (a pause) wait through it, not the pass’s yield, and the pause is not ours', async () => {
    const { clock, spend, yields } = setup();
    let paused = 0;
    const pause = async () => {
      paused++;
      spend(4); // the pause: idle time the collector may use
    };
    const chunk = clock.chunks(undefined, undefined, pause);
    const done = await runInChunks(
      [5, 5, 5],
      (ms) => {
        spend(ms);
      },
      chunk,
    );
    expect(done).toBe(true);
    expect(paused).toBe(1);
    expect(yields()).toBe(0);
    // The first two items make one 10 ms stretch; the pause ends it and the third starts the next.
    expect(clock.longestMs).toBe(10);
  });
});

describe('TaskClock on a loaded machine', () => {
  test('stretches that overrun their budget halve the next budget, down to the minimum', async () => {
    const { clock, spend } = setup(8);
    spend(30); // the thread was taken away in the middle of an item
    await clock.yield();
    expect(clock.budgetMs).toBe(4);
    spend(20);
    await clock.yield();
    expect(clock.budgetMs).toBe(2);
    for (let i = 0; i < 5; i++) {
      spend(20);
      await clock.yield();
    }
    expect(clock.budgetMs).toBe(1);
  });

  test('once stretches keep to their budget again, it grows back to the full budget and no further', async () => {
    const { clock, spend } = setup(8);
    spend(40);
    await clock.yield();
    expect(clock.budgetMs).toBe(4);
    for (let i = 0; i < 10; i++) {
      spend(clock.budgetMs);
      await clock.yield();
    }
    expect(clock.budgetMs).toBe(8);
  });
});

describe('the test build’s clock: what the longest stretch was made of', () => {
  test('the longest stretch is given per named step, so a report can say which step was long', async () => {
    const { clock, spend } = setup(8, ProfiledTaskClock);
    clock.step('find');
    spend(5);
    await clock.yield();
    clock.step('resolve');
    spend(2);
    clock.step('plan');
    spend(30);
    await clock.yield();
    spend(3); // still the plan, in the next stretch: shorter, so not the longest
    expect(clock.longestMs).toBe(32);
    expect(clock.longestSteps).toEqual({ resolve: 2, plan: 30 });
  });

  test('while the current stretch is the longest, its steps so far are given', () => {
    const { clock, spend } = setup(8, ProfiledTaskClock);
    clock.step('drop');
    spend(12);
    expect(clock.longestSteps).toEqual({ drop: 12 });
  });
});

describe('the test build’s clock: the thread time a job has taken', () => {
  test('is the sum of its stretches, the page’s turns between them left out', async () => {
    const { clock: plain, spend } = setup(8, ProfiledTaskClock);
    const clock = plain as ProfiledTaskClock;
    spend(5);
    await clock.yield(); // the page works 100 ms meanwhile
    spend(7);
    await clock.yield();
    spend(2.5); // the current stretch counts too
    expect(clock.busyMs).toBe(14.5);
  });

  test('per step, over every stretch, not only the longest', async () => {
    const { clock: plain, spend } = setup(8, ProfiledTaskClock);
    const clock = plain as ProfiledTaskClock;
    clock.step('find');
    spend(30);
    await clock.yield();
    spend(4); // still finding, in a shorter stretch
    clock.step('resolve');
    spend(3);
    await clock.yield();
    spend(1);
    expect(clock.stepTotals).toEqual({ find: 34, resolve: 4 });
    expect(clock.longestSteps).toEqual({ find: 30 });
  });
});

describe('the test build’s clock: the longest single item', () => {
  test('a stretch that was one long item (the thread taken away mid-item) says so', async () => {
    const { clock, spend } = setup(8, ProfiledTaskClock);
    for (let i = 0; i < 4; i++) {
      spend(1);
      clock.spent(); // the chunk loop reads the clock after every item
    }
    await clock.yield();
    spend(0.5);
    clock.spent();
    spend(40); // one item, during which the machine ran something else
    clock.spent();
    await clock.yield();
    expect(clock.longestMs).toBe(40.5);
    expect(clock.longestItemMs).toBe(40);
  });
});

describe('the test build’s clock: every long stretch, with when it ran', () => {
  test('each stretch of at least the threshold is told with its start, end and steps; the last one at finish', async () => {
    let t = 0;
    const told: [number, number, Record<string, number>][] = [];
    const clock = new ProfiledTaskClock(
      {
        budgetMs: 8,
        now: () => t,
        yieldToHost: async () => {
          t += 100;
        },
      },
      (start, end, steps) => told.push([start, end, steps]),
      10,
    );
    clock.step('find');
    t += 12;
    await clock.yield(); // 0–12: told
    t += 4;
    await clock.yield(); // 112–116: under the threshold
    clock.step('plan');
    t += 25; // 216–241, the job's last stretch: told only when the job is done
    expect(told).toEqual([[0, 12, { find: 12 }]]);
    clock.finish();
    expect(told).toEqual([
      [0, 12, { find: 12 }],
      [216, 241, { plan: 25 }],
    ]);
    expect(clock.longestMs).toBe(25);
  });
});

test('the shipped clock keeps no profile: nothing per step, no item', async () => {
  const { clock, spend } = setup();
  clock.step('plan');
  spend(30);
  await clock.yield();
  expect(clock.longestMs).toBe(30);
  expect(clock.longestSteps).toEqual({});
  expect(clock.longestItemMs).toBe(0);
});
