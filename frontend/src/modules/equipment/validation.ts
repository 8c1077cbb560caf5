import type { EquipmentFieldsFragment, EquipmentInput } from '../../generated/graphql';
import { inputLimits } from '../../generated/input-limits';
import { draftErrors, longerThan, requiredWithin } from '../ui/forms/validation';

export type Equipment = EquipmentFieldsFragment;
const LIMITS = inputLimits.EquipmentInput;
export const EQUIPMENT_LIMITS = {
  product: LIMITS.product.maxLength,
  model: LIMITS.model.maxLength,
  quantityMax: LIMITS.quantity.max,
} as const;

/** The form's values as typed; dates as ISO yyyy-mm-dd ("" when not given), as the date pickers hold them. */
export type EquipmentDraft = {
  product: string;
  model: string;
  productionDate: string;
  purchaseDate: string;
  quantity: string;
};

export function equipmentDraftOf(equipment: Equipment | null | undefined): EquipmentDraft {
  return {
    product: equipment?.product ?? '',
    model: equipment?.model ?? '',
    productionDate: equipment?.productionDate ?? '',
    purchaseDate: equipment?.purchaseDate ?? '',
    quantity: String(equipment?.quantity ?? 1),
  };
}

/**
 * Mirrors the server's rules: a product, a whole quantity from 1, dates not in the future and production not after
 * purchase. `today` is the user's calendar day (yyyy-mm-dd), passed in so that the rule is testable.
 */
export function validateEquipment(draft: EquipmentDraft, today: string) {
  const quantity = Number(draft.quantity);
  return draftErrors<keyof EquipmentDraft>({
    product: requiredWithin(draft.product.trim(), EQUIPMENT_LIMITS.product),
    model: longerThan(draft.model.trim(), EQUIPMENT_LIMITS.model),
    quantity:
      Number.isInteger(quantity) && quantity >= 1 && quantity <= EQUIPMENT_LIMITS.quantityMax
        ? undefined
        : { key: 'equipment.validation.quantity', values: { max: EQUIPMENT_LIMITS.quantityMax } },
    productionDate: draft.productionDate > today ? { key: 'errors.reasons.IN_THE_FUTURE' } : undefined,
    purchaseDate:
      draft.purchaseDate > today
        ? { key: 'errors.reasons.IN_THE_FUTURE' }
        : draft.productionDate && draft.purchaseDate && draft.purchaseDate < draft.productionDate
          ? { key: 'errors.reasons.BEFORE_PRODUCTION' }
          : undefined,
  });
}

export function toEquipmentInput(
  draft: EquipmentDraft,
  owner: Readonly<{ companyId?: string; contactId?: string }>,
): EquipmentInput {
  return {
    companyId: owner.companyId ?? null,
    contactId: owner.contactId ?? null,
    product: draft.product.trim(),
    model: draft.model.trim() || null,
    productionDate: draft.productionDate || null,
    purchaseDate: draft.purchaseDate || null,
    quantity: Number(draft.quantity),
  };
}

/** The user's calendar day as yyyy-mm-dd. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
