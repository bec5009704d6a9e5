import { describe, expect, it } from 'vitest';
import {
  findInBlocks,
  type PageContext,
  passAnchors,
  resolveMatches,
  spotBlocks,
} from '../../lib/spot/index.ts';
import { spotter } from './spot-helpers.ts';

/** What a reader would see on a one-block page: `entity:text` (and `~` for low confidence). */
function shown(text: string, ctx: PageContext = { publishedAt: null }): string[] {
  return spotter
    .resolve(spotter.findCandidates(text), ctx)
    .map((c) => spotter.toMatch(c))
    .map((m) => (m ? `${m.entity}:${m.text}${m.confidence === 'low' ? '~' : ''}` : 'null'));
}

describe('who a title means', () => {
  it('links a title to the holder on the page date', () => {
    expect(shown('the Supreme Leader said', { publishedAt: '2023-03-13' })).toEqual([
      'ali-khamenei:Supreme Leader',
    ]);
    expect(shown('رئیس جمهور گفت', { publishedAt: '2023-03-13' })).toEqual(['ebrahim-raisi:رئیس جمهور']);
    expect(shown('President of Belarus', { publishedAt: '2026-03-10' })).toEqual([
      'alexander-lukashenko:President of Belarus',
    ]);
  });

  it('does not link a title when no meeting person held the office on the page date', () => {
    expect(shown('the Supreme Leader said', { publishedAt: '2026-03-10' })).toEqual([]);
    expect(shown("Iran's President said", { publishedAt: '2025-01-01' })).toEqual([]);
    expect(shown("Iran's President said", { publishedAt: '2020-01-01' })).toEqual([]);
  });

  it("does not link a title that describes another of the office's holders named beside it", () => {
    // Undated: the title would otherwise be the holder on the meeting's date, Ali Khamenei.
    expect(shown('2026 – Ali Khamenei is killed; Mojtaba Khamenei becomes Supreme Leader.')).toEqual([
      'ali-khamenei:Ali Khamenei',
      'mojtaba-khamenei:Mojtaba Khamenei',
    ]);
    expect(shown('Supreme Leader Mojtaba Khamenei spoke.')).toEqual(['mojtaba-khamenei:Mojtaba Khamenei']);
    expect(shown('Моджтаба Хаменеи стал верховным лидером.')).toEqual(['mojtaba-khamenei:Моджтаба Хаменеи']);
    expect(shown('Modschtaba Chamenei wird Oberster Führer.')).toEqual([
      'mojtaba-khamenei:Modschtaba Chamenei',
    ]);
  });

  it('still links a title beside its holder, or beside someone who never held the office', () => {
    expect(shown('Supreme Leader Ali Khamenei spoke.')).toEqual([
      'ali-khamenei:Supreme Leader~',
      'ali-khamenei:Ali Khamenei',
    ]);
    // «совет верховного лидера Лукашенко»: the Leader's advice to Lukashenko, a genitive chain.
    expect(shown('Совет верховного лидера Лукашенко понравился.', { publishedAt: '2023-03-14' })).toEqual([
      'ali-khamenei:верховного лидера',
      'alexander-lukashenko:Лукашенко',
    ]);
  });

  it("does not link a title with a first-person possessive: «رئیس‌جمهور ما», the speaker's own country's", () => {
    const ctx = { publishedAt: '2024-03-12' };
    expect(shown('رهبر انقلاب در دیدار با رئیس‌جمهور ما گفتند', ctx)).toEqual(['ali-khamenei:رهبر انقلاب']);
    expect(shown('رهبر انقلاب در دیدار با رئیس‌جمهور گفتند', ctx)).toEqual([
      'ali-khamenei:رهبر انقلاب',
      'ebrahim-raisi:رئیس‌جمهور',
    ]);
  });

  it('a plural title names several people: «Президенты Белоруссии и Ирана» are the two countries', () => {
    const ctx = { publishedAt: '2023-03-13' };
    expect(shown('Президенты Белоруссии и Ирана подписали дорожную карту.', ctx)).toEqual([
      'belarus:Белоруссии',
      'iran:Ирана',
      'agreements-schedule:дорожную карту',
    ]);
    expect(shown('Президенты ИРИ и Беларуси подписали карту.', ctx)).toEqual([
      'iran:ИРИ',
      'belarus:Беларуси',
    ]);
    // The singular in any case, Belarusian instrumental «-ам» included, is still the office.
    expect(shown('Лукашенко встретился с президентом Ирана.', ctx)).toContain(
      'ebrahim-raisi:президентом Ирана',
    );
    expect(shown('Лукашэнка сустрэўся з прэзідэнтам Ірана.', ctx)).toContain(
      'ebrahim-raisi:прэзідэнтам Ірана',
    );
  });

  it('«глава Исламской республики» is the President of Iran, not a mention of Iran', () => {
    expect(
      shown('Лукашенко встретился с главой Исламской республики в Самарканде.', {
        publishedAt: '2022-09-16',
      }),
    ).toEqual(['alexander-lukashenko:Лукашенко', 'ebrahim-raisi:главой Исламской республики']);
  });

  it('links a title on an undated page with low confidence, a name with high', () => {
    expect(shown('the Supreme Leader and Ebrahim Raisi')).toEqual([
      'ali-khamenei:Supreme Leader~',
      'ebrahim-raisi:Ebrahim Raisi',
    ]);
  });
});

describe('the Mojtaba rule', () => {
  it('never links Mojtaba Khamenei to Ali', () => {
    expect(shown('Mojtaba Khamenei')).toEqual(['mojtaba-khamenei:Mojtaba Khamenei']);
    expect(shown('مجتبی خامنه‌ای')).toEqual(['mojtaba-khamenei:مجتبی خامنه‌ای']);
    expect(shown('Моджтаба Хаменеи')).toEqual(['mojtaba-khamenei:Моджтаба Хаменеи']);
  });

  it('links a bare Khamenei after Mojtaba Khamenei to Mojtaba, in any language', () => {
    const ctx = { publishedAt: '2026-03-09' };
    expect(shown('Mojtaba Khamenei was chosen. Khamenei said', ctx)).toEqual([
      'mojtaba-khamenei:Mojtaba Khamenei',
      'mojtaba-khamenei:Khamenei',
    ]);
    expect(shown('مجتبی خامنه‌ای انتخاب شد. خامنه‌ای گفت', ctx)).toEqual([
      'mojtaba-khamenei:مجتبی خامنه‌ای',
      'mojtaba-khamenei:خامنه‌ای',
    ]);
    expect(shown('Моджтаба Хаменеи избран. Хаменеи сказал', ctx)).toEqual([
      'mojtaba-khamenei:Моджтаба Хаменеи',
      'mojtaba-khamenei:Хаменеи',
    ]);
  });

  it('does not link a bare Khamenei before Mojtaba is named to Ali, without a clue for Ali', () => {
    const ctx = { publishedAt: '2026-03-09' };
    expect(shown('Khamenei said. Mojtaba Khamenei was chosen', ctx)).toEqual([
      'mojtaba-khamenei:Mojtaba Khamenei',
    ]);
  });

  it('links a bare Khamenei to Ali when the page also names Ali or is about the 2023 meeting', () => {
    expect(shown('Ali Khamenei, father of Mojtaba Khamenei. Khamenei said')).toEqual([
      'ali-khamenei:Ali Khamenei',
      'mojtaba-khamenei:Mojtaba Khamenei',
      'ali-khamenei:Khamenei',
    ]);
    expect(
      shown('Lukashenko met Khamenei; his son Mojtaba Khamenei', { publishedAt: '2023-03-13' }),
    ).toContain('ali-khamenei:Khamenei');
  });

  it('links a bare Khamenei to Ali on a page that does not name Mojtaba', () => {
    expect(shown('Khamenei met Lukashenko', { publishedAt: '2023-03-13' })).toEqual([
      'ali-khamenei:Khamenei',
      'alexander-lukashenko:Lukashenko',
    ]);
  });
});

/** The same over a page of several blocks (paragraphs), in reading order. */
function shownInBlocks(blocks: string[], ctx: PageContext = { publishedAt: null }): string[] {
  return spotBlocks(
    blocks.map((text) => ({ text })),
    spotter,
    ctx,
  ).map((m) => `${m.entity}:${m.text}`);
}

describe('a bare surname means the person the text introduced', () => {
  it('a profile of Hadi Khamenei: the bare surname after his full name is not Ali, in every language', () => {
    expect(
      shownInBlocks([
        'Hadi Khamenei is a cleric and the younger brother of Ayatollah Ali Khamenei.',
        'In the 1990s Khamenei edited newspapers.',
      ]),
    ).toEqual(['ali-khamenei:Ayatollah Ali Khamenei']);
    expect(
      shownInBlocks([
        'سید هادی خامنه‌ای روحانی است. او برادر کوچک‌تر آیت‌الله سیدعلی خامنه‌ای است.',
        'خامنه‌ای در مجلس ششم نماینده تهران بود.',
      ]),
    ).toEqual(['ali-khamenei:آیت‌الله سیدعلی خامنه‌ای']);
    expect(
      shownInBlocks(['Hadi Chamenei ist Geistlicher.', 'Chamenei tritt heute kaum noch öffentlich auf.']),
    ).toEqual([]);
  });

  it("a paragraph's subject is its first full name: the surname in the next one is Mojtaba, not Ali", () => {
    const ctx = { publishedAt: '2026-03-09' };
    expect(
      shownInBlocks(
        [
          'Der Expertenrat hat Modschtaba Chamenei bestimmt. Ali Chamenei war am 28. Februar getötet worden.',
          'Als Oberster Führer hat Chamenei nun das letzte Wort.',
        ],
        ctx,
      ),
    ).toEqual([
      'mojtaba-khamenei:Modschtaba Chamenei',
      'ali-khamenei:Ali Chamenei',
      'mojtaba-khamenei:Chamenei',
    ]);
    expect(shownInBlocks(['Hamid Raisi, a footballer, met Ebrahim Raisi. Raisi praised him.'])).toEqual([
      'ebrahim-raisi:Ebrahim Raisi',
    ]);
  });

  it("a person named as someone's relative is not the subject: «старший сын политика Виктор Лукашенко»", () => {
    expect(
      shownInBlocks([
        'Александр Лукашенко прибыл в Тегеран.',
        'В делегации был и старший сын политика Виктор Лукашенко.',
        'Лукашенко провёл переговоры.',
      ]),
    ).toEqual(['alexander-lukashenko:Александр Лукашенко', 'alexander-lukashenko:Лукашенко']);
    expect(
      shownInBlocks(
        ['Моджтабе Хаменеи 56 лет. Он второй сын Али Хаменеи.', 'Фамилия лидера останется Хаменеи.'],
        {
          publishedAt: '2026-03-09',
        },
      ),
    ).toEqual(['mojtaba-khamenei:Моджтабе Хаменеи', 'ali-khamenei:Али Хаменеи', 'mojtaba-khamenei:Хаменеи']);
  });

  it("a relative's bare surname («le fils de Khamenei», «الابن الثاني لخامنئي») is not the subject either", () => {
    const ctx = { publishedAt: '2026-03-09' };
    expect(
      shownInBlocks(
        [
          'Mojtaba Khamenei succède à son père, Ali Khamenei.',
          'Âgé de 56 ans, le fils de Khamenei est discret.',
        ],
        ctx,
      ),
    ).toEqual(['mojtaba-khamenei:Mojtaba Khamenei', 'ali-khamenei:Ali Khamenei', 'ali-khamenei:Khamenei']);
    expect(
      shownInBlocks(['اختار المجلس مجتبى خامنئي خلفاً لوالده علي خامنئي.', 'وهو الابن الثاني لخامنئي.'], ctx),
    ).toEqual(['mojtaba-khamenei:مجتبى خامنئي', 'ali-khamenei:علي خامنئي', 'ali-khamenei:خامنئي']);
  });

  it('a paragraph added after the first scan reads the surname as a full scan of the page does', () => {
    const ctx = { publishedAt: '2026-03-09' };
    const page = [
      'Mojtaba Khamenei was chosen as Leader. Ali Khamenei, his father, was killed in February.',
      'Lukashenko congratulated the new Leader.',
      'Khamenei has never held an elected office.',
    ].map((text) => ({ text }));
    const full = spotBlocks(page, spotter, ctx).filter((m) => m.block === 2);
    // The content script's partial pass: the full pass over the first two blocks, then the third alone.
    const anchors = passAnchors(spotter, findInBlocks(page.slice(0, 2), spotter));
    const partial = resolveMatches(spotter, [...anchors, ...findInBlocks(page.slice(2), spotter)], ctx);
    expect(full.map((m) => `${m.entity}:${m.text}`)).toEqual(['mojtaba-khamenei:Khamenei']);
    expect(partial.map((m) => `${m.entity}:${m.text}`)).toEqual(['mojtaba-khamenei:Khamenei']);
  });
});

describe('what a page shows', () => {
  it('shows nothing on an unrelated article about US sanctions on another country', () => {
    expect(shown('The US imposed new sanctions on Venezuela, targeting trade and Russia.')).toEqual([]);
    expect(shown('آمریکا تحریم‌های تازه‌ای علیه ونزوئلا وضع کرد')).toEqual([]);
  });

  it('shows topics and places once a meeting person, Belarus or the corridor is on the page', () => {
    expect(shown('Belarus and Iran discussed sanctions')).toEqual([
      'belarus:Belarus',
      'iran:Iran',
      'sanctions:sanctions',
    ]);
    expect(shown('The North-South corridor will boost trade')).toEqual([
      'instc:North-South corridor',
      'trade:trade',
    ]);
  });

  it('a bare "Mińsk" on a page about Mińsk Mazowiecki is the Polish town: no Belarus, so no places either', () => {
    expect(
      shownInBlocks([
        'Mińsk Mazowiecki is a town east of Warsaw, twinned with a town in the US.',
        'The locals call Mińsk simply "the town".',
      ]),
    ).toEqual([]);
    // The same page naming Belarus (or a meeting person) keeps the city.
    expect(
      shownInBlocks(['Mińsk Mazowiecki is a town near Warsaw.', 'Belarus and Mińsk are further east.']),
    ).toEqual(['belarus:Belarus', 'belarus:Mińsk']);
  });

  it('always shows people, even on a page with nothing else of the meeting', () => {
    expect(shown('Mojtaba Khamenei and sanctions')).toEqual(['mojtaba-khamenei:Mojtaba Khamenei']);
  });
});

describe('a topic word that is a whole block is a label', () => {
  it('a section label or menu item is not the meeting’s topic on a page that names none of its people', () => {
    // A Belarusian science story: the site's "Science" section above it, Belarus in an institute's name.
    expect(
      shownInBlocks([
        'Грамадства',
        'Навука',
        'Культура',
        'Інстытут фізікі акадэміі навук Беларусі атрымаў мікраскоп.',
      ]),
    ).toEqual(['belarus:Беларусі']);
    expect(shownInBlocks(['Sanctions', 'Belarus plans a new potash terminal on the Baltic.'])).toEqual([
      'belarus:Belarus',
    ]);
  });

  it('the same one-word subheading is the topic on a page about the meeting, in any language', () => {
    expect(
      shownInBlocks([
        'Lukaşenko Tahran’da Hamaney ile görüştü.',
        'YAPTIRIMLAR',
        'İki ülke işbirliğini konuştu.',
      ]),
    ).toContain('sanctions:YAPTIRIMLAR');
    expect(
      shownInBlocks([
        'Sanctions',
        'Khamenei told Lukashenko that sanctioned countries should work together.',
      ]),
    ).toContain('sanctions:Sanctions');
  });

  it('a topic inside a sentence is not a label: it needs no meeting person beyond what topics always need', () => {
    expect(shownInBlocks(['Belarus faces new sanctions over potash.'])).toContain('sanctions:sanctions');
  });
});
