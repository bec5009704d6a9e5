import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inWordCode, isUpperCode } from '../../lib/quote/attribution.ts';
import { endsWithStop } from '../../lib/quote/linker.ts';
import {
  isClosingCode,
  isSpaceCode,
  isTerminatorCode,
  quotationSpans,
  splitSentences,
} from '../../lib/quote/sentences.ts';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits English at terminators, but not after U.S., initials or titles', () => {
    expect(
      sentences(
        'The U.S. Treasury named A. Lukashenko again. Dr. Smith disagreed! Was it legal? Nobody knows.',
      ),
    ).toEqual([
      'The U.S. Treasury named A. Lukashenko again.',
      'Dr. Smith disagreed!',
      'Was it legal?',
      'Nobody knows.',
    ]);
  });

  it('ends a sentence after the footnote marks that follow its stop (".[6] ", ".[2][3] ")', () => {
    expect(sentences('Khamenei spoke first.[6] Lukashenko replied.[2][3] He left. Item [4] stays.')).toEqual([
      'Khamenei spoke first.[6]',
      'Lukashenko replied.[2][3]',
      'He left.',
      'Item [4] stays.',
    ]);
    expect(sentences('The U.S.[5] officials said so.')).toEqual(['The U.S.[5] officials said so.']);
  });

  it('ends a sentence after a quotation that closes on its stop, unless a dash or lower case follows', () => {
    expect(sentences('He said: "Sanctions failed." Lukashenko agreed.')).toEqual([
      'He said: "Sanctions failed."',
      'Lukashenko agreed.',
    ]);
    expect(sentences('وی گفت: «تحریم شکست خورد.» وی افزود که راه ادامه دارد.')).toEqual([
      'وی گفت: «تحریم شکست خورد.»',
      'وی افزود که راه ادامه دارد.',
    ]);
    expect(sentences('«Мы победим!» — сказал он. Потом ушёл.')).toEqual([
      '«Мы победим!» — сказал он.',
      'Потом ушёл.',
    ]);
    expect(sentences('"We will win." he said.')).toEqual(['"We will win." he said.']);
    // French spacing inside the guillemets, and German »…«.
    expect(sentences('Il a affirmé : « Nous pensons que c’est réalisable. » Il a rappelé la date.')).toEqual([
      'Il a affirmé : « Nous pensons que c’est réalisable. »',
      'Il a rappelé la date.',
    ]);
    expect(sentences('Er sagte: »Das ist machbar.« Er fügte etwas hinzu.')).toEqual([
      'Er sagte: »Das ist machbar.«',
      'Er fügte etwas hinzu.',
    ]);
  });

  it('keeps a Russian quotation with its attribution, and does not split «т.е.» or a date', () => {
    expect(
      sentences(
        'Встреча прошла 13.03.2023 в Тегеране. «Это важно. Очень важно», — сказал он, т.е. подтвердил курс. Всё.',
      ),
    ).toEqual([
      'Встреча прошла 13.03.2023 в Тегеране.',
      '«Это важно. Очень важно», — сказал он, т.е. подтвердил курс.',
      'Всё.',
    ]);
  });

  it('splits Persian and Arabic at . ؟ and ! without capital letters to look at', () => {
    expect(sentences('رهبر انقلاب چه گفتند؟ ایشان بر همکاری تاکید کردند. پایان')).toEqual([
      'رهبر انقلاب چه گفتند؟',
      'ایشان بر همکاری تاکید کردند.',
      'پایان',
    ]);
    expect(sentences('قال خامنئي إن التعاون مهم. وأضاف أن الحظر سلاح!')).toEqual([
      'قال خامنئي إن التعاون مهم.',
      'وأضاف أن الحظر سلاح!',
    ]);
  });

  it('ends a sentence at every line break (a plain-text page is one block) and skips empty lines', () => {
    expect(sentences('Headline without a stop\n\n▪️ First item\nSecond item.')).toEqual([
      'Headline without a stop',
      '▪️ First item',
      'Second item.',
    ]);
  });

  it('does not split before a lower-case word or inside "…" ellipses that continue', () => {
    expect(sentences('He said… and then stopped. Next one.')).toEqual([
      'He said… and then stopped.',
      'Next one.',
    ]);
  });

  it('gives offsets into the block (UTF-16)', () => {
    const text = '  Ali Khamenei spoke. Лукашенко ответил.';
    const [a, b] = splitSentences(text);
    expect(a).toEqual({ start: 2, end: 21 });
    expect(text.slice(b?.start, b?.end)).toBe('Лукашенко ответил.');
  });
});

describe('quotationSpans', () => {
  it('pairs «», “”, German „“ and straight quotes, and ignores a mark that never closes', () => {
    const text = '«a „b“ c» then “d” and "e" but « stray';
    const spans = quotationSpans(text).map((q) => text.slice(q.start, q.end));
    expect(spans).toEqual(['«a „b“ c»', '„b“', '“d”', '"e"']);
    // German and Danish »…« (the first guillemet opens, a word right after it); a French paragraph that
    // continues a quotation opens with "» " and a space.
    const de = 'Er sagte »Waffe der Sanktionen« und »machbar«.';
    expect(quotationSpans(de).map((q) => de.slice(q.start, q.end))).toEqual([
      '»Waffe der Sanktionen«',
      '»machbar«',
    ]);
    const fr = '» Le pays est fort, « vraiment fort ».';
    expect(quotationSpans(fr).map((q) => fr.slice(q.start, q.end))).toEqual(['« vraiment fort »']);
  });

  it('treats an apostrophe as an apostrophe', () => {
    expect(quotationSpans("Iran's leader and Belarus’ president")).toEqual([]);
  });
});

describe('the splitter reads code units as its patterns would read characters', () => {
  // The checks at each full stop read code units, not a RegExp per character: on every one of the 65,536 code
  // units they must say what the patterns they replaced say, or a sentence would end (or not) elsewhere.
  it('white space, terminators and closing marks agree with the RegExps on every code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceCode(c) !== /\s/.test(ch)) differ.push(`space ${c.toString(16)}`);
      if (isTerminatorCode(c) !== /[.!?؟…]/.test(ch)) differ.push(`terminator ${c.toString(16)}`);
      if (isClosingCode(c) !== /[»”“"’)\]›]/.test(ch)) differ.push(`closing ${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });
});

describe('the linker reads code units as its patterns would read characters', () => {
  it('capitals and word characters agree with the RegExps on every code unit the name check asks about', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      // isUpperCode is asked only of units over 'Z' and below 0x530 (mayNameStranger skips the rest first).
      if (c > 90 && c < 0x530 && isUpperCode(c) !== /\p{Lu}/u.test(ch))
        differ.push(`upper ${c.toString(16)}`);
      if (inWordCode(c) !== /[\p{L}\p{M}\p{N}'’-]/u.test(ch)) differ.push(`in word ${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });

  it('a line ends with a full stop exactly when the written-out RegExp says so', () => {
    // A headline (no full stop) may get the quoted-headline bonus; a paragraph's last sentence may not.
    const pieces = [
      '.',
      '!',
      '?',
      '…',
      '؟',
      '。',
      '"',
      "'",
      '»',
      '”',
      '’',
      ')',
      ' ',
      '\u00a0',
      '\n',
      'a',
      'ب',
      '«',
      '(',
    ];
    const stop = /[.!?…؟。]["'»”’)]*$/u;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(endsWithStop(text, text.length)).toBe(stop.test(text.trimEnd()));
      }),
      { numRuns: 5000 },
    );
  });
});
