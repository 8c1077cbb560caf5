import { describe, expect, it } from 'vitest';
import { analyticDraftOf, editorValueOf, optionsOf, toAnalyticInput, toValueInput, validateAnalytic } from './analytic';
import type { Analytic } from './types/Analytic';

const upsell: Analytic = {
  id: '1',
  name: 'Upsell potential',
  appliesTo: 'COMPANY',
  type: 'ENUMERATION',
  description: '',
  options: ['Low', 'High'],
};

describe('analytic definitions', () => {
  it('takes an enumeration’s options one per line, without blank lines', () => {
    expect(optionsOf(' Low \n\nHigh\n ')).toEqual(['Low', 'High']);
  });

  it('keeps names unique among analytics of the same records only', () => {
    const draft = { ...analyticDraftOf(null), name: 'upsell POTENTIAL', options: 'A' };
    expect(validateAnalytic({ ...draft, appliesTo: 'COMPANY' }, [upsell]).name).toEqual({
      key: 'analytics.validation.duplicate',
    });
    expect(validateAnalytic({ ...draft, appliesTo: 'CONTACT' }, [upsell])).toEqual({});
  });

  it('requires distinct options for an enumeration and none for other types', () => {
    const draft = { ...analyticDraftOf(null), name: 'Industry' };
    expect(validateAnalytic({ ...draft, options: '' }, []).options).toEqual({ key: 'validation.required' });
    expect(validateAnalytic({ ...draft, options: 'Food\nfood' }, []).options?.key).toBe(
      'analytics.validation.optionTwice',
    );
    expect(toAnalyticInput({ ...draft, type: 'NUMBER', options: 'ignored' }).options).toEqual([]);
  });
});

describe('analytic values', () => {
  it('sends the one field the type fills, and an empty editor as "clear"', () => {
    expect(toValueInput('NUMBER', ' 12,5 ')).toEqual({ number: '12.5' });
    expect(toValueInput('DATE', '2019-03-01')).toEqual({ date: '2019-03-01' });
    expect(toValueInput('BOOLEAN', 'false')).toEqual({ boolean: false });
    expect(toValueInput('ENUMERATION', 'High')).toEqual({ text: 'High' });
    expect(toValueInput('TEXT', '  ')).toBeNull();
  });

  it('shows a stored value in its editor', () => {
    const value = { recordId: 'r', analytic: { id: '1' }, text: null, number: 3, date: null, boolean: false };
    expect(editorValueOf(value, 'NUMBER')).toBe('3');
    expect(editorValueOf(value, 'BOOLEAN')).toBe('false');
    expect(editorValueOf(undefined, 'TEXT')).toBe('');
  });
});
