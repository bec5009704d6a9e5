/**
 * Step generators: the long loops of the engine, the quote linker and the page logic `yield` once per unit of
 * work, so a content script can pause between units (lib/page/chunk-runner.ts `runSteps`). Where nothing needs
 * to pause (the CLI, tests, a small page), {@link finishSteps} runs one to its end at once.
 */

/** Runs a step generator to its end at once and returns its result. */
export function finishSteps<R>(steps: Generator<void, R>): R {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
