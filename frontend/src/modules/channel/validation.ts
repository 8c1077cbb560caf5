import type { ChannelInput } from '../../generated/graphql';
import type { DraftErrors } from '../ui/forms/validation';
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
export function validateChannel(draft: ChannelDraft): DraftErrors<keyof ChannelDraft> {
  const errors: DraftErrors<keyof ChannelDraft> = {};
  if (draft.name.trim() === '') errors.name = { key: 'validation.required' };
  else if (draft.name.length > CHANNEL_NAME_MAX_LENGTH)
    errors.name = { key: 'validation.tooLong', values: { max: CHANNEL_NAME_MAX_LENGTH } };
  if (draft.publisher.length > CHANNEL_NAME_MAX_LENGTH)
    errors.publisher = { key: 'validation.tooLong', values: { max: CHANNEL_NAME_MAX_LENGTH } };
  const url = draft.url.trim();
  if (url.length > CHANNEL_URL_MAX_LENGTH)
    errors.url = { key: 'validation.tooLong', values: { max: CHANNEL_URL_MAX_LENGTH } };
  else if (url !== '' && !/^https?:\/\/\S+$/.test(url)) errors.url = { key: 'channels.validation.url' };
  return errors;
}

export function toChannelInput(draft: ChannelDraft): ChannelInput {
  return {
    name: draft.name.trim(),
    type: draft.type,
    publisher: draft.publisher.trim() || null,
    url: draft.url.trim() || null,
  };
}
