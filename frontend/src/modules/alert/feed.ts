import type { Alert } from './types/Alert';

/** Alert ids are numeric strings that grow in the order alerts were stored. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isNewer(id: string, than: string | null): boolean {
  return than === null || compareIds(id, than) > 0;
}

/** The larger of two ids (null counts as nothing seen). */
export function maxId(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareIds(a, b) >= 0 ? a : b;
}

/** How many alerts the live feed keeps in memory. */
export const FEED_LIMIT = 200;

export type FeedState = Readonly<{
  /** Newest first, without duplicates, at most FEED_LIMIT. */
  alerts: readonly Alert[];
  /** The largest id received: the `since` to pass when (re)subscribing. */
  lastId: string | null;
  /** The largest id the user has seen in the Alerts view. */
  lastSeenId: string | null;
  /** Ids received that are newer than lastSeenId (not capped like `alerts`). */
  unreadIds: readonly string[];
}>;

export function initialFeed(lastSeenId: string | null): FeedState {
  return { alerts: [], lastId: null, lastSeenId, unreadIds: [] };
}

/**
 * Adds alerts that arrived (live or replayed after a reconnect) to the feed: an alert already there is
 * replaced by the newer copy (its state may have changed), the list stays newest first and the unread
 * count only grows for ids it has not counted yet.
 */
export function mergeAlerts(feed: FeedState, incoming: readonly Alert[]): FeedState {
  if (incoming.length === 0) return feed;
  const byId = new Map(feed.alerts.map((a) => [a.id, a]));
  let lastId = feed.lastId;
  const unread = new Set(feed.unreadIds);
  for (const alert of incoming) {
    byId.set(alert.id, alert);
    lastId = maxId(lastId, alert.id);
    // An alert the app closed itself (its cell recovered) asks nothing of anyone: it is listed, not unread.
    if (isNewer(alert.id, feed.lastSeenId) && alert.state !== 'RESOLVED') unread.add(alert.id);
  }
  const alerts = [...byId.values()].sort((a, b) => compareIds(b.id, a.id)).slice(0, FEED_LIMIT);
  return { ...feed, alerts, lastId, unreadIds: [...unread] };
}

/** Replaces an alert the user changed (acknowledged, resolved, assigned) if the feed holds it. */
export function updateAlert(feed: FeedState, alert: Alert): FeedState {
  if (!feed.alerts.some((a) => a.id === alert.id)) return feed;
  return { ...feed, alerts: feed.alerts.map((a) => (a.id === alert.id ? alert : a)) };
}

/** The user opened the Alerts view: everything received so far (and up to `newestListed`) is seen. */
export function markSeen(feed: FeedState, newestListed: string | null = null): FeedState {
  const lastSeenId = maxId(maxId(feed.lastSeenId, feed.lastId), newestListed);
  return { ...feed, lastSeenId, unreadIds: feed.unreadIds.filter((id) => isNewer(id, lastSeenId)) };
}

export function unreadCount(feed: FeedState): number {
  return feed.unreadIds.length;
}

/**
 * What to subscribe from: after a reconnect the last id received, so nothing is lost; before anything has
 * arrived, the last id the user saw (to replay what came while the app was closed), else only new alerts.
 */
export function sinceFor(feed: Pick<FeedState, 'lastId' | 'lastSeenId'>): string | null {
  return maxId(feed.lastId, feed.lastSeenId);
}

/**
 * Toast only alerts that are IMMEDIATE and raised while the app was open (not a backlog being replayed),
 * allowing for some clock difference between browser and server.
 */
export function shouldToast(alert: Pick<Alert, 'newUrgency' | 'raisedAt'>, openedAt: number, skewMs = 60_000): boolean {
  return alert.newUrgency === 'IMMEDIATE' && Date.parse(alert.raisedAt) >= openedAt - skewMs;
}
