/**
 * Generated news-like pages for the benchmarks: paragraphs of Persian and English filler text with the
 * meeting's names, titles and topics sprinkled in (about one mention per 300 characters), some inside
 * inline markup (`<b>`, `<a>`). Deterministic (seeded), so runs compare.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const EN_WORDS =
  'the government said on tuesday that officials would meet again next week to discuss economic ties energy prices and regional security while analysts warned markets remained volatile after talks in the capital ended without agreement reporters were told'.split(
    ' ',
  );
const FA_WORDS =
  'دولت روز سه‌شنبه اعلام کرد که مقامات هفته آینده دوباره دیدار خواهند کرد تا درباره روابط اقتصادی قیمت انرژی و امنیت منطقه گفتگو کنند کارشناسان هشدار دادند بازارها پس از پایان مذاکرات در پایتخت بدون توافق همچنان بی‌ثبات است'.split(
    ' ',
  );
const EN_MENTIONS = [
  'Alexander Lukashenko',
  'Ayatollah Ali Khamenei',
  "Iran's President Ebrahim Raisi",
  'sanctions',
  'the North–South transport corridor',
  'Belarus',
  'nanotechnology',
  'the Supreme Leader',
];
const FA_MENTIONS = [
  'آیت‌الله خامنه‌ای',
  'لوکاشنکو',
  'تحریم‌های',
  'رئیس‌جمهور بلاروس',
  'کریدور شمال-جنوب',
  'علم و فناوری',
  'ایران',
];

/** An HTML page of about `chars` characters of markup and text. */
export function newsPage(chars: number, seed = 1): string {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const parts: string[] = [
    '<!doctype html><html><head><meta charset="utf-8"><meta property="article:published_time" content="2023-03-14">',
    '<title>News</title><style>.x{color:red}</style></head><body><header><nav><a href="/">Home</a> <a href="/w">World</a></nav></header><main>',
  ];
  let size = parts.join('').length;
  let n = 0;
  while (size < chars) {
    const persian = n % 2 === 1;
    const words = persian ? FA_WORDS : EN_WORDS;
    const mentions = persian ? FA_MENTIONS : EN_MENTIONS;
    const sentence: string[] = [];
    for (let i = 0; i < 60; i++) {
      if (random() < 0.02) {
        const m = pick(mentions);
        sentence.push(random() < 0.3 ? `<b>${m}</b>` : m);
      } else if (random() < 0.03) sentence.push(`<a href="/t">${pick(words)}</a>`);
      else sentence.push(pick(words));
    }
    const p = `<article${persian ? ' dir="rtl" lang="fa"' : ''}><h2>${pick(words)} ${pick(words)}</h2><p>${sentence.join(' ')}.</p><p>${sentence.slice(10).join(' ')}.</p></article>\n`;
    parts.push(p);
    size += p.length;
    n++;
  }
  parts.push('</main><script>window.x=1</script></body></html>');
  return parts.join('');
}

/** The plain text of {@link newsPage}'s paragraphs, for the matcher alone. */
export function newsText(chars: number, seed = 1): string[] {
  const html = newsPage(chars, seed);
  return html
    .split('\n')
    .map((line) => line.replace(/<[^>]+>/g, ' ').trim())
    .filter(Boolean);
}

/** `n` synthetic aliases that look like names (Latin and Persian letters), for scaling the automaton. */
export function syntheticAliases(n: number, seed = 7): string[] {
  const random = rng(seed);
  const latin = 'abcdefghijklmnoprstuvz';
  const persian = 'ابپتجچحخدرزسشصطعغفقکگلمنوهی';
  const word = (letters: string, len: number) =>
    Array.from({ length: len }, () => letters[Math.floor(random() * letters.length)]).join('');
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const letters = i % 2 ? persian : latin;
    const w = `${word(letters, 4 + Math.floor(random() * 5))} ${word(letters, 5 + Math.floor(random() * 5))}`;
    out.push(i % 2 ? w : w.replace(/^./, (c) => c.toUpperCase()));
  }
  return out;
}
