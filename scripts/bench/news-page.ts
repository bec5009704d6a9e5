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

/**
 * Ordinary news vocabulary per page language, none of it the meeting's (checked when the bench runs: a page
 * of it alone has no candidates). Football, weather, markets, city life.
 */
const EVERYDAY: Record<string, string> = {
  en: 'the city council said on tuesday that the new stadium would open next spring while local traders complained about rising rents and commuters faced delays after heavy rain flooded two stations fans of the football club queued for tickets as the weather service warned of storms along the coast',
  fa: 'شورای شهر روز سه‌شنبه گفت که ورزشگاه تازه بهار آینده باز می‌شود و کاسبان محلی از بالا رفتن اجاره گله کردند مسافران پس از باران سنگین که دو ایستگاه را آب گرفت معطل ماندند هواداران باشگاه فوتبال برای بلیت صف کشیدند و سازمان هواشناسی درباره طوفان در کرانه هشدار داد',
  ru: 'городской совет во вторник сообщил что новый стадион откроется следующей весной а местные торговцы жаловались на рост арендной платы пассажиры ждали поездов после сильного дождя который затопил две станции болельщики футбольного клуба стояли в очереди за билетами метеослужба предупредила о штормах на побережье',
  ar: 'قال مجلس المدينة يوم الثلاثاء إن الملعب الجديد سيفتح في الربيع المقبل بينما اشتكى التجار المحليون من ارتفاع الإيجارات وتأخر الركاب بعد أن أغرقت الأمطار الغزيرة محطتين ووقف مشجعو نادي كرة القدم في طوابير لشراء التذاكر وحذرت هيئة الأرصاد من عواصف على الساحل',
  de: 'der stadtrat teilte am dienstag mit dass das neue stadion im kommenden frühjahr öffnen werde während örtliche händler über steigende mieten klagten pendler warteten nach starkem regen der zwei bahnhöfe überflutete die anhänger des fußballvereins standen für karten an und der wetterdienst warnte vor stürmen an der küste',
  fr: 'le conseil municipal a indiqué mardi que le nouveau stade ouvrirait au printemps prochain tandis que les commerçants locaux se plaignaient de la hausse des loyers les usagers ont attendu après de fortes pluies qui ont inondé deux gares les supporters du club de football ont fait la queue pour des billets et la météo a annoncé des tempêtes sur la côte',
  tr: 'belediye meclisi salı günü yeni stadyumun gelecek bahar açılacağını söyledi yerel esnaf artan kiralardan yakındı yolcular şiddetli yağmurun iki istasyonu su basmasının ardından bekledi futbol kulübünün taraftarları bilet için kuyruğa girdi ve meteoroloji kıyıda fırtına uyarısı yaptı',
};

/** One mention per page language, for the few blocks of {@link realisticNewsPage} that name the meeting. */
const MENTION_OF: Record<string, readonly string[]> = {
  en: EN_MENTIONS,
  fa: FA_MENTIONS,
  ru: ['Александр Лукашенко', 'аятолла Хаменеи', 'санкций', 'Белоруссии'],
  ar: ['علي خامنئي', 'لوكاشينكو', 'العقوبات'],
  de: ['Alexander Lukaschenko', 'Ajatollah Chamenei', 'Sanktionen'],
  fr: ['Alexandre Loukachenko', 'l’ayatollah Khamenei', 'sanctions'],
  tr: ['Aleksandr Lukaşenko', 'Ayetullah Hamaney', 'yaptırımlar'],
};

/**
 * A page like the ones the extension meets most: long ordinary news text in seven languages (English, Persian,
 * Russian, Arabic, German, French, Turkish) with navigation, headings, paragraphs, lists of related links and
 * a footer, where about one block in a hundred names someone or something from the meeting. Deterministic.
 */
export function realisticNewsPage(chars: number, seed = 3, mentionRate = 0.01): string {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const langs = Object.keys(EVERYDAY);
  const words = Object.fromEntries(langs.map((l) => [l, (EVERYDAY[l] as string).split(' ')]));
  const phrase = (lang: string, n: number, mention: boolean) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(pick(words[lang] as string[]));
    if (mention) out.splice(Math.floor(random() * n), 0, pick(MENTION_OF[lang] as string[]));
    if (random() < 0.3)
      out.splice(Math.floor(random() * n), 0, `<a href="/t">${pick(words[lang] as string[])}</a>`);
    return out.join(' ');
  };
  const parts: string[] = [
    '<!doctype html><html><head><meta charset="utf-8"><meta property="article:published_time" content="2023-03-14">',
    '<title>News</title><style>.x{color:red}</style></head><body><header><nav><ul>',
    ...['Home', 'World', 'Business', 'Sport', 'Culture'].map((w) => `<li><a href="/${w}">${w}</a></li>`),
    '</ul></nav></header><main>',
  ];
  let size = parts.join('').length;
  let blocks = 0;
  let mentions = 0;
  while (size < chars) {
    const lang = pick(langs);
    const rtl = lang === 'fa' || lang === 'ar';
    // A block names the meeting when the running rate falls behind: exactly about `mentionRate` of blocks.
    const due = () => {
      blocks++;
      if (mentions < blocks * mentionRate) {
        mentions++;
        return true;
      }
      return false;
    };
    const paragraphs = [1, 2, 3, 4].map(
      () => `<p>${phrase(lang, 60 + Math.floor(random() * 40), due())}.</p>`,
    );
    const related = [1, 2, 3].map(() => `<li><a href="/r">${phrase(lang, 6, due())}</a></li>`);
    const p = `<article${rtl ? ` dir="rtl"` : ''} lang="${lang}"><h2>${phrase(lang, 5, due())}</h2>${paragraphs.join('')}<aside><ul>${related.join('')}</ul></aside></article>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('<footer><p>© News</p></footer></main><script>window.x=1</script></body></html>');
  return parts.join('');
}
