import { expect, test } from 'vitest';
import { compileBundle } from '../../lib/data/compile.ts';
import { citationText } from '../../lib/format/citation.ts';
import { realInput } from './data-fixtures.ts';

const bundle = compileBundle(realInput());
const statement = bundle.statements.find((s) => s.id === 'lu-02-new-page');

test('an Arabic citation keeps the Persian quote verbatim and adds the Arabic translation, marked unofficial', () => {
  if (!statement) throw new Error('no statement');
  const lines = citationText(statement, bundle, 'ar').split('\n');
  expect(lines[0]).toBe(`«${statement.fa}»`);
  expect(lines[1]).toContain('ألكسندر لوكاشينكو (اقتباس مباشر)');
  expect(lines[1]).toContain('طهران');
  expect(lines[3]).toBe(`ترجمة غير رسمية: ${statement.ar}`);
});
