import { describe, expect, it } from 'vitest';
import { inputLimits } from '../../generated/input-limits';
import type { Supplier } from './types/Supplier';
import {
  draftOf,
  filterSuppliers,
  isEmailAddress,
  sortSuppliers,
  toSupplierInput,
  validateSupplier,
} from './validation';

const supplier = (id: string, name: string, more: Partial<Supplier> = {}): Supplier => ({
  id,
  name,
  services: [],
  contactName: '',
  email: '',
  phone: '',
  notes: '',
  ...more,
});

const printer = supplier('1', 'Printwerk', {
  services: ['PRINTING', 'POSTAGE'],
  contactName: 'Anna Nowak',
  email: 'anna@print.example',
  phone: '+48 (22) 555-01-02',
});
const hall = supplier('2', 'expo Hall', { services: ['VENUE', 'CATERING', 'STAND'], contactName: 'Jon Berg' });
const caterer = supplier('3', 'Álamo Catering', { services: ['CATERING'], email: 'hello@alamo.example' });

const draft = (more: Partial<ReturnType<typeof draftOf>>) => ({ ...draftOf(null), name: 'Fabrikam Print', ...more });

describe('supplier form', () => {
  it('requires a name that no other supplier of the workspace has, whatever its case', () => {
    expect(validateSupplier(draft({ name: '  ' }), []).name).toEqual({ key: 'validation.required' });
    expect(validateSupplier(draft({ name: ' PRINTWERK ' }), [printer]).name).toEqual({
      key: 'suppliers.validation.duplicate',
    });
    expect(validateSupplier(draft({}), [printer, hall])).toEqual({});
  });

  it('takes its length limits from the schema', () => {
    const max = inputLimits.SupplierInput.name.maxLength;
    expect(validateSupplier(draft({ name: 'x'.repeat(max) }), []).name).toBeUndefined();
    expect(validateSupplier(draft({ name: 'x'.repeat(max + 1) }), []).name).toEqual({
      key: 'validation.tooLong',
      values: { max },
    });
    const notes = inputLimits.SupplierInput.notes.maxLength;
    expect(validateSupplier(draft({ notes: 'n'.repeat(notes + 1) }), []).notes?.key).toBe('validation.tooLong');
  });

  it('accepts the e-mail addresses the server accepts and refuses the others', () => {
    for (const good of ['anna@print.example', 'a.b+tag@sub.example.co', 'ops@localhost', 'jörg@bücher.example'])
      expect(isEmailAddress(good), good).toBe(true);
    for (const bad of ['not an address', 'anna@', '@print.example', 'a..b@example.com', 'a@-x.example', 'a b@x.y'])
      expect(isEmailAddress(bad), bad).toBe(false);
    expect(validateSupplier(draft({ email: 'anna at print' }), []).email).toEqual({
      key: 'suppliers.validation.email',
    });
    expect(validateSupplier(draft({ email: ' anna@print.example ' }), []).email).toBeUndefined();
  });

  it('allows digits, spaces and + ( ) - . / in a phone number, as the server does', () => {
    expect(validateSupplier(draft({ phone: '+48 (22) 555-01-02 / 7.1' }), []).phone).toBeUndefined();
    expect(validateSupplier(draft({ phone: 'call me maybe' }), []).phone).toEqual({
      key: 'suppliers.validation.phone',
    });
    expect(validateSupplier(draft({ phone: '555#1' }), []).phone).toEqual({ key: 'suppliers.validation.phone' });
  });

  it('sends trimmed text and leaves blank fields out', () => {
    expect(
      toSupplierInput(draft({ name: ' Printwerk ', services: ['PRINTING'], email: ' anna@print.example ' })),
    ).toEqual({
      name: 'Printwerk',
      services: ['PRINTING'],
      contactName: null,
      email: 'anna@print.example',
      phone: null,
      notes: null,
    });
  });
});

describe('supplier list', () => {
  it('lists suppliers by name, ignoring case and accents', () => {
    expect(sortSuppliers([printer, hall, caterer], 'en').map((s) => s.name)).toEqual([
      'Álamo Catering',
      'expo Hall',
      'Printwerk',
    ]);
  });

  it('filters by one service, or shows all when none is chosen', () => {
    const all = [printer, hall, caterer];
    expect(filterSuppliers(all, { service: 'CATERING', text: '' }).map((s) => s.id)).toEqual(['2', '3']);
    expect(filterSuppliers(all, { service: 'ADVERTISING', text: '' })).toEqual([]);
    expect(filterSuppliers(all, { service: null, text: ' ' })).toEqual(all);
  });

  it('finds text in the name and the contact, ignoring case, together with the service', () => {
    const all = [printer, hall, caterer];
    expect(filterSuppliers(all, { service: null, text: 'HALL' }).map((s) => s.id)).toEqual(['2']);
    expect(filterSuppliers(all, { service: null, text: 'nowak' }).map((s) => s.id)).toEqual(['1']);
    expect(filterSuppliers(all, { service: null, text: 'alamo.example' }).map((s) => s.id)).toEqual(['3']);
    expect(filterSuppliers(all, { service: null, text: '555-01' }).map((s) => s.id)).toEqual(['1']);
    expect(filterSuppliers(all, { service: 'PRINTING', text: 'berg' })).toEqual([]);
  });
});
