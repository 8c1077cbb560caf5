import { Notification } from '@vaadin/react-components/Notification.js';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { stringifyDocument } from 'urql';
import { AlertRaisedDocument, type AlertRaisedSubscription } from '../../../generated/graphql';
import { createSubscriptionClient } from '../../api/graphqlClient';
import { useAuth } from '../../auth/hooks/useAuth';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import {
  initialFeed,
  markSeen,
  mergeAlerts,
  shouldToast,
  sinceFor,
  unreadCount,
  updateAlert,
  type FeedState,
} from '../feed';
import { AlertFeedContext, type AlertFeedValue } from '../hooks/useAlertFeed';
import { readLastSeen, writeLastSeen } from '../lastSeen';
import type { Alert } from '../types/Alert';

/**
 * Keeps the current workspace's alerts live for the whole app: the Alerts badge, the feeds on the dashboard
 * and the Alerts page, and a toast for IMMEDIATE alerts wherever the user is.
 *
 * It has its own graphql-ws connection rather than urql's: graphql-ws re-sends a subscription's payload
 * after every reconnect, and owning the payload lets `since` follow the last alert received, so the server
 * replays exactly what was missed while the connection was down.
 */
export function AlertFeedProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { service, logout } = useAuth();
  const { current } = useWorkspaces();
  const workspaceId = current?.id ?? null;
  const [feed, setFeed] = useState<FeedState>(() => initialFeed(workspaceId ? readLastSeen(workspaceId) : null));
  const [live, setLive] = useState(false);
  const openedAt = useRef(Date.now());
  const translate = useRef(t);
  translate.current = t;

  const ws = useMemo(
    () => createSubscriptionClient({ getAccessToken: service.getAccessToken, onUnauthorized: logout }),
    [service, logout],
  );
  useEffect(() => () => void ws.dispose(), [ws]);
  useEffect(() => {
    const offConnected = ws.on('connected', () => setLive(true));
    const offClosed = ws.on('closed', () => setLive(false));
    return () => {
      offConnected();
      offClosed();
    };
  }, [ws]);

  useEffect(() => {
    if (!workspaceId) return;
    const start = initialFeed(readLastSeen(workspaceId));
    setFeed(start);
    const variables: { workspaceId: string; since: string | null } = { workspaceId, since: sinceFor(start) };
    const payload = { query: stringifyDocument(AlertRaisedDocument), variables };
    const dispose = ws.subscribe<AlertRaisedSubscription>(payload, {
      next: (result) => {
        const alert = result.data?.alerts;
        if (!alert) return;
        // Read by graphql-ws when it re-subscribes after a reconnect.
        if (variables.since === null || Number(alert.id) > Number(variables.since)) variables.since = alert.id;
        setFeed((f) => mergeAlerts(f, [alert]));
        if (shouldToast(alert, openedAt.current)) toast(alert, translate.current);
      },
      error: () => setLive(false),
      complete: () => {},
    });
    return dispose;
  }, [ws, workspaceId]);

  const markSeenNow = useCallback(
    (newestListed: string | null = null) =>
      setFeed((f) => {
        const next = markSeen(f, newestListed);
        if (workspaceId && next.lastSeenId !== f.lastSeenId) writeLastSeen(workspaceId, next.lastSeenId);
        return next.lastSeenId === f.lastSeenId && next.unreadIds.length === f.unreadIds.length ? f : next;
      }),
    [workspaceId],
  );
  const applyUpdate = useCallback((alert: Alert) => setFeed((f) => updateAlert(f, alert)), []);

  const value = useMemo<AlertFeedValue>(
    () => ({
      alerts: feed.alerts,
      lastId: feed.lastId,
      unread: unreadCount(feed),
      live,
      markSeen: markSeenNow,
      applyUpdate,
    }),
    [feed, live, markSeenNow, applyUpdate],
  );
  return <AlertFeedContext.Provider value={value}>{children}</AlertFeedContext.Provider>;
}

function toast(alert: Alert, t: (key: string, options?: Record<string, unknown>) => string) {
  Notification.show(
    t('alerts.toast', {
      segment: alert.segment.name,
      channel: alert.channel.name,
      gap: new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 2 }).format(
        alert.gap,
      ),
    }),
    { position: 'top-end', duration: 8000, theme: 'error' },
  );
}
