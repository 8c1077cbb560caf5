import type { Brand, BrandKind } from './types/Brand';
import { inputLimits } from '../../generated/input-limits';
import { requiredWithin, type ValidationMessage } from '../ui/forms/validation';

export const BRAND_NAME_MAX_LENGTH = inputLimits.BrandInput.name.maxLength;

export function validateBrandName(name: string, others: readonly Brand[]): ValidationMessage | null {
  const trimmed = name.trim();
  const problem = requiredWithin(trimmed, BRAND_NAME_MAX_LENGTH);
  if (problem) return problem;
  if (others.some((b) => b.name.trim().toLowerCase() === trimmed.toLowerCase()))
    return { key: 'brands.validation.duplicate' };
  return null;
}

/** A workspace has exactly one client: another brand may be the client only when none is, or it is this one. */
export function clientTakenBy(brands: readonly Brand[], editingId: string | null): Brand | null {
  return brands.find((b) => b.kind === 'CLIENT' && b.id !== editingId) ?? null;
}

export function validateBrandKind(
  kind: BrandKind,
  brands: readonly Brand[],
  editingId: string | null,
): ValidationMessage | null {
  const client = clientTakenBy(brands, editingId);
  return kind === 'CLIENT' && client ? { key: 'brands.validation.clientTaken', values: { name: client.name } } : null;
}

/** Client first, then competitors by name. */
export function sortBrands(brands: readonly Brand[]): Brand[] {
  return [...brands].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'CLIENT' ? -1 : 1));
}
