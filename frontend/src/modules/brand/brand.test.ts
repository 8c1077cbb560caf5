import { describe, expect, it } from 'vitest';
import type { Brand } from './types/Brand';
import { clientTakenBy, sortBrands, validateBrandKind, validateBrandName } from './validation';

const client: Brand = { id: '1', name: 'Northwind', kind: 'CLIENT' };
const rival: Brand = { id: '2', name: 'Contoso', kind: 'COMPETITOR' };

describe('brands', () => {
  it('requires a name that no other brand of the workspace has', () => {
    expect(validateBrandName(' ', [])).toEqual({ key: 'validation.required' });
    expect(validateBrandName('contoso ', [rival])).toEqual({ key: 'brands.validation.duplicate' });
    expect(validateBrandName('Fabrikam', [client, rival])).toBeNull();
  });

  it('allows one client: a second is refused, the client itself may stay one', () => {
    expect(validateBrandKind('CLIENT', [client, rival], null)).toEqual({
      key: 'brands.validation.clientTaken',
      values: { name: 'Northwind' },
    });
    expect(validateBrandKind('CLIENT', [client, rival], '1')).toBeNull();
    expect(validateBrandKind('CLIENT', [rival], null)).toBeNull();
    expect(clientTakenBy([client], '2')).toBe(client);
  });

  it('lists the client first, then competitors by name', () => {
    expect(sortBrands([rival, { id: '3', name: 'Acme', kind: 'COMPETITOR' }, client]).map((b) => b.name)).toEqual([
      'Northwind',
      'Acme',
      'Contoso',
    ]);
  });
});
