import { describe, expect, it } from 'vitest';
import { channelDraftOf, toChannelInput, validateChannel } from './validation';

describe('channel form', () => {
  it('accepts a name alone and sends blank optional fields as null', () => {
    const draft = { ...channelDraftOf(null), name: ' Tech Daily ' };
    expect(validateChannel(draft)).toEqual({});
    expect(toChannelInput(draft)).toEqual({ name: 'Tech Daily', type: 'MEDIA', publisher: null, url: null });
  });
  it('requires a name and an http(s) address', () => {
    const errors = validateChannel({ ...channelDraftOf(null), url: 'ftp://example.org' });
    expect(errors.name?.key).toBe('validation.required');
    expect(errors.url?.key).toBe('channels.validation.url');
    expect(validateChannel({ ...channelDraftOf(null), name: 'x', url: 'https://example.org/a' })).toEqual({});
  });
});
