import type { CompanyInput } from '../../generated/graphql';
import { inputLimits } from '../../generated/input-limits';
import { draftErrors, longerThan, requiredWithin } from '../ui/forms/validation';
import type { Company, CompanyDraft } from './types/Company';

const LIMITS = inputLimits.CompanyInput;
export const COMPANY_LIMITS = {
  name: LIMITS.name.maxLength,
  industry: LIMITS.industry.maxLength,
  region: LIMITS.region.maxLength,
  externalId: LIMITS.externalId.maxLength,
} as const;

export function companyDraftOf(company: Company | null | undefined): CompanyDraft {
  return {
    name: company?.name ?? '',
    status: company?.status ?? 'POTENTIAL',
    industry: company?.industry ?? '',
    region: company?.region ?? '',
    size: company?.size ?? '',
    upsellPotential: company?.upsellPotential ?? '',
    owner: company?.owner ?? '',
    externalId: company?.externalId ?? '',
  };
}

/** Mirrors the server's CompanyInput rules so that mistakes show on their field before a round trip. */
export function validateCompany(draft: CompanyDraft) {
  return draftErrors<keyof CompanyDraft>({
    name: requiredWithin(draft.name.trim(), COMPANY_LIMITS.name),
    industry: longerThan(draft.industry.trim(), COMPANY_LIMITS.industry),
    region: longerThan(draft.region.trim(), COMPANY_LIMITS.region),
    externalId: longerThan(draft.externalId.trim(), COMPANY_LIMITS.externalId),
  });
}

/** What the API gets: trimmed text, blanks and unchosen values as absent. */
export function toCompanyInput(draft: CompanyDraft): CompanyInput {
  const optional = (text: string) => text.trim() || null;
  return {
    name: draft.name.trim(),
    status: draft.status,
    industry: optional(draft.industry),
    region: optional(draft.region),
    size: draft.size || null,
    upsellPotential: draft.upsellPotential || null,
    owner: optional(draft.owner),
    externalId: optional(draft.externalId),
  };
}
