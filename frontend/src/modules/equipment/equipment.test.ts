import { describe, expect, it } from 'vitest';
import { equipmentDraftOf, localToday, toEquipmentInput, validateEquipment } from './validation';

const draft = { ...equipmentDraftOf(null), product: 'Display freezer', quantity: '2' };

describe('equipment form', () => {
  it('refuses dates in the future and a purchase before the production, as the server does', () => {
    expect(
      validateEquipment({ ...draft, productionDate: '2018-05-01', purchaseDate: '2018-06-01' }, '2026-12-07'),
    ).toEqual({});
    expect(validateEquipment({ ...draft, productionDate: '2027-01-01' }, '2026-12-07').productionDate?.key).toBe(
      'errors.reasons.IN_THE_FUTURE',
    );
    expect(
      validateEquipment({ ...draft, productionDate: '2019-01-01', purchaseDate: '2018-12-31' }, '2026-12-07')
        .purchaseDate?.key,
    ).toBe('errors.reasons.BEFORE_PRODUCTION');
  });

  it('wants a product and a whole quantity from 1', () => {
    expect(Object.keys(validateEquipment({ ...draft, product: '', quantity: '0' }, '2026-12-07')).sort()).toEqual([
      'product',
      'quantity',
    ]);
    expect(validateEquipment({ ...draft, quantity: '1.5' }, '2026-12-07').quantity?.key).toBe(
      'equipment.validation.quantity',
    );
  });

  it('sends the owner and leaves blank dates out', () => {
    expect(toEquipmentInput(draft, { companyId: 'co' })).toEqual({
      companyId: 'co',
      contactId: null,
      product: 'Display freezer',
      model: null,
      productionDate: null,
      purchaseDate: null,
      quantity: 2,
    });
  });

  it('takes today in the user’s own calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
