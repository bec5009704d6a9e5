/**
 * The default list of news sites the extension runs on: major outlets that covered the Khamenei–Lukashenko
 * meeting of 13 March 2023. This file is the one place the list is documented; the manifest's
 * `host_permissions` and the content script's `matches` are both derived from it, so they cannot drift apart.
 *
 * To add an outlet: add a record below (host without `www.`; subdomains are covered automatically), then
 * rebuild. Users can add or turn off sites in the options page without touching this list.
 */

/** Where an outlet is based, used to group the list in the options page. */
export type NewsCountry = 'IR' | 'BY' | 'RU' | 'INT';

/** One outlet of the default list. */
export interface NewsSite {
  /** Registrable host, no scheme or `www.`; every subdomain is included. */
  host: string;
  /** The outlet's name as readers know it. */
  name: string;
  /** Where it is based; `INT` for international outlets. */
  country: NewsCountry;
  /** BCP 47 codes of the languages it publishes in that matter here. */
  languages: readonly string[];
}

/** The default list, grouped by country. */
export const NEWS_SITES: readonly NewsSite[] = [
  // Iran: state agencies, the Leader's and the President's offices, dailies.
  { host: 'irna.ir', name: 'IRNA', country: 'IR', languages: ['fa', 'en', 'ru'] },
  { host: 'tasnimnews.com', name: 'Tasnim News', country: 'IR', languages: ['fa', 'en'] },
  { host: 'farsnews.ir', name: 'Fars News', country: 'IR', languages: ['fa', 'en'] },
  { host: 'mehrnews.com', name: 'Mehr News', country: 'IR', languages: ['fa', 'en'] },
  { host: 'isna.ir', name: 'ISNA', country: 'IR', languages: ['fa', 'en'] },
  { host: 'presstv.ir', name: 'Press TV', country: 'IR', languages: ['en'] },
  { host: 'tehrantimes.com', name: 'Tehran Times', country: 'IR', languages: ['en'] },
  {
    host: 'khamenei.ir',
    name: 'Khamenei.ir (Office of the Supreme Leader)',
    country: 'IR',
    languages: ['fa', 'en', 'ru'],
  },
  { host: 'leader.ir', name: 'Leader.ir', country: 'IR', languages: ['fa', 'en', 'ru'] },
  { host: 'president.ir', name: 'President.ir', country: 'IR', languages: ['fa', 'en'] },
  { host: 'hamshahrionline.ir', name: 'Hamshahri Online', country: 'IR', languages: ['fa'] },
  { host: 'entekhab.ir', name: 'Entekhab', country: 'IR', languages: ['fa'] },
  // Belarus: state agency and presidency, state daily, independent outlets (some in exile).
  { host: 'belta.by', name: 'BelTA', country: 'BY', languages: ['ru', 'be', 'en'] },
  { host: 'president.gov.by', name: 'President of Belarus', country: 'BY', languages: ['ru', 'be', 'en'] },
  { host: 'sb.by', name: 'SB. Belarus Segodnya', country: 'BY', languages: ['ru'] },
  { host: 'zerkalo.io', name: 'Zerkalo (formerly TUT.BY)', country: 'BY', languages: ['ru', 'be'] },
  { host: 'nashaniva.com', name: 'Nasha Niva', country: 'BY', languages: ['be', 'ru'] },
  { host: 'charter97.org', name: 'Charter 97', country: 'BY', languages: ['ru', 'be', 'en'] },
  { host: 'euroradio.fm', name: 'Euroradio', country: 'BY', languages: ['be', 'ru'] },
  // Russia: agencies, business dailies, state TV, and an independent outlet.
  { host: 'tass.ru', name: 'TASS', country: 'RU', languages: ['ru'] },
  { host: 'tass.com', name: 'TASS (English)', country: 'RU', languages: ['en'] },
  { host: 'ria.ru', name: 'RIA Novosti', country: 'RU', languages: ['ru'] },
  { host: 'rbc.ru', name: 'RBC', country: 'RU', languages: ['ru'] },
  { host: 'kommersant.ru', name: 'Kommersant', country: 'RU', languages: ['ru'] },
  { host: 'interfax.ru', name: 'Interfax', country: 'RU', languages: ['ru'] },
  { host: 'rt.com', name: 'RT', country: 'RU', languages: ['en', 'ru'] },
  { host: 'lenta.ru', name: 'Lenta.ru', country: 'RU', languages: ['ru'] },
  { host: 'meduza.io', name: 'Meduza', country: 'RU', languages: ['ru', 'en'] },
  // International: wires, broadcasters and papers with Persian or Russian services that covered the visit.
  { host: 'reuters.com', name: 'Reuters', country: 'INT', languages: ['en'] },
  { host: 'apnews.com', name: 'Associated Press', country: 'INT', languages: ['en'] },
  { host: 'aljazeera.com', name: 'Al Jazeera', country: 'INT', languages: ['en'] },
  {
    host: 'bbc.com',
    name: 'BBC (incl. BBC Persian, BBC Russian)',
    country: 'INT',
    languages: ['en', 'fa', 'ru'],
  },
  { host: 'bbc.co.uk', name: 'BBC (UK)', country: 'INT', languages: ['en'] },
  { host: 'theguardian.com', name: 'The Guardian', country: 'INT', languages: ['en'] },
  { host: 'nytimes.com', name: 'The New York Times', country: 'INT', languages: ['en'] },
  { host: 'washingtonpost.com', name: 'The Washington Post', country: 'INT', languages: ['en'] },
  { host: 'france24.com', name: 'France 24', country: 'INT', languages: ['en', 'fa'] },
  { host: 'dw.com', name: 'Deutsche Welle', country: 'INT', languages: ['en', 'fa', 'ru'] },
  { host: 'euronews.com', name: 'Euronews', country: 'INT', languages: ['en', 'fa', 'ru'] },
  {
    host: 'rferl.org',
    name: 'Radio Free Europe/Radio Liberty',
    country: 'INT',
    languages: ['en', 'ru', 'be'],
  },
  { host: 'radiofarda.com', name: 'Radio Farda', country: 'INT', languages: ['fa'] },
  { host: 'iranintl.com', name: 'Iran International', country: 'INT', languages: ['fa', 'en'] },
  { host: 'al-monitor.com', name: 'Al-Monitor', country: 'INT', languages: ['en'] },
];

/** The hosts of {@link NEWS_SITES}, in list order. */
export const NEWS_SITE_HOSTS: string[] = NEWS_SITES.map((s) => s.host);

/**
 * Match patterns for the default list: each host and all its subdomains, over http and https
 * (`*://*.host/*` does not match the bare host, hence both patterns). Used for the content script's
 * `matches` and the manifest's `host_permissions`.
 */
export const NEWS_SITE_MATCHES: string[] = NEWS_SITE_HOSTS.flatMap((h) => [`*://*.${h}/*`, `*://${h}/*`]);
