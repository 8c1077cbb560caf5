import { describe, expect, it } from 'vitest';
import { contactParamsOf, contactStateOf, toContactFilter } from './listState';
import { displayName } from './types/Contact';
import { contactDraftOf, toContactInput, validateContact } from './validation';

const COMPANY = '0191d1a2-3b4c-7d5e-8f60-718293a4b5c6';

describe('contacts grid state in the address', () => {
  it('takes a consent filter only with both its channel and its state', () => {
    expect(contactStateOf(new URLSearchParams('consent=EMAIL')).consentChannel).toBeNull();
    const state = contactStateOf(new URLSearchParams('consent=EMAIL&consentState=WITHDRAWN'));
    expect(toContactFilter(state)).toEqual({ consent: { channel: 'EMAIL', state: 'WITHDRAWN' } });
  });

  it('reads yes/no filters, a country code and a company id, and ignores malformed ones', () => {
    const state = contactStateOf(
      new URLSearchParams(`keyStaff=yes&management=no&hasEmail=maybe&country=pl&company=${COMPANY}`),
    );
    expect(toContactFilter(state)).toEqual({
      keyStaff: true,
      management: false,
      countries: ['PL'],
      companyId: COMPANY,
    });
    const odd = contactStateOf(new URLSearchParams('country=Poland&company=not-an-id'));
    expect(toContactFilter(odd)).toBeUndefined();
  });

  it('round-trips through the address in a stable order', () => {
    const state = contactStateOf(new URLSearchParams('sort=CREATED_AT_DESC&q=kow&keyStaff=yes'));
    const params = contactParamsOf(state);
    expect(params.toString()).toBe('keyStaff=yes&q=kow&sort=CREATED_AT_DESC');
    expect(contactStateOf(params)).toEqual(state);
  });
});

describe('contact form', () => {
  it('needs a first name, a last name or an email, as the server does', () => {
    expect(validateContact(contactDraftOf(null)).firstName).toEqual({ key: 'errors.reasons.NAME_OR_EMAIL_MISSING' });
    expect(validateContact({ ...contactDraftOf(null), email: 'anna@example.com' })).toEqual({});
    expect(validateContact({ ...contactDraftOf(null), lastName: 'Nowak' })).toEqual({});
  });

  it('refuses a malformed email, phone, country and language on their fields', () => {
    const errors = validateContact({
      ...contactDraftOf(null),
      firstName: 'Anna',
      email: 'anna at example',
      phone: 'call me',
      country: 'Poland',
      preferredLanguage: 'polish',
    });
    expect(Object.keys(errors).sort()).toEqual(['country', 'email', 'phone', 'preferredLanguage']);
    expect(
      validateContact({ ...contactDraftOf(null), firstName: 'A', country: 'pl', preferredLanguage: 'pt-BR' }),
    ).toEqual({});
  });

  it('sends blanks as absent and the country in upper case', () => {
    const input = toContactInput({ ...contactDraftOf(null), firstName: ' Anna ', country: 'pl', keyStaff: true });
    expect(input).toMatchObject({ firstName: 'Anna', lastName: null, country: 'PL', keyStaff: true, companyId: null });
  });

  it('names a person by their name, else their email', () => {
    expect(displayName({ firstName: 'Anna', lastName: 'Nowak', email: 'a@x.pl' })).toBe('Anna Nowak');
    expect(displayName({ firstName: '', lastName: '', email: 'a@x.pl' })).toBe('a@x.pl');
  });
});
