import { describe, expect, it } from 'vitest';
import { inputLimits } from '../../generated/input-limits';
import { companyParamsOf, companyStateOf, isNarrowed, toCompanyFilter } from './listState';
import { companyDraftOf, toCompanyInput, validateCompany } from './validation';

describe('companies grid state in the address', () => {
  it('reads what the page offers and ignores the rest', () => {
    const state = companyStateOf(new URLSearchParams('q=  Nord &status=CURRENT&size=HUGE&sort=NOPE&upsell=HIGH'));
    expect(state).toEqual({
      search: 'Nord',
      orderBy: 'NAME_ASC',
      status: 'CURRENT',
      size: null,
      upsell: 'HIGH',
      region: '',
      industry: '',
    });
  });

  it('writes only what is set, leaving out the default order, so equal states give equal addresses', () => {
    const state = companyStateOf(new URLSearchParams('region=Mazovia&sort=UPDATED_AT_DESC&q=ac'));
    expect(companyParamsOf(state).toString()).toBe('q=ac&region=Mazovia&sort=UPDATED_AT_DESC');
    expect(companyParamsOf(companyStateOf(new URLSearchParams('sort=NAME_ASC'))).toString()).toBe('');
    expect(companyStateOf(companyParamsOf(state))).toEqual(state);
  });

  it('turns the choices into the API filter, and nothing chosen into no filter', () => {
    expect(toCompanyFilter(companyStateOf(new URLSearchParams('q=x')))).toBeUndefined();
    expect(toCompanyFilter(companyStateOf(new URLSearchParams('status=FORMER&industry=Food retail')))).toEqual({
      statuses: ['FORMER'],
      industries: ['Food retail'],
    });
    expect(isNarrowed(companyStateOf(new URLSearchParams('sort=NAME_DESC')))).toBe(false);
    expect(isNarrowed(companyStateOf(new URLSearchParams('q=a')))).toBe(true);
  });
});

describe('company form', () => {
  it('requires a name within the schema limit', () => {
    const max = inputLimits.CompanyInput.name.maxLength;
    expect(validateCompany({ ...companyDraftOf(null), name: ' ' }).name).toEqual({ key: 'validation.required' });
    expect(validateCompany({ ...companyDraftOf(null), name: 'x'.repeat(max + 1) }).name?.key).toBe(
      'validation.tooLong',
    );
    expect(validateCompany({ ...companyDraftOf(null), name: 'Contoso' })).toEqual({});
  });

  it('sends trimmed text, unchosen values as absent and a new company as a potential client', () => {
    expect(toCompanyInput({ ...companyDraftOf(null), name: ' Contoso ', region: ' ', size: 'SMALL' })).toEqual({
      name: 'Contoso',
      status: 'POTENTIAL',
      industry: null,
      region: null,
      size: 'SMALL',
      upsellPotential: null,
      owner: null,
      externalId: null,
    });
  });
});
