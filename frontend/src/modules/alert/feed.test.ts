import { describe, expect, it } from 'vitest';
import {
  compareIds,
  FEED_LIMIT,
  initialFeed,
  markSeen,
  mergeAlerts,
  shouldToast,
  sinceFor,
  unreadCount,
  updateAlert,
} from './feed';
import type { Alert } from './types/Alert';

function alert(id: string, overrides: Partial<Alert> = {}): Alert {
  return {
    id,
    workspaceId: 'w',
    segmentId: 's',
    channelId: 'c',
    segment: { id: 's', name: 'IT engineers' },
    channel: { id: 'c', name: 'TechWire', type: 'MEDIA' },
    oldUrgency: 'NONE',
    newUrgency: 'SECONDARY',
    gap: 0.5,
    state: 'OPEN',
    raisedAt: '2026-11-22T10:00:00Z',
    publicationId: null,
    assignee: null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    resolvedBy: null,
    resolution: null,
    autoResolved: false,
    ...overrides,
  };
}

describe('compareIds', () => {
  it('orders numeric ids by value, not as text', () => {
    expect(compareIds('9', '10')).toBeLessThan(0);
    expect(compareIds('100', '99')).toBeGreaterThan(0);
    expect(compareIds('42', '42')).toBe(0);
  });
});

describe('mergeAlerts', () => {
  it('keeps the newest on top whatever order they arrive in', () => {
    const feed = mergeAlerts(initialFeed(null), [alert('9'), alert('11'), alert('10')]);
    expect(feed.alerts.map((a) => a.id)).toEqual(['11', '10', '9']);
    expect(feed.lastId).toBe('11');
  });

  it('drops duplicates from a replay after a reconnect, keeping the later copy', () => {
    let feed = mergeAlerts(initialFeed(null), [alert('1'), alert('2')]);
    feed = mergeAlerts(feed, [alert('2', { state: 'ACKNOWLEDGED' }), alert('3')]);
    expect(feed.alerts.map((a) => a.id)).toEqual(['3', '2', '1']);
    expect(feed.alerts[1]!.state).toBe('ACKNOWLEDGED');
    expect(unreadCount(feed)).toBe(3);
  });

  it(`keeps at most ${FEED_LIMIT} alerts but counts every unread one`, () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) => alert(String(i + 1)));
    const feed = mergeAlerts(initialFeed(null), many);
    expect(feed.alerts).toHaveLength(FEED_LIMIT);
    expect(feed.alerts[0]!.id).toBe(String(FEED_LIMIT + 5));
    expect(unreadCount(feed)).toBe(FEED_LIMIT + 5);
  });
});

describe('unread count', () => {
  it('counts only alerts newer than the last one the user saw', () => {
    const feed = mergeAlerts(initialFeed('10'), [alert('9'), alert('10'), alert('11'), alert('12')]);
    expect(unreadCount(feed)).toBe(2);
  });

  it('drops to zero when the Alerts view is opened and counts again afterwards', () => {
    let feed = mergeAlerts(initialFeed(null), [alert('1'), alert('2')]);
    feed = markSeen(feed);
    expect(unreadCount(feed)).toBe(0);
    expect(feed.lastSeenId).toBe('2');
    feed = mergeAlerts(feed, [alert('2'), alert('3')]);
    expect(unreadCount(feed)).toBe(1);
  });

  it('does not count an alert the app closed because its cell recovered', () => {
    const recovered = alert('12', { state: 'RESOLVED', autoResolved: true, newUrgency: 'NONE' });
    const feed = mergeAlerts(initialFeed('10'), [alert('11'), recovered]);
    expect(unreadCount(feed)).toBe(1);
    expect(feed.lastId).toBe('12');
  });

  it('treats alerts listed in the view (newer than the feed) as seen too', () => {
    expect(markSeen(initialFeed('3'), '7').lastSeenId).toBe('7');
  });
});

describe('sinceFor', () => {
  it('subscribes for new alerts only when nothing was seen or received', () => {
    expect(sinceFor(initialFeed(null))).toBeNull();
  });
  it('replays from the last seen alert on first connect', () => {
    expect(sinceFor(initialFeed('40'))).toBe('40');
  });
  it('resumes from the last alert received after a reconnect', () => {
    expect(sinceFor(mergeAlerts(initialFeed('40'), [alert('41'), alert('45')]))).toBe('45');
  });
});

describe('updateAlert', () => {
  it('replaces an alert the user acted on and leaves unknown ones out', () => {
    const feed = mergeAlerts(initialFeed(null), [alert('1')]);
    expect(updateAlert(feed, alert('1', { state: 'RESOLVED' })).alerts[0]!.state).toBe('RESOLVED');
    expect(updateAlert(feed, alert('2'))).toBe(feed);
  });
});

describe('shouldToast', () => {
  const opened = Date.parse('2026-11-22T10:00:00Z');
  it('toasts IMMEDIATE alerts raised while the app is open', () => {
    expect(shouldToast({ newUrgency: 'IMMEDIATE', raisedAt: '2026-11-22T10:05:00Z' }, opened)).toBe(true);
  });
  it('does not toast a replayed backlog or lesser urgencies', () => {
    expect(shouldToast({ newUrgency: 'IMMEDIATE', raisedAt: '2026-11-21T10:00:00Z' }, opened)).toBe(false);
    expect(shouldToast({ newUrgency: 'MODERATE', raisedAt: '2026-11-22T10:05:00Z' }, opened)).toBe(false);
  });
});
