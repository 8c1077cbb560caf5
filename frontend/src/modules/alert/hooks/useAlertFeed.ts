import { createContext, useContext } from 'react';
import type { Alert } from '../types/Alert';

export type AlertFeedValue = Readonly<{
  /** Alerts received live since the app opened (and the replay since the last one seen), newest first. */
  alerts: readonly Alert[];
  /** The largest alert id received; changes whenever an alert arrives. */
  lastId: string | null;
  unread: number;
  /** Whether the live connection is up (false while it reconnects). */
  live: boolean;
  /** The user is looking at the alerts: clear the unread count. */
  markSeen: (newestListed?: string | null) => void;
  /** An alert the user changed, so the feed shows its new state. */
  applyUpdate: (alert: Alert) => void;
}>;

export const AlertFeedContext = createContext<AlertFeedValue | null>(null);

const EMPTY: AlertFeedValue = {
  alerts: [],
  lastId: null,
  unread: 0,
  live: false,
  markSeen: () => {},
  applyUpdate: () => {},
};

/** The live alert feed of the current workspace (empty outside the provider, e.g. before sign-in). */
export function useAlertFeed(): AlertFeedValue {
  return useContext(AlertFeedContext) ?? EMPTY;
}
