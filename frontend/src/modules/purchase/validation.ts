import type { PurchaseFieldsFragment, PurchaseInput } from '../../generated/graphql';
import { inputLimits } from '../../generated/input-limits';
import { draftErrors, longerThan, REQUIRED, requiredWithin, type ValidationMessage } from '../ui/forms/validation';

export type Purchase = PurchaseFieldsFragment;
const LIMITS = inputLimits.PurchaseItemInput;
export const ITEM_LIMITS = { product: LIMITS.product.maxLength, category: LIMITS.category.maxLength } as const;
const CURRENCY = new RegExp(inputLimits.PurchaseInput.currency.pattern);
/** At least 0, at most two decimals, written with a dot or the user's decimal comma. */
const AMOUNT = /^\d+([.,]\d{1,2})?$/;

export type ItemDraft = { product: string; category: string; quantity: string };
/** The form's values as typed; the time as a local "yyyy-mm-ddThh:mm", as the date-time picker holds it. */
export type PurchaseDraft = { purchasedAt: string; amount: string; currency: string; items: ItemDraft[] };

export const emptyItem = (): ItemDraft => ({ product: '', category: '', quantity: '1' });

export function purchaseDraftOf(): PurchaseDraft {
  return { purchasedAt: '', amount: '', currency: 'EUR', items: [emptyItem()] };
}

/** The first problem of an item, if any: a product, text limits, a whole quantity from 1. */
export function itemProblem(item: ItemDraft): ValidationMessage | undefined {
  const quantity = Number(item.quantity);
  return (
    requiredWithin(item.product.trim(), ITEM_LIMITS.product) ??
    longerThan(item.category.trim(), ITEM_LIMITS.category) ??
    (Number.isInteger(quantity) && quantity >= 1 ? undefined : { key: 'purchases.validation.quantity' })
  );
}

/** Mirrors the server's PurchaseInput rules; `now` is passed in so that "not in the future" is testable. */
export function validatePurchase(draft: PurchaseDraft, now: Date) {
  const at = draft.purchasedAt ? new Date(draft.purchasedAt) : null;
  return draftErrors<keyof PurchaseDraft>({
    purchasedAt: !at ? REQUIRED : at.getTime() > now.getTime() ? { key: 'errors.reasons.IN_THE_FUTURE' } : undefined,
    amount: AMOUNT.test(draft.amount.trim()) ? undefined : { key: 'purchases.validation.amount' },
    currency: CURRENCY.test(draft.currency.trim().toUpperCase()) ? undefined : { key: 'purchases.validation.currency' },
    items: draft.items.length === 0 ? REQUIRED : draft.items.map(itemProblem).find(Boolean),
  });
}

export function toPurchaseInput(
  draft: PurchaseDraft,
  owner: Readonly<{ companyId?: string; contactId?: string }>,
): PurchaseInput {
  return {
    companyId: owner.companyId ?? null,
    contactId: owner.contactId ?? null,
    purchasedAt: new Date(draft.purchasedAt).toISOString(),
    // A string keeps every digit of the exact amount.
    amount: draft.amount.trim().replace(',', '.'),
    currency: draft.currency.trim().toUpperCase(),
    items: draft.items.map((item) => ({
      product: item.product.trim(),
      category: item.category.trim() || null,
      quantity: Number(item.quantity),
    })),
  };
}

/** An amount in its currency, in the user's locale (1 234,50 € in pl). */
export function formatAmount(amount: unknown, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(Number(amount))} ${currency}`;
  }
}
