import { describe, expect, it } from 'vitest';
import { fieldMappingProblems, guessFieldMapping, toImportColumns } from './fieldMapping';

const FIELDS = [
  { name: 'external_id', required: false },
  { name: 'email', required: false },
  { name: 'product', required: true },
];

describe('field mapping of the customer kinds', () => {
  it('finds a column by its name in any case and with other punctuation', () => {
    expect(guessFieldMapping(FIELDS, ['External ID', 'E-mail', 'Notes'])).toEqual({
      external_id: 'External ID',
      email: 'E-mail',
      product: '',
    });
  });

  it('names a required field without a column and a column used twice', () => {
    expect(fieldMappingProblems(FIELDS, { external_id: 'A', email: 'A', product: '' })).toEqual({
      email: 'dataimport.mapping.usedTwice',
      product: 'dataimport.mapping.required',
    });
  });

  it('sends every field, an empty column for one the file does not have', () => {
    expect(toImportColumns(FIELDS, { external_id: 'id', product: 'Item' })).toEqual([
      { field: 'external_id', column: 'id' },
      { field: 'email', column: '' },
      { field: 'product', column: 'Item' },
    ]);
  });
});
