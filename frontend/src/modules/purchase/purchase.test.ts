import { describe, expect, it } from 'vitest';
import { formatAmount, purchaseDraftOf, toPurchaseInput, validatePurchase } from './validation';

const now = new Date('2026-12-07T12:00:00Z');
const draft = {
  ...purchaseDraftOf(),
  purchasedAt: '2026-12-01T10:30',
  amount: '1234,50',
  items: [{ product: 'Cooler X2', category: 'Cooling', quantity: '3' }],
};

describe('purchase form', () => {
  it('accepts an amount with a decimal comma and sends it exactly, with the items', () => {
    expect(validatePurchase(draft, now)).toEqual({});
    const input = toPurchaseInput(draft, { contactId: 'c1' });
    expect(input).toMatchObject({ amount: '1234.50', currency: 'EUR', contactId: 'c1', companyId: null });
    expect(input.items).toEqual([{ product: 'Cooler X2', category: 'Cooling', quantity: 3 }]);
  });

  it('refuses a time in the future, three decimals, a bad currency and an item without a product', () => {
    const errors = validatePurchase(
      {
        purchasedAt: '2027-01-01T10:00',
        amount: '1.234',
        currency: 'euro',
        items: [{ product: ' ', category: '', quantity: '1' }],
      },
      now,
    );
    expect(Object.keys(errors).sort()).toEqual(['amount', 'currency', 'items', 'purchasedAt']);
  });

  it('shows an amount in its currency in the user’s locale', () => {
    expect(formatAmount('1234.5', 'EUR', 'en')).toBe('€1,234.50');
    expect(formatAmount('12345.5', 'PLN', 'pl').replace(/\s/g, ' ')).toBe('12 345,50 zł');
  });
});
