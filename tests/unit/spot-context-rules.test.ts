/**
 * The rules that read the words around a mention (lib/spot/context-rules.ts), one behaviour per test, in
 * each language the rule has words for. `linked(text)` is what a reader sees on a one-block page dated on
 * the meeting's day: `entity:text` for every mark.
 */
import { describe, expect, it } from 'vitest';
import { scriptOf } from '../../lib/spot/char-class.ts';
import { LEXICONS } from '../../lib/spot/lexicon/index.ts';
import { scriptLexicon } from '../../lib/spot/script-lexicon.ts';
import { titleOfSomeoneElse } from '../../lib/spot/title-rule.ts';
import { spotter } from './spot-helpers.ts';

function linked(text: string, publishedAt: string | null = '2023-03-13'): string[] {
  return spotter
    .resolve(spotter.findCandidates(text), { publishedAt })
    .map((c) => spotter.toMatch(c))
    .filter((m) => m !== null)
    .map((m) => `${m.entity}:${m.text}`);
}

/** The people a text links to (places and topics left out). */
function people(text: string, publishedAt?: string | null): string[] {
  return linked(text, publishedAt).filter((m) =>
    /^(ali-khamenei|ebrahim-raisi|alexander-lukashenko|mojtaba-khamenei):/.test(m),
  );
}

describe('a title is a noun phrase: a head that makes it someone else', () => {
  it('a deputy of the President is not the President', () => {
    expect(people("Iran's first vice president spoke; the deputy Supreme Leader did not.")).toEqual([]);
    expect(people('«معاون رئیس‌جمهور» و معاون اول رئیس‌جمهور گفتند')).toEqual([]);
    expect(people('первый вице-президент Ирана заявил')).toEqual([]);
  });

  it('Arabic: an adviser after "and" written on the word («ومستشار المرشد الأعلى») is still an adviser', () => {
    expect(people('التقى مخبر ومستشار المرشد الأعلى علي أكبر ولايتي')).toEqual([]);
  });

  it("the President's office, adviser and spokesman are not the President", () => {
    expect(people("the Iranian president's office said")).toEqual([]);
    expect(people('an adviser to the Supreme Leader said')).toEqual([]);
    expect(people('the office of the Supreme Leader said')).toEqual([]);
    expect(people('دفتر رهبر انقلاب اعلام کرد')).toEqual([]);
    expect(people('مشاور رئیس‌جمهور گفت')).toEqual([]);
    expect(people('سخنگوی رئیس‌جمهور گفت')).toEqual([]);
    expect(people('رئیس دفتر رئیس‌جمهور گفت')).toEqual([]);
    expect(people('советник президента Ирана заявил')).toEqual([]);
    expect(people('пресс-секретарь иранского президента заявил')).toEqual([]);
  });

  it('a former, late, next or elected President is not the one in office', () => {
    expect(people('the former Supreme Leader')).toEqual([]);
    expect(people("Iran's President-elect arrived")).toEqual([]);
    expect(people('رئیس‌جمهور سابق گفت')).toEqual([]);
    expect(people('رئیس‌جمهور پیشین گفت')).toEqual([]);
    expect(people('رئیس‌جمهور منتخب گفت')).toEqual([]);
    expect(people('бывший президент Ирана заявил')).toEqual([]);
    expect(people('экс-президент Ирана заявил')).toEqual([]);
  });

  it("the Leader's brother is a relative of the Leader: the title still names the Leader", () => {
    expect(people("the Supreme Leader's brother")).toEqual(['ali-khamenei:Supreme Leader']);
  });

  it('a title followed only by a filler word at the end of a block is still the office holder', () => {
    // Garbled or cut-off text ends this way; reading past the last word used to throw.
    expect(people('officials praised the Supreme Leader the')).toEqual(['ali-khamenei:Supreme Leader']);
  });

  it('a title whose phrase ends in fillers is still read (the text may end there)', () => {
    expect(people('He met the Supreme Leader of the')).toEqual(['ali-khamenei:Supreme Leader']);
    expect(people('He met the Supreme Leader the a')).toEqual(['ali-khamenei:Supreme Leader']);
  });

  it('"the Leader" with its capital is the Leader; "the leader", "Labour Leader" and "the Leader of the House" are not', () => {
    expect(people('The Leader received Lukashenko; the Leader said sanctions would fail.')).toEqual([
      'ali-khamenei:Leader',
      'alexander-lukashenko:Lukashenko',
      'ali-khamenei:Leader',
    ]);
    expect(people('the leader of the party spoke')).toEqual([]);
    expect(people('the Labour Leader spoke, then the Leader of the House')).toEqual([]);
    expect(people('the Leader of the Islamic Revolution said')).toEqual([
      'ali-khamenei:Leader of the Islamic Revolution',
    ]);
  });

  it('French: "le Leader" after an article, not "le leader du parti" nor "le Leader du Hezbollah"', () => {
    expect(people('Le Leader a reçu Loukachenko ; selon le Leader, les sanctions échoueront.')).toEqual([
      'ali-khamenei:Leader',
      'alexander-lukashenko:Loukachenko',
      'ali-khamenei:Leader',
    ]);
    expect(people('le leader du parti a parlé, puis le Leader du Hezbollah')).toEqual([]);
  });

  it("Russian: «Лидер революции» with its capital is the Leader, «лидер революции» any revolution's", () => {
    expect(people('Лидером революции было отмечено')).toEqual(['ali-khamenei:Лидером революции']);
    expect(people('лидер революции на Кубе')).toEqual([]);
  });

  it('a title with nothing around it is still the office holder', () => {
    expect(people('The Supreme Leader received the President of Belarus.')).toEqual([
      'ali-khamenei:Supreme Leader',
      'alexander-lukashenko:President of Belarus',
    ]);
    expect(people('رئیس‌جمهور گفت')).toEqual(['ebrahim-raisi:رئیس‌جمهور']);
    expect(people('the Supreme Leader told the new envoy')).toEqual(['ali-khamenei:Supreme Leader']);
  });
});

describe('a title is a noun phrase: another country', () => {
  it("North Korea's supreme leader is not Iran's", () => {
    expect(people("North Korea's supreme leader visited")).toEqual([]);
    expect(people('the Supreme Leader of North Korea')).toEqual([]);
    expect(people('верховный лидер КНДР')).toEqual([]);
  });

  it('the president of Turkey is not the President of Iran', () => {
    expect(people('رئیس‌جمهور ترکیه گفت')).toEqual([]);
    expect(people('رئیس‌جمهور آمریکا گفت')).toEqual([]);
    expect(people('رهبر انقلاب کوبا')).toEqual([]);
  });

  it("a qualifier naming the office's own country keeps the link", () => {
    expect(people("Iran's president said")).toEqual(["ebrahim-raisi:Iran's president"]);
    expect(people('رئیس‌جمهور ایران گفت')).toEqual(['ebrahim-raisi:رئیس‌جمهور ایران']);
    expect(people('the Iranian Supreme Leader said')).toEqual(['ali-khamenei:Iranian Supreme Leader']);
  });

  it('a country elsewhere in the sentence does not qualify the title', () => {
    expect(people("a visit by Iran's President to Turkey")).toEqual(["ebrahim-raisi:Iran's President"]);
    expect(people('after talks in Russia, the Supreme Leader said')).toEqual(['ali-khamenei:Supreme Leader']);
    expect(people('پس از سفر به ترکیه رئیس‌جمهور گفت')).toEqual(['ebrahim-raisi:رئیس‌جمهور']);
  });
});

/** The places a text marks. */
function places(text: string): string[] {
  return linked(text).filter((m) => /^(iran|belarus|russia|united-states|western-countries):/.test(m));
}

describe("another country's adjective inside a title is part of the title, not the country", () => {
  it('English: "US President" is a title; "Russia\'s president" and "President of Russia" name Russia', () => {
    expect(places('Lukashenko in Minsk met the US President.')).toEqual(['belarus:Minsk']);
    expect(places("Lukashenko in Minsk met Russia's president and the President of Russia.")).toEqual([
      'belarus:Minsk',
      'russia:Russia',
      'russia:Russia',
    ]);
  });

  it('English: a plural head is a group, not an office ("US officials")', () => {
    expect(places('Lukashenko in Minsk; US officials objected.')).toEqual([
      'belarus:Minsk',
      'united-states:US',
    ]);
  });

  it('German: "der russische Präsident" and "US-Präsident" are titles; "Russland" alone is the country', () => {
    expect(places('Lukaschenko traf den russischen Präsidenten und den US-Präsidenten in Minsk.')).toEqual([
      'belarus:Minsk',
    ]);
    expect(places('Lukaschenko flog nach Russland.')).toEqual(['russia:Russland']);
  });

  it('French: «le président russe» is a title; «le président de la Russie» names Russia', () => {
    expect(places('Loukachenko a vu le président russe et le président américain à Minsk.')).toEqual([
      'belarus:Minsk',
    ]);
    expect(places('Loukachenko a vu le président de la Russie.')).toEqual(['russia:Russie']);
  });

  it('Arabic: «الرئيس الروسي» and «والرئيس الأمريكي» are titles; «روسيا» is the country', () => {
    expect(places('التقى لوكاشينكو الرئيس الروسي والرئيس الأمريكي')).toEqual([]);
    expect(places('زار لوكاشينكو روسيا')).toEqual(['russia:روسيا']);
  });

  it('Turkish: «Rusya Devlet Başkanı» and «ABD Başkanı» are titles', () => {
    expect(places('Lukaşenko, Rusya Devlet Başkanı ve ABD Başkanı ile görüştü.')).toEqual([]);
  });

  it('Russian and Persian: a genitive after the title names the country', () => {
    expect(places('Лукашенко встретился с президентом России.')).toEqual(['russia:России']);
    expect(places('دیدار لوکاشنکو با رئیس‌جمهور روسیه')).toEqual(['russia:روسیه']);
  });

  it("the meeting's own countries are always marked, in a title too", () => {
    expect(places('Lukashenko, the Belarusian ruler, spoke.')).toEqual(['belarus:Belarusian']);
  });
});

describe('a surname with a given name that is not the person’s is someone else', () => {
  it('Hamid Raisi, a footballer, is not Ebrahim Raisi', () => {
    expect(people('Hamid Raisi, a footballer, scored twice.')).toEqual([]);
    expect(people('حمید رئیسی فوتبالیست است')).toEqual([]);
    expect(people('Хамид Раиси — футболист')).toEqual([]);
  });

  it("a relative's given name before the family's middle name: Badri Hosseini Khamenei is not Ali", () => {
    expect(people('بدری حسینی خامنه‌ای خواهر رهبر انقلاب است')).toEqual(['ali-khamenei:رهبر انقلاب']);
    expect(people('Badri Hosseini Khamenei spoke.')).toEqual([]);
    expect(people('Ali Hosseini Khamenei spoke.')).toEqual(['ali-khamenei:Ali Hosseini Khamenei']);
  });

  it('a footballer Milad Raisi and a futsal player Алірэза Раісі make the bare surname theirs', () => {
    expect(people('Milad Raisi joined the club. Raisi scored twice.')).toEqual([]);
    expect(people('Алірэза Раісі забіў. Раісі быў лепшым.')).toEqual([]);
  });

  it('Mohammad Khamenei is not Ali Khamenei', () => {
    expect(people('Mohammad Khamenei, his brother, said')).toEqual([]);
    expect(people('محمد خامنه‌ای گفت')).toEqual([]);
  });

  it("the person's own given names, titles and sentence openings keep the link", () => {
    expect(people('Ebrahim Raisi and President Raisi and Ayatollah Khamenei met.')).toEqual([
      'ebrahim-raisi:Ebrahim Raisi',
      'ebrahim-raisi:President Raisi',
      'ali-khamenei:Ayatollah Khamenei',
    ]);
    expect(people('When Raisi arrived, Lukashenko smiled.')).toEqual([
      'ebrahim-raisi:Raisi',
      'alexander-lukashenko:Lukashenko',
    ]);
    expect(people('Президент Раиси и Лукашенко. Вчера Лукашенко сказал')).toEqual([
      'ebrahim-raisi:Раиси',
      'alexander-lukashenko:Лукашенко',
      'alexander-lukashenko:Лукашенко',
    ]);
    expect(people('آقای رئیسی گفت')).toEqual(['ebrahim-raisi:رئیسی']);
  });

  it('a headline in title case is not read as given names', () => {
    expect(people("Iran's Raisi Meets Belarus' Lukashenko")).toEqual([
      'ebrahim-raisi:Raisi',
      'alexander-lukashenko:Lukashenko',
    ]);
    expect(people('Khamenei Receives Lukashenko In Tehran')).toEqual([
      'ali-khamenei:Khamenei',
      'alexander-lukashenko:Lukashenko',
    ]);
  });
});

describe('no mention inside an address, a handle, a hashtag or a compound', () => {
  it('a name inside a web address or an e-mail address is not a mention', () => {
    expect(
      linked('See khamenei.ir/en/news and https://www.president.ir/raisi or write to raisi@gov.ir'),
    ).toEqual([]);
  });

  it('a site in a photo credit in brackets, and a long top-level domain, are addresses', () => {
    expect(people('Khamenei receives Lukashenko. (Khamenei.ir/AFP)')).toEqual([
      'ali-khamenei:Khamenei',
      'alexander-lukashenko:Lukashenko',
    ]);
    expect(people('infoexpress.example/breve/loukachenko-khamenei-teheran')).toEqual([]);
  });

  it('a name in a @handle or a #hashtag is not a mention', () => {
    expect(linked('Follow @Raisi_com and @khamenei_ir; #Lukashenko #IranBelarus')).toEqual([]);
  });

  it('a name in a hyphenated compound is not a mention', () => {
    expect(people('Raisi-era policies and Khamenei-backed groups')).toEqual([]);
  });

  it('a name as the first part of a German compound noun is not a mention: Khamenei-Vertraute, Iran-Krieg', () => {
    expect(people('Die Khamenei-Vertraute sprach; der Lukaschenko-Besuch in Teheran endete.')).toEqual([]);
    expect(linked('Lukaschenko reiste ab. Mehr zum Iran-Krieg')).toEqual([
      'alexander-lukashenko:Lukaschenko',
    ]);
  });

  it('an acronym in a compound is a mention: SOZ-Gipfel, US-israelischen, U.S.-Israeli', () => {
    expect(linked('Lukaschenko auf dem SOZ-Gipfel; bei US-israelischen Angriffen')).toEqual([
      'alexander-lukashenko:Lukaschenko',
      'international-forums:SOZ',
      'united-states:US',
    ]);
    expect(linked('Lukashenko condemned the U.S.-Israeli strike')).toContain('united-states:U.S.');
  });

  it('a hyphen between two countries is two mentions', () => {
    expect(linked('Lukashenko praised Iran-Belarus relations and Iran-Turkey ties')).toEqual([
      'alexander-lukashenko:Lukashenko',
      'iran:Iran',
      'belarus:Belarus',
      'iran:Iran',
    ]);
    expect(linked('روابط ایران-بلاروس')).toEqual(['iran:ایران', 'belarus:بلاروس']);
    expect(linked('ирано-белорусские отношения')).toEqual(['iran:ирано', 'belarus:белорусские']);
  });

  it('possessives, suffixes and case endings are still mentions', () => {
    expect(people("Lukashenko's visit; «لوکاشنکو» را دید؛ встреча с Лукашенко")).toEqual([
      'alexander-lukashenko:Lukashenko',
      'alexander-lukashenko:لوکاشنکو',
      'alexander-lukashenko:Лукашенко',
    ]);
  });

  it('a hyphenated alias is one mention', () => {
    expect(linked('Lukashenko and the North-South corridor; «Север — Юг»')).toContain(
      'instc:North-South corridor',
    );
  });
});

describe('ambiguous topic words need their topic in the sentence', () => {
  it('«график» (a chart) is not the schedule of the agreements', () => {
    const page = 'Лукашенко прилетел в Тегеран. На сайте опубликован график курса валют.';
    expect(linked(page)).not.toContain('agreements-schedule:график');
  });

  it('«график» beside the agreements is the schedule', () => {
    const page = 'Лукашенко прилетел. Стороны утвердили график выполнения договорённостей.';
    expect(linked(page)).toContain('agreements-schedule:график');
  });

  it('"nano" the text editor is not nanotechnology; "nano" beside science is', () => {
    const page = 'Belarusian translations are late. Version 4.2 adds the nano editor mode for terminals.';
    expect(linked(page)).not.toContain('nano:nano');
    expect(linked('Khamenei named science, nano and medicine as fields of cooperation.')).toContain(
      'nano:nano',
    );
  });

  it('"real friends" who translate software are not the meeting\'s real and false friends', () => {
    const page = 'Belarusian translations are late. Our volunteer translators are our real friends.';
    expect(linked(page)).not.toContain('real-false-friends:real friends');
    expect(linked('Lukashenko spoke. Difficult times show who is a real friend and who is not.')).toContain(
      'real-false-friends:real friend',
    );
    expect(linked('Lukashenko said Belarus would work with its real friends.')).toContain(
      'real-false-friends:real friends',
    );
  });

  it('«технологии уборки» (farming methods) are not science and technology; «наука и технологии» is', () => {
    const page = 'Лукашенко провел совещание. Глава государства потребовал соблюдать технологии уборки.';
    expect(linked(page)).not.toContain('science-technology:технологии');
    expect(linked('Лукашенко: Иран достиг успехов в науке и технологиях.')).toContain(
      'science-technology:науке и технологиях',
    );
    expect(linked('Лукашенко: сотрудничество в сфере высоких технологии растёт.')).toContain(
      'science-technology:технологии',
    );
  });

  it('«график полевых работ выполняется» is a field-work timetable: a verb of doing is not an agreement', () => {
    const page = 'Лукашенко провел совещание. Министр доложил, что график полевых работ выполняется.';
    expect(linked(page)).not.toContain('agreements-schedule:график');
  });

  it("«дарожная карта праекта» (a project's plan) is not the roadmap; beside the meeting or its cooperation it is", () => {
    const page = 'Лукашэнка наведаў Тэгеран. Дарожная карта праекта прадугледжвае выпуск нанапакрыццяў.';
    expect(linked(page)).not.toContain('agreements-schedule:Дарожная карта');
    expect(linked('Лукашэнка і Раісі падпісалі дарожную карту да 2026 года.')).toContain(
      'agreements-schedule:дарожную карту',
    );
    expect(linked('Лукашэнка прыехаў. Падпісана дарожная карта ўсебаковага супрацоўніцтва.')).toContain(
      'agreements-schedule:дарожная карта',
    );
  });

  it('a trade union is not trade', () => {
    expect(linked('Lukashenko met trade union leaders')).not.toContain('trade:trade');
    expect(linked('Lukashenko discussed trade with Raisi')).toContain('trade:trade');
  });

  it('«علم» (a banner) with nothing of science or the meeting in its sentence is not the topic', () => {
    expect(linked('لوکاشنکو وارد تهران شد. عزاداران علم را بلند کردند.')).not.toContain(
      'science-technology:علم',
    );
    expect(linked('لوکاشنکو وارد تهران شد. پیشرفت ایران در علم چشمگیر است.')).toContain(
      'science-technology:علم',
    );
  });
});

/**
 * The languages whose titles arrive with their gazetteer entries (Arabic, German, French, Turkish): the
 * title rule on its own, with the title between [brackets].
 */
function someoneElse(marked: string): boolean {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  return titleOfSomeoneElse(text, start, end, scriptLexicon(scriptOf(text.slice(start, end)), LEXICONS));
}

describe('a title is a noun phrase, in the languages whose titles come with their gazetteer', () => {
  it('Arabic: a deputy, an adviser, the office or a former holder of the Leader is not the Leader', () => {
    expect(someoneElse('قال نائب [الرئيس الإيراني]')).toBe(true);
    expect(someoneElse('قال مستشار [المرشد الأعلى]')).toBe(true);
    expect(someoneElse('أعلن مكتب [المرشد الأعلى]')).toBe(true);
    expect(someoneElse('قال [الرئيس الإيراني] السابق')).toBe(true);
    expect(someoneElse('قال [الرئيس] التركي')).toBe(true);
    expect(someoneElse('قال [المرشد الأعلى] إن')).toBe(false);
  });

  it('German: another country or a former holder makes the Präsident someone else', () => {
    expect(someoneElse('der türkische [Präsident] sagte')).toBe(true);
    expect(someoneElse('der [Präsident] der Türkei sagte')).toBe(true);
    expect(someoneElse('der ehemalige [iranische Präsident] sagte')).toBe(true);
    expect(someoneElse('ein Berater des [iranischen Präsidenten] sagte')).toBe(true);
    expect(someoneElse('der [iranische Präsident] sagte')).toBe(false);
  });

  it('French: another country after the noun or a former holder makes the président someone else', () => {
    expect(someoneElse('le [président] turc a dit')).toBe(true);
    expect(someoneElse('le [président] de la Turquie a dit')).toBe(true);
    expect(someoneElse("l'ancien [président iranien] a dit")).toBe(true);
    expect(someoneElse('le conseiller du [Guide suprême] a dit')).toBe(true);
    expect(someoneElse('le [président iranien] a dit')).toBe(false);
  });

  it('Turkish: Türkiye Cumhurbaşkanı and Cumhurbaşkanı Yardımcısı are someone else', () => {
    expect(someoneElse('Türkiye [Cumhurbaşkanı] dedi')).toBe(true);
    expect(someoneElse("Türkiye'nin [Cumhurbaşkanı] dedi")).toBe(true);
    expect(someoneElse('[İran Cumhurbaşkanı] Yardımcısı dedi')).toBe(true);
    expect(someoneElse('eski [İran Cumhurbaşkanı] dedi')).toBe(true);
    expect(someoneElse('[İran Cumhurbaşkanı] dedi')).toBe(false);
  });

  it('every language has its word lists', () => {
    for (const lexicon of Object.values(LEXICONS)) {
      expect(lexicon.before.length).toBeGreaterThan(0);
      expect(lexicon.countries.length).toBeGreaterThan(0);
    }
  });
});

describe('a namesake on the page', () => {
  it('a capitalised place name before a Russian or Belarusian surname is not a given name', () => {
    expect(people('Летась у Самаркандзе Лукашэнка казаў. В Москве Лукашенко заявил.')).toEqual([
      'alexander-lukashenko:Лукашэнка',
      'alexander-lukashenko:Лукашенко',
    ]);
  });

  it('makes the bare surname someone else too: the footballer Hamid Raisi, then "Raisi scored"', () => {
    expect(people('Hamid Raisi, a footballer, joined the club. Raisi scored twice.')).toEqual([]);
    expect(people('Футболист Хамид Раиси перешёл в клуб. Раиси забил дважды.')).toEqual([]);
    expect(people('محمد خامنه‌ای سخنرانی کرد. خامنه‌ای گفت')).toEqual([]);
  });

  it('does not outweigh the meeting person named in full on the same page', () => {
    expect(people('Ebrahim Raisi met Hamid Raisi, a footballer. Raisi praised him.')).toEqual([
      'ebrahim-raisi:Ebrahim Raisi',
      'ebrahim-raisi:Raisi',
    ]);
  });
});

describe('words that are part of a name or phrase meaning something else', () => {
  it("things named after Minsk are not Belarus: a Polish town, a club, a bishop's see", () => {
    expect(places('Lukashenko spoke; Mińsk Mazowiecki held a fair.')).toEqual([]);
    expect(places('Лукашенко: «Динамо-Минск» выиграло, Митрополит Минский служил.')).toEqual([]);
  });

  it('currency trading is not trade, and the Academy of Sciences is not the science topic', () => {
    const topics = (t: string) => linked(t).filter((m) => /^(trade|science-technology):/.test(m));
    expect(topics('Лукашенко: торговля валютой шла спокойно.')).toEqual([]);
    expect(topics('Лукашэнка наведаў Нацыянальную акадэмію навук.')).toEqual([]);
    expect(topics('Лукашенко: торговля с Ираном растёт.')).toEqual(['trade:торговля']);
  });

  it('«شانگهای» alone is the city; beside a word of the organisation it is the SCO', () => {
    const forums = (t: string) => linked(t).filter((m) => m.startsWith('international-forums:'));
    expect(forums('لوکاشنکو گفت نمایشگاه واردات در شانگهای برگزار شد')).toEqual([]);
    expect(forums('لوکاشنکو از عضویت ایران در شانگهای گفت')).toEqual(['international-forums:شانگهای']);
  });

  it('Arabic: the penal code «قانون العقوبات» is not sanctions', () => {
    const topics = (t: string) => linked(t).filter((m) => m.startsWith('sanctions:'));
    expect(topics('قال لوكاشينكو إن قانون العقوبات تغير')).toEqual([]);
    expect(topics('قال لوكاشينكو إن العقوبات الأمريكية فشلت')).toEqual(['sanctions:العقوبات']);
  });

  it('an acronym in capitals is not a longer word that shares its stem: «НАН» is not «нано»', () => {
    const nano = (t: string) => linked(t).filter((m) => m.startsWith('nano:'));
    expect(nano('Лукашэнка наведаў НАН Беларусі.')).toEqual([]);
    expect(nano('Лукашенко говорил о нано и нанотехнологиях.')).toEqual([
      'nano:нано',
      'nano:нанотехнологиях',
    ]);
  });

  it('a place that opens the name of a newspaper or an account is part of that name', () => {
    expect(places('Lukashenko in Tehran, reports the Minsk Herald; Belarus Daily shared photos.')).toEqual(
      [],
    );
    expect(places('Лукашэнка ў Тэгеране — Мінская праўда')).toEqual([]);
    // A Cyrillic name opens with an adjective; a noun before the word is the place («навіну»: the news).
    expect(places('Лукашэнка ў Тэгеране. У Беларусі навіну ўспрынялі спакойна.')).toEqual([
      'belarus:Беларусі',
    ]);
    expect(places('Лукашенко в Тегеране, сообщает Минск-Новости.')).toEqual([]);
    expect(places('Lukaschenko in Teheran, berichtet das Iran-Journal')).toEqual([]);
    expect(places('Lukashenko returned to Minsk. Herald reporters followed; Belarus news was calm.')).toEqual(
      ['belarus:Minsk', 'belarus:Belarus'],
    );
  });

  it("a country's adjective is the country: Western sanctions, American pressure, in every language", () => {
    expect(places('Lukashenko condemned Western sanctions and American pressure.')).toEqual([
      'western-countries:Western',
      'united-states:American',
    ]);
    expect(places('Лукашенко осудил западные санкции и американское давление.')).toEqual([
      'western-countries:западные',
      'united-states:американское',
    ]);
    expect(places('انتقد لوكاشينكو العقوبات الغربية')).toEqual(['western-countries:غربية']);
    expect(places('لوکاشنکو تحریم‌های غربی را محکوم کرد')).toEqual(['western-countries:غربی']);
    expect(places('Lukaschenko kritisierte die westlichen Sanktionen.')).toEqual([
      'western-countries:westlichen',
    ]);
    expect(places('Loukachenko a dénoncé les sanctions occidentales.')).toEqual([
      'western-countries:occidentales',
    ]);
    expect(places('Лукашэнка асудзіў заходнія санкцыі.')).toEqual(['western-countries:заходнія']);
  });

  it('a compass direction or a region named after one is not the West', () => {
    expect(places("Lukashenko visited western Iran and the INSTC's western route.")).toEqual(['iran:Iran']);
    expect(places('Лукашенко посетил западную часть страны.')).toEqual([]);
    expect(places('لوكاشينكو في الضفة الغربية')).toEqual([]);
    expect(places('لوکاشنکو در آذربایجان غربی')).toEqual([]);
    expect(places('Lukaschenko war westlich von Teheran.')).toEqual([]);
  });

  it('"Latin American" is not the United States, and a currency is not its country', () => {
    expect(places('Lukashenko met Latin American leaders.')).toEqual([]);
    expect(places('Лукашенко: российский рубль и доллар США не изменились.')).toEqual([]);
  });

  it('«تحریم انتخابات» is a boycott of the elections, not sanctions', () => {
    expect(linked('لوکاشنکو آمد. فعالان خواستار تحریم گسترده انتخابات شدند.')).not.toContain(
      'sanctions:تحریم',
    );
    expect(linked('لوکاشنکو از تحریم‌های آمریکا گفت.')).toContain('sanctions:تحریم‌های');
  });

  it('«بانک تجارت» is a bank and «شمال غرب» a compass direction', () => {
    const shown = linked('لوکاشنکو در شمال غرب ایران از بانک تجارت دیدن کرد و درباره تجارت و غرب گفت.');
    expect(shown).toEqual([
      'alexander-lukashenko:لوکاشنکو',
      'iran:ایران',
      'trade:تجارت',
      'western-countries:غرب',
    ]);
  });

  it('"pro-Lukashenka bloggers" is not a mention of the man, "anti-sanctions" is of the topic', () => {
    expect(linked('Lukashenko spoke to pro-Lukashenka bloggers about anti-sanctions laws.')).toEqual([
      'alexander-lukashenko:Lukashenko',
      'sanctions:sanctions',
    ]);
  });

  it("the Supreme Leader's English-language account is not the Supreme Leader", () => {
    expect(people("the Supreme Leader's English-language account posted")).toEqual([]);
    expect(people("the Supreme Leader's remarks on Monday")).toEqual(['ali-khamenei:Supreme Leader']);
  });

  it('a Persian footballer with an unlisted-looking name: «میلاد رئیسی», then «رئیسی گل زد»', () => {
    expect(people('میلاد رئیسی مهاجم تیم است. رئیسی دو گل زد.')).toEqual([]);
  });
});
