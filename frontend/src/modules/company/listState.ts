import type { CompanyFilter } from '../../generated/graphql';
import { inputLimits } from '../../generated/input-limits';
import { choiceParam, paramsOf, textParam } from '../ui/addressState';
import {
  COMPANY_ORDERS,
  COMPANY_SIZES,
  COMPANY_STATUSES,
  UPSELL_POTENTIALS,
  type CompanyListState,
} from './types/Company';

const TEXT_MAX = inputLimits.CompanyInput.region.maxLength;
export const DEFAULT_COMPANY_ORDER = 'NAME_ASC';

/** The grid's state from the address: unknown or malformed values read as "not set". */
export function companyStateOf(params: URLSearchParams): CompanyListState {
  return {
    search: textParam(params, 'q', 200),
    orderBy: choiceParam(params, 'sort', COMPANY_ORDERS) ?? DEFAULT_COMPANY_ORDER,
    status: choiceParam(params, 'status', COMPANY_STATUSES),
    size: choiceParam(params, 'size', COMPANY_SIZES),
    upsell: choiceParam(params, 'upsell', UPSELL_POTENTIALS),
    region: textParam(params, 'region', TEXT_MAX),
    industry: textParam(params, 'industry', TEXT_MAX),
  };
}

/** The address for a state: only what is set, the default order left out. */
export function companyParamsOf(state: CompanyListState): URLSearchParams {
  return paramsOf({
    q: state.search.trim(),
    sort: state.orderBy === DEFAULT_COMPANY_ORDER ? null : state.orderBy,
    status: state.status,
    size: state.size,
    upsell: state.upsell,
    region: state.region.trim(),
    industry: state.industry.trim(),
  });
}

/** The API's filter for a state; undefined when nothing is filtered. */
export function toCompanyFilter(state: CompanyListState): CompanyFilter | undefined {
  const filter: CompanyFilter = {};
  if (state.status) filter.statuses = [state.status];
  if (state.size) filter.sizes = [state.size];
  if (state.upsell) filter.upsellPotentials = [state.upsell];
  if (state.region.trim()) filter.regions = [state.region.trim()];
  if (state.industry.trim()) filter.industries = [state.industry.trim()];
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** Whether the state narrows the list (a search or a filter): an empty grid then says "no match", not "no companies". */
export function isNarrowed(state: CompanyListState): boolean {
  return state.search.trim() !== '' || toCompanyFilter(state) !== undefined;
}
