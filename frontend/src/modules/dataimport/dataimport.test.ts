import { describe, expect, it } from 'vitest';
import { guessAssessmentGroups, guessMapping, mappingProblems, progressOf, toPublicationColumns } from './columnMapping';
import { isAcceptedFile } from './upload';

const EXPORT_HEADER = ['external_id', 'published_at', 'brand', 'channel', 'title', 'url', 'author', 'weight', 'segment_1', 'impact_1', 'sentiment_1', 'segment_2', 'impact_2', 'sentiment_2'];

describe('guessMapping', () => {
  it('maps the import format (what the export writes) completely', () => {
    const mapping = guessMapping(EXPORT_HEADER);
    expect(mapping.fields).toEqual({
      publishedAt: 'published_at',
      title: 'title',
      brand: 'brand',
      channel: 'channel',
      weight: 'weight',
      url: 'url',
      author: 'author',
      externalId: 'external_id',
    });
    expect(mapping.assessments).toEqual([
      { segment: 'segment_1', impact: 'impact_1', sentiment: 'sentiment_1' },
      { segment: 'segment_2', impact: 'impact_2', sentiment: 'sentiment_2' },
    ]);
    expect(mappingProblems(mapping)).toEqual([]);
  });

  it('recognises other spellings and languages, ignoring case and punctuation', () => {
    const mapping = guessMapping(['Date', 'Headline', 'Company', 'Source', 'Score', 'Link']);
    expect(mapping.fields).toMatchObject({ publishedAt: 'Date', title: 'Headline', brand: 'Company', channel: 'Source', weight: 'Score', url: 'Link' });
    expect(guessMapping(['Дата', 'Заголовок', 'Бренд', 'Канал', 'Вес']).fields).toMatchObject({
      publishedAt: 'Дата',
      title: 'Заголовок',
      brand: 'Бренд',
      channel: 'Канал',
      weight: 'Вес',
    });
  });

  it('leaves a field unmapped rather than guessing a column already taken', () => {
    const mapping = guessMapping(['title', 'name']);
    expect(mapping.fields.title).toBe('title');
    expect(mapping.fields.brand).toBe('');
  });

  it('finds assessment groups in order, with an optional impact', () => {
    expect(guessAssessmentGroups(['Segment 2', 'sentiment_2', 'segment_1', 'sentiment_1', 'impact_1'])).toEqual([
      { segment: 'segment_1', impact: 'impact_1', sentiment: 'sentiment_1' },
      { segment: 'Segment 2', impact: '', sentiment: 'sentiment_2' },
    ]);
  });
});

describe('mappingProblems and toPublicationColumns', () => {
  it('names each required field without a column and a column used twice', () => {
    const mapping = guessMapping(['title', 'weight']);
    const problems = mappingProblems({ ...mapping, fields: { ...mapping.fields, author: 'title' } });
    expect(problems).toEqual([
      { field: 'publishedAt', key: 'dataimport.mapping.required' },
      { field: 'brand', key: 'dataimport.mapping.required' },
      { field: 'channel', key: 'dataimport.mapping.required' },
      { field: 'author', key: 'dataimport.mapping.usedTwice' },
    ]);
  });

  it('requires segment and sentiment columns in every assessment group', () => {
    const mapping = guessMapping(EXPORT_HEADER);
    expect(mappingProblems({ ...mapping, assessments: [{ segment: 'segment_1', impact: '', sentiment: '' }] })).toEqual([
      { field: 'assessments.0.sentiment', key: 'dataimport.mapping.required' },
    ]);
  });

  it('sends mapped columns only, and the groups with a missing impact as null', () => {
    const mapping = guessMapping(['Date', 'Headline', 'Company', 'Source', 'Score', 'seg_a']);
    const columns = toPublicationColumns({ ...mapping, assessments: [{ segment: 'seg_a', impact: '', sentiment: 'Score' }] });
    expect(columns).toEqual({
      publishedAt: 'Date',
      title: 'Headline',
      brand: 'Company',
      channel: 'Source',
      weight: 'Score',
      assessments: [{ segment: 'seg_a', sentiment: 'Score', impact: null }],
    });
  });
});

describe('progressOf', () => {
  it('is unknown while checking, a fraction while writing, full when done', () => {
    expect(progressOf({ state: 'CHECKING', rowsChecked: 10, rowsTotal: null, rowsWritten: 0 })).toBeNull();
    expect(progressOf({ state: 'WRITING', rowsChecked: 100, rowsTotal: 100, rowsWritten: 25 })).toBe(0.25);
    expect(progressOf({ state: 'SUCCEEDED', rowsChecked: 100, rowsTotal: 100, rowsWritten: 100 })).toBe(1);
  });
});

describe('isAcceptedFile', () => {
  it('takes CSV and XLSX only', () => {
    expect(isAcceptedFile('pubs.CSV')).toBe(true);
    expect(isAcceptedFile('pubs.xlsx')).toBe(true);
    expect(isAcceptedFile('pubs.xls')).toBe(false);
  });
});
