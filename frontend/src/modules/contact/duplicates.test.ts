import { describe, expect, it } from 'vitest';
import { filledFields, mergedConsents, mergePath, reasonOf } from './duplicates';

const person = (fields: Partial<Parameters<typeof filledFields>[0]> = {}) => ({
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  position: '',
  company: null,
  addressLine: '',
  postalCode: '',
  city: '',
  country: null,
  preferredLanguage: null,
  externalId: null,
  ...fields,
});

describe('merge preview', () => {
  it('fills only the blank fields of the survivor that the merged contact has', () => {
    const survivor = person({ firstName: 'Ann', email: 'ann@x.example', country: 'PL' });
    const merged = person({ firstName: 'Anna', email: 'a@y.example', phone: '+48 1', company: { id: 'c' } });
    expect(filledFields(survivor, merged)).toEqual(['phone', 'company']);
    expect(filledFields(merged, survivor)).toEqual(['country']);
  });

  it('keeps per channel the more recent consent change, and the survivor own on a tie or when neither changed', () => {
    const survivor = [
      { channel: 'EMAIL', state: 'GRANTED', changedAt: '2026-01-01T00:00:00Z' },
      { channel: 'SMS', state: 'UNKNOWN', changedAt: null },
      { channel: 'POST', state: 'GRANTED', changedAt: '2026-03-01T00:00:00Z' },
    ] as const;
    const merged = [
      { channel: 'EMAIL', state: 'WITHDRAWN', changedAt: '2026-02-01T00:00:00Z' },
      { channel: 'SMS', state: 'UNKNOWN', changedAt: null },
      { channel: 'POST', state: 'WITHDRAWN', changedAt: '2026-03-01T00:00:00Z' },
    ] as const;
    expect(mergedConsents(survivor, merged).map((c) => c.state)).toEqual(['WITHDRAWN', 'UNKNOWN', 'GRANTED']);
  });
});

describe('duplicates in the address', () => {
  it('reads a known reason and takes anything else as any reason', () => {
    expect(reasonOf('PHONE')).toBe('PHONE');
    expect(reasonOf('phone')).toBeNull();
    expect(reasonOf(null)).toBeNull();
  });

  it('links a pair to its merge, the first offered as the one that stays', () => {
    expect(mergePath('a', 'b')).toBe('/contacts/duplicates/merge?contact=a&other=b');
  });
});
