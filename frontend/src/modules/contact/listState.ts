import type { ContactFilter } from '../../generated/graphql';
import { CONSENT_CHANNELS, CONSENT_STATES } from '../consent/types/Consent';
import { choiceParam, paramsOf, textParam, yesNoParam } from '../ui/addressState';
import { CONTACT_ORDERS, type ContactListState } from './types/Contact';

export const DEFAULT_CONTACT_ORDER = 'NAME_ASC';
const COUNTRY = /^[A-Z]{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The grid's state from the address: unknown or malformed values read as "not set". */
export function contactStateOf(params: URLSearchParams): ContactListState {
  const channel = choiceParam(params, 'consent', CONSENT_CHANNELS);
  const state = choiceParam(params, 'consentState', CONSENT_STATES);
  const country = textParam(params, 'country', 3).toUpperCase();
  const companyId = params.get('company');
  return {
    search: textParam(params, 'q', 320),
    orderBy: choiceParam(params, 'sort', CONTACT_ORDERS) ?? DEFAULT_CONTACT_ORDER,
    keyStaff: yesNoParam(params, 'keyStaff'),
    management: yesNoParam(params, 'management'),
    hasEmail: yesNoParam(params, 'hasEmail'),
    consentChannel: channel && state ? channel : null,
    consentState: channel && state ? state : null,
    country: COUNTRY.test(country) ? country : '',
    companyId: companyId && UUID.test(companyId) ? companyId : null,
  };
}

/** The address for a state: only what is set, the default order left out. */
export function contactParamsOf(state: ContactListState): URLSearchParams {
  const consent = state.consentChannel && state.consentState;
  return paramsOf({
    q: state.search.trim(),
    sort: state.orderBy === DEFAULT_CONTACT_ORDER ? null : state.orderBy,
    keyStaff: state.keyStaff,
    management: state.management,
    hasEmail: state.hasEmail,
    consent: consent ? state.consentChannel : null,
    consentState: consent ? state.consentState : null,
    country: state.country.trim().toUpperCase(),
    company: state.companyId,
  });
}

/** The API's filter for a state; undefined when nothing is filtered. */
export function toContactFilter(state: ContactListState): ContactFilter | undefined {
  const filter: ContactFilter = {};
  if (state.keyStaff !== null) filter.keyStaff = state.keyStaff;
  if (state.management !== null) filter.management = state.management;
  if (state.hasEmail !== null) filter.hasEmail = state.hasEmail;
  if (state.consentChannel && state.consentState)
    filter.consent = { channel: state.consentChannel, state: state.consentState };
  if (COUNTRY.test(state.country)) filter.countries = [state.country];
  if (state.companyId) filter.companyId = state.companyId;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** Whether the state narrows the list (a search or a filter): an empty grid then says "no match", not "no contacts". */
export function isNarrowed(state: ContactListState): boolean {
  return state.search.trim() !== '' || toContactFilter(state) !== undefined;
}
