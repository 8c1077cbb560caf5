import type { ChannelFieldsFragment, ChannelType } from '../../../generated/graphql';

export type Channel = ChannelFieldsFragment;

export const CHANNEL_TYPES: readonly ChannelType[] = [
  'MEDIA',
  'INDUSTRY_BLOG',
  'SOCIAL_NETWORK',
  'NEWS_AGENCY',
  'TV_RADIO',
  'OTHER',
];

export type ChannelDraft = {
  name: string;
  type: ChannelType;
  publisher: string;
  url: string;
};
