import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { guessAssessmentGroups, guessMapping, mappingProblems, toPublicationColumns } from './columnMapping';
import { importStatus, problemMessage, progressOf } from './importJob';
import { resources } from '../i18n/i18n';
import type { ImportJob } from './types/Import';
import { isAcceptedFile } from './upload';

const EXPORT_HEADER = [
  'external_id',
  'published_at',
  'brand',
  'channel',
  'title',
  'url',
  'author',
  'weight',
  'segment_1',
  'impact_1',
  'sentiment_1',
  'segment_2',
  'impact_2',
  'sentiment_2',
];

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
    expect(mapping.fields).toMatchObject({
      publishedAt: 'Date',
      title: 'Headline',
      brand: 'Company',
      channel: 'Source',
      weight: 'Score',
      url: 'Link',
    });
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
    expect(mappingProblems({ ...mapping, assessments: [{ segment: 'segment_1', impact: '', sentiment: '' }] })).toEqual(
      [{ field: 'assessments.0.sentiment', key: 'dataimport.mapping.required' }],
    );
  });

  it('sends mapped columns only, and the groups with a missing impact as null', () => {
    const mapping = guessMapping(['Date', 'Headline', 'Company', 'Source', 'Score', 'seg_a']);
    const columns = toPublicationColumns({
      ...mapping,
      assessments: [{ segment: 'seg_a', impact: '', sentiment: 'Score' }],
    });
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
  it("is unknown while checking, the step's fraction while writing, full when done", () => {
    expect(progressOf({ state: 'CHECKING', stepDone: 10, stepTotal: null })).toBeNull();
    expect(progressOf({ state: 'WRITING', stepDone: 25, stepTotal: 100 })).toBe(0.25);
    expect(progressOf({ state: 'WRITING', stepDone: 7, stepTotal: 28 })).toBe(0.25);
    expect(progressOf({ state: 'WRITING', stepDone: 0, stepTotal: 0 })).toBe(0);
    expect(progressOf({ state: 'SUCCEEDED', stepDone: 0, stepTotal: null })).toBe(1);
  });
});

describe('importStatus', () => {
  const t = ((key: string, options?: object) => `${key} ${JSON.stringify(options)}`) as unknown as TFunction;
  const n = (value: unknown) => String(value);
  const job = (fields: Partial<ImportJob>) =>
    ({
      state: 'WRITING',
      step: 'STORING_ROWS',
      rowsChecked: 10,
      rowsTotal: 10,
      rowsWritten: 4,
      stepDone: 4,
      stepTotal: 10,
      problemCount: 0,
      ...fields,
    }) as ImportJob;

  it('names the step while writing: the rows, then the media balance days', () => {
    expect(importStatus(job({}), t, n)).toBe('dataimport.job.writing {"written":"4","total":"10"}');
    expect(
      importStatus(job({ step: 'UPDATING_MEDIA_BALANCE', rowsWritten: 10, stepDone: 14, stepTotal: 40 }), t, n),
    ).toBe('dataimport.job.updatingBalance {"done":"14","total":"40"}');
  });

  it('counts the rows read while checking, and the outcome at the end', () => {
    expect(importStatus(job({ state: 'QUEUED', step: 'WAITING_FOR_OTHER_IMPORTS', rowsChecked: 0 }), t, n)).toBe(
      'dataimport.job.queued undefined',
    );
    expect(importStatus(job({ state: 'CHECKING', step: 'CHECKING_ROWS', rowsChecked: 7 }), t, n)).toBe(
      'dataimport.job.checking {"checked":"7"}',
    );
    expect(importStatus(job({ state: 'SUCCEEDED', step: 'FINISHED' }), t, n)).toBe(
      'dataimport.job.succeeded {"total":"10"}',
    );
    expect(
      importStatus(job({ state: 'FAILED', step: 'FINISHED', failure: 'ROWS_WITH_PROBLEMS', problemCount: 3 }), t, n),
    ).toBe('dataimport.job.failed {"count":"3"}');
    expect(importStatus(job({ state: 'FAILED', step: 'FINISHED', failure: 'NO_DATA_ROWS' }), t, n)).toBe(
      'dataimport.job.noDataRows undefined',
    );
    expect(importStatus(job({ state: 'FAILED', step: 'FINISHED', failure: 'ERROR' }), t, n)).toBe(
      'dataimport.job.error undefined',
    );
    expect(importStatus(job({ state: 'FAILED', step: 'FINISHED', failure: 'INTERRUPTED' }), t, n)).toBe(
      'dataimport.job.interrupted undefined',
    );
  });
});

describe('problemMessage', () => {
  const inPolish = async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'pl', fallbackLng: 'en', interpolation: { escapeValue: false } });
    return i18n.t.bind(i18n) as TFunction;
  };

  it('words a known reason with its value and detail', async () => {
    const t = await inPolish();
    expect(
      problemMessage(
        { reason: 'UNKNOWN_CHANNEL', value: 'Teletext', detail: null, message: "no channel named 'Teletext'" },
        t,
      ),
    ).toBe('w przestrzeni roboczej nie ma kanału „Teletext”');
    expect(problemMessage({ reason: 'NOT_ONE_OF', value: 'happy', detail: 'POSITIVE, NEUTRAL', message: '…' }, t)).toBe(
      '„happy” nie jest żadną z wartości POSITIVE, NEUTRAL',
    );
  });

  it("falls back to the server's English for a reason this client does not know", async () => {
    const t = await inPolish();
    const unknown = {
      reason: 'SOMETHING_NEW',
      value: null,
      detail: null,
      message: 'a reason added on the server later',
    };
    expect(problemMessage(unknown as unknown as Parameters<typeof problemMessage>[0], t)).toBe(
      'a reason added on the server later',
    );
  });

  it('knows every reason of the API schema', () => {
    const schema = readFileSync(new URL('../../../../backend/schema.graphql', import.meta.url), 'utf8');
    const reasons = /enum ImportProblemReason \{([^}]*)\}/.exec(schema)?.[1].trim().split(/\s+/) ?? [];
    expect(reasons.length).toBeGreaterThan(10);
    const known = Object.keys((resources.en.translation as { dataimport: { reasons: object } }).dataimport.reasons);
    expect(known.sort()).toEqual(reasons.sort());
  });
});

describe('isAcceptedFile', () => {
  it('takes CSV and XLSX only', () => {
    expect(isAcceptedFile('pubs.CSV')).toBe(true);
    expect(isAcceptedFile('pubs.xlsx')).toBe(true);
    expect(isAcceptedFile('pubs.xls')).toBe(false);
  });
});
