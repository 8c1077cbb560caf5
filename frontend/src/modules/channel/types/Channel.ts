import type { ChannelFieldsFragment, ChannelType } from '../../../generated/graphql';

export type Channel = ChannelFieldsFragment;

export { CHANNEL_TYPES } from '../../publication/types/Publication';

export type ChannelDraft = {
  name: string;
  type: ChannelType;
  publisher: string;
  url: string;
};
