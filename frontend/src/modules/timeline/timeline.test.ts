import { describe, expect, it } from 'vitest';
import { describeEntry } from './timelineText';

const entry = (kind: string, details: string) => ({
  id: '1',
  at: '2026-12-07T10:00:00Z',
  actor: 'analyst',
  kind,
  details,
});

describe('timeline lines', () => {
  it('says which fields an edit changed', () => {
    expect(describeEntry(entry('UPDATED', '{"fields":["email","phone"]}'))).toEqual({
      key: 'timeline.kind.UPDATED_FIELDS',
      values: { fields: 'email, phone' },
    });
    expect(describeEntry(entry('UPDATED', '{}')).key).toBe('timeline.kind.UPDATED');
  });

  it('words a consent change by channel and states, keeping its source as written', () => {
    expect(
      describeEntry(entry('CONSENT_CHANGED', '{"channel":"SMS","from":"GRANTED","to":"WITHDRAWN","source":"call"}')),
    ).toEqual({
      key: 'timeline.kind.CONSENT_CHANGED',
      values: { source: 'call' },
      terms: { channel: 'consent.channel.SMS', from: 'consent.state.GRANTED', to: 'consent.state.WITHDRAWN' },
    });
  });

  it('names the contact a merge took in, by name or else by e-mail', () => {
    expect(
      describeEntry(entry('MERGED', '{"mergedId":"9","mergedName":"Ann Lee","mergedEmail":"ann@x.example"}')),
    ).toEqual({ key: 'timeline.kind.MERGED', values: { name: 'Ann Lee', email: 'ann@x.example' } });
    expect(describeEntry(entry('MERGED', '{"mergedName":"","mergedEmail":"ann@x.example"}')).values.name).toBe(
      'ann@x.example',
    );
  });

  it('shows kinds it does not know yet by their name, even with unreadable details', () => {
    expect(describeEntry(entry('ATTENDED', 'not json'))).toEqual({
      key: 'timeline.kind.OTHER',
      values: { kind: 'ATTENDED' },
    });
  });
});
