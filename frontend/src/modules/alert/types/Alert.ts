import type { AlertFieldsFragment, AlertState, Urgency } from '../../../generated/graphql';

export type Alert = AlertFieldsFragment;
export type { AlertState, Urgency };
export const ALERT_STATES: readonly AlertState[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'];
export const ALERT_URGENCIES: readonly Urgency[] = ['IMMEDIATE', 'MODERATE', 'SECONDARY', 'NONE'];
