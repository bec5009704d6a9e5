/**
 * The page's publication date where real pages show it: visible bylines and datelines in every page
 * language, dates in the page's address, and which source wins.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DateReader, urlDate } from '../../lib/spot/date-text.ts';
import { MONTH_NAMES } from '../../lib/spot/month-names.ts';
import { plainTextDate, publicationDate } from '../../lib/spot/publication-date.ts';

const dates = new DateReader(MONTH_NAMES);

const load = (html: string) =>
  parseHTML(`<!doctype html><html>${html}</html>`).document as unknown as Document;

describe('dates written in text', () => {
  it.each([
    ['۲۲ اسفند ۱۴۰۱', 'Jalali, Persian digits'],
    ['دوشنبه ۲۲ اسفند ۱۴۰۱ - ۱۲:۳۰', 'Jalali with weekday and time'],
    ['1401/12/22', 'Jalali, numeric'],
    ['۱۴۰۱/۱۲/۲۲', 'Jalali, numeric in Persian digits'],
    ['March 13, 2023', 'English, month first'],
    ['13 March 2023', 'English, day first'],
    ['Mar. 13, 2023', 'English, abbreviated'],
    ['13 марта 2023 г.', 'Russian genitive'],
    ['13 сакавіка 2023', 'Belarusian'],
    ['١٣ مارس ٢٠٢٣', 'Arabic, Arabic-Indic digits'],
    ['13 آذار 2023', 'Arabic, Levantine month'],
    ['١٣ آذار/مارس ٢٠٢٣', 'Arabic, Levantine and Gregorian month names together'],
    ['13 مارس / آذار 2023', 'Arabic, the two names the other way round'],
    ['۱۳ مارس ۲۰۲۳', 'Persian, Gregorian month'],
    ['13. März 2023', 'German'],
    ['13 mars 2023', 'French'],
    ['13 Mart 2023', 'Turkish'],
    ['13.03.2023', 'day.month.year'],
    ['13/03/2023', 'day/month/year with an unambiguous day'],
    ['13-03-2023', "day-month-year with hyphens (a Lebanese portal's stamp)"],
    ['2023-03-13', 'ISO'],
  ])('reads %s (%s) as 13 March 2023', (text) => {
    expect(dates.datesInText(text).map((d) => d.iso)).toEqual(['2023-03-13']);
  });

  it('does not guess between day and month when both could be either', () => {
    expect(dates.datesInText('05/03/2023')).toEqual([]);
    expect(dates.datesInText('05-03-2023')).toEqual([]);
  });

  it("reads an all-number date day first on a page whose language writes it so (the page's <html lang>)", () => {
    expect(dates.datesInText('07/11/2006', 'fr').map((d) => d.iso)).toEqual(['2006-11-07']);
    expect(dates.datesInText('05-03-2023', 'de-DE').map((d) => d.iso)).toEqual(['2023-03-05']);
    expect(dates.datesInText('05/03/2023', 'en-GB').map((d) => d.iso)).toEqual(['2023-03-05']);
    // English pages write both ways; a page that does not say its language says nothing either.
    expect(dates.datesInText('05/03/2023', 'en')).toEqual([]);
    expect(dates.datesInText('05/03/2023', 'en-US')).toEqual([]);
    expect(dates.datesInText('05/03/2023', '')).toEqual([]);
    // An unambiguous day still wins, and the next text without a language is read as before.
    expect(dates.datesInText('03/13/2023', 'fr').map((d) => d.iso)).toEqual(['2023-03-13']);
    expect(dates.datesInText('07/11/2006')).toEqual([]);
  });

  it('does not take a date whose two month names disagree', () => {
    expect(dates.datesInText('13 آذار/أبريل 2023')).toEqual([]);
  });

  it('does not read dates that do not exist', () => {
    expect(dates.datesInText('30 اسفند 1401 and 30 February 2023 and 1401/13/01')).toEqual([]);
  });
});

describe('bylines and datelines', () => {
  it('reads an all-number byline by the page language: 07/11/2006 is 7 November on a French page', () => {
    const page = (lang: string) =>
      parseHTML(
        `<!doctype html><html lang="${lang}"><body><article><div class="date">07/11/2006</div><p>Texte.</p></article></body></html>`,
      ).document as unknown as Document;
    expect(publicationDate(page('fr'), dates)).toBe('2006-11-07');
    expect(publicationDate(page('en'), dates)).toBeNull();
  });

  it('takes a short byline line and a dateline that opens a paragraph', () => {
    expect(dates.datelineDate('Published: 13 Mar 2023 10:15 GMT')).toBe('2023-03-13');
    expect(
      dates.datelineDate(
        'TEHRAN, March 13, 2023 (IRNA) — The Belarusian President met the Leader of the Islamic Revolution in the capital.',
      ),
    ).toBe('2023-03-13');
  });

  it('takes a Russian agency dateline whose date ends with a full stop before the dash', () => {
    expect(
      dates.datelineDate(
        'Москва. 20 августа 2025. - Белоруссия считает санкции экономическим терроризмом, заявил Лукашенко после переговоров в Минске.',
      ),
    ).toBe('2025-08-20');
    expect(
      dates.datelineDate(
        'Минск, 13 марта 2023 г. — Лукашенко прибыл в Тегеран с официальным визитом на два дня.',
      ),
    ).toBe('2023-03-13');
  });

  it('does not take a date inside a sentence of the story', () => {
    expect(
      dates.datelineDate(
        'On 13 March 2023, Lukashenko met the Leader of the Islamic Revolution in Tehran and talked for hours about the corridor.',
      ),
    ).toBeNull();
  });

  it('reads a plain-text page’s byline among its first lines', () => {
    expect(plainTextDate('Lukashenko in Tehran\n۲۲ اسفند ۱۴۰۱\n\nرئیس‌جمهور بلاروس …', dates)).toBe(
      '2023-03-13',
    );
    expect(plainTextDate('Lukashenko in Tehran\n\nA long story with no date at all.', dates)).toBeNull();
  });
});

describe('dates in the address', () => {
  it('reads /2023/03/13/, /2023-03-13-slug and Jalali /1401/12/22/', () => {
    expect(urlDate('https://example.com/world/2023/03/13/lukashenko-tehran')).toBe('2023-03-13');
    expect(urlDate('https://example.com/a/2023-03-13-lukashenko-visit')).toBe('2023-03-13');
    expect(urlDate('https://example.ir/fa/news/1401/12/22/123456')).toBe('2023-03-13');
    expect(urlDate('https://example.com/id/20230313123')).toBeNull();
  });
});

describe('publicationDate: the most authoritative source wins', () => {
  const byline = '<div class="byline">By A. Writer · 14 March 2023</div>';
  const canonical = '<link rel="canonical" href="https://example.com/2023/03/15/story">';

  it('meta beats the <time datetime>, which beats the visible byline, which beats the address', () => {
    const meta = '<meta property="article:published_time" content="2023-03-12T09:00:00Z">';
    const time = '<time datetime="2023-03-13">13 March</time>';
    expect(
      publicationDate(
        load(`<head>${meta}${canonical}</head><body><article>${byline}${time}</article></body>`),
        dates,
      ),
    ).toBe('2023-03-12');
    expect(
      publicationDate(
        load(`<head>${canonical}</head><body><article>${byline}${time}</article></body>`),
        dates,
      ),
    ).toBe('2023-03-13');
    expect(
      publicationDate(
        load(`<head>${canonical}</head><body><article>${byline}<p>Text.</p></article></body>`),
        dates,
      ),
    ).toBe('2023-03-14');
    expect(
      publicationDate(load(`<head>${canonical}</head><body><article><p>Text.</p></article></body>`), dates),
    ).toBe('2023-03-15');
  });

  it('reads a Persian byline in Jalali and an og:url with a date', () => {
    expect(
      publicationDate(
        load('<body><article><span class="news-date">۲۲ اسفند ۱۴۰۱ - ۱۲:۳۰</span></article></body>'),
        dates,
      ),
    ).toBe('2023-03-13');
    expect(
      publicationDate(
        load('<head><meta property="og:url" content="https://example.ir/news/1401/12/22/9"></head>'),
        dates,
      ),
    ).toBe('2023-03-13');
  });

  it("reads the date in an article's info line ('Giriş Tarihi:' in a div.info, as Turkish portals print it)", () => {
    const info =
      '<div class="info">Giriş Tarihi: 11 Haziran 2022 23:48 Son Güncelleme: 12 Haziran 2022 00:21</div>';
    expect(
      publicationDate(
        load(`<body><article><h1>Hamaney Maduro'yu kabul etti</h1>${info}<p>Metin.</p></article></body>`),
        dates,
      ),
    ).toBe('2022-06-11');
  });

  it('reads a dateline opening the first paragraph, not a date told in the story', () => {
    expect(
      publicationDate(
        load(
          '<body><article><p>MINSK, 13 March 2023 – Lukashenko flew to Tehran for talks with the Leader.</p></article></body>',
        ),
        dates,
      ),
    ).toBe('2023-03-13');
    expect(
      publicationDate(
        load(
          '<body><article><p>A year after the talks of 13 March 2023 in Tehran, the two sides met again in Minsk to review them.</p></article></body>',
        ),
        dates,
      ),
    ).toBeNull();
  });
});
