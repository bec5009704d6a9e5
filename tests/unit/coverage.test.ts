import { describe, expect, test } from 'vitest';
import { compileBundle } from '../../lib/data/compile.ts';
import { bodySentences, layoutCorpus } from '../../lib/data/corpus.ts';
import { corpus, realInput } from './data-fixtures.ts';

const bundle = compileBundle(realInput());
const sentences = bodySentences(layoutCorpus(corpus));

/** Markers after which the report gives a speaker's own words. */
const SPEECH_MARKERS = [
  'گفتند: ',
  'تاکید کردند: ',
  'خاطرنشان کردند: ',
  'افزودند: ',
  'گفت: ',
  'تاکید کرد: ',
  'گفت که ',
];

const rows = sentences.map((s, i) => {
  const covering = bundle.statements.filter((st) => st.start < s.end && st.end > s.start);
  return { n: i + 1, sentence: s, covering, ids: covering.map((c) => c.id).join(', ') || '(none)' };
});

describe('every sentence of the report that carries someone’s words or views is covered', () => {
  test.each(rows)(
    'sentence $n (paragraph $sentence.paragraph) is covered by: $ids',
    ({ sentence, covering }) => {
      // Every sentence of this report's body reports one of the speakers.
      expect(covering.length).toBeGreaterThan(0);
      for (const c of covering) {
        expect(c.start).toBeGreaterThanOrEqual(sentence.start);
        expect(c.end).toBeLessThanOrEqual(sentence.end);
      }
      // What is left uncovered is the reporter's frame (who, where, "said:"), never words after a speech marker.
      let rest = sentence.text;
      for (const c of [...covering].sort((a, b) => b.start - a.start)) {
        const s = c.start - sentence.start;
        rest = `${rest.slice(0, s)}¦${rest.slice(s + c.fa.length)}`;
      }
      for (const marker of SPEECH_MARKERS) {
        const at = rest.indexOf(marker);
        if (at >= 0) expect(rest.slice(at + marker.length).startsWith('¦')).toBe(true);
      }
    },
  );

  test('direct statements start right after a speech marker and run to the end of their sentence', () => {
    for (const s of bundle.statements.filter((x) => x.kind === 'direct')) {
      const before = corpus.slice(Math.max(0, s.start - 20), s.start);
      expect(
        SPEECH_MARKERS.some((m) => before.endsWith(m)),
        s.id,
      ).toBe(true);
      const sentence = sentences.find((x) => x.start <= s.start && s.end <= x.end);
      expect(sentence?.end, s.id).toBe(s.end);
    }
  });

  test('reported statements are never presented as direct ones: none follows a speech marker', () => {
    for (const s of bundle.statements.filter((x) => x.kind === 'reported')) {
      const before = corpus.slice(Math.max(0, s.start - 20), s.start);
      expect(
        SPEECH_MARKERS.some((m) => before.endsWith(m)),
        s.id,
      ).toBe(false);
    }
  });

  test('both speakers are quoted: Khamenei in paragraphs 1–7, Lukashenko in 8–10', () => {
    for (const s of bundle.statements) {
      expect(s.speaker).toBe(s.paragraph <= 7 ? 'ali-khamenei' : 'alexander-lukashenko');
    }
  });
});
