import type { ChannelInput } from '../../generated/graphql';
import { draftErrors, longerThan, requiredWithin } from '../ui/forms/validation';
import type { Channel, ChannelDraft } from './types/Channel';
import { inputLimits } from '../../generated/input-limits';

export const CHANNEL_NAME_MAX_LENGTH = inputLimits.ChannelInput.name.maxLength;
export const CHANNEL_URL_MAX_LENGTH = inputLimits.ChannelInput.url.maxLength;

export function channelDraftOf(channel: Channel | null | undefined): ChannelDraft {
  return {
    name: channel?.name ?? '',
    type: channel?.type ?? 'MEDIA',
    publisher: channel?.publisher ?? '',
    url: channel?.url ?? '',
  };
}

/** Mirrors the server's rules (ChannelInput): a name, an http(s) address if any, lengths. */
export function validateChannel(draft: ChannelDraft) {
  const url = draft.url.trim();
  return draftErrors<keyof ChannelDraft>({
    name: requiredWithin(draft.name, CHANNEL_NAME_MAX_LENGTH),
    publisher: longerThan(draft.publisher, CHANNEL_NAME_MAX_LENGTH),
    url:
      longerThan(url, CHANNEL_URL_MAX_LENGTH) ??
      (url !== '' && !/^https?:\/\/\S+$/.test(url) ? { key: 'channels.validation.url' } : undefined),
  });
}

export function toChannelInput(draft: ChannelDraft): ChannelInput {
  return {
    name: draft.name.trim(),
    type: draft.type,
    publisher: draft.publisher.trim() || null,
    url: draft.url.trim() || null,
  };
}
