/**
 * The in-page frame sampler shared by the re-render e2e test and the bench's live-pages section: a string, so the
 * bundler's helpers never leak into the page it is evaluated in.
 */

/** Samples every animation frame for `ms`: in how many were `want` all marked on live text inside #live. */
export const SAMPLE_FRAMES = `(async (ms, want) => {
  const live = document.getElementById('live');
  let frames = 0;
  let marked = 0;
  const t0 = performance.now();
  await new Promise((resolve) => {
    const tick = () => {
      frames++;
      const got = new Set();
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('inline-context')) continue;
        for (const r of h) if (r.startContainer.isConnected && live.contains(r.startContainer)) got.add(r.toString());
      }
      if (want.every((w) => got.has(w))) marked++;
      if (performance.now() - t0 < ms) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  return { frames, marked };
})`;
