import type {
  ChannelType,
  PublicationFieldsFragment,
  PublicationFilterOptionsQuery,
  PublicationOrder,
  Sentiment,
} from '../../../generated/graphql';

export type Publication = PublicationFieldsFragment;
export type FilterOptions = PublicationFilterOptionsQuery;
export type { ChannelType, PublicationOrder, Sentiment };

export const SENTIMENTS: readonly Sentiment[] = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'];
export const CHANNEL_TYPES: readonly ChannelType[] = [
  'MEDIA',
  'INDUSTRY_BLOG',
  'SOCIAL_NETWORK',
  'NEWS_AGENCY',
  'TV_RADIO',
  'OTHER',
];
export const ORDERS: readonly PublicationOrder[] = [
  'PUBLISHED_AT_DESC',
  'PUBLISHED_AT_ASC',
  'TITLE_ASC',
  'WEIGHT_DESC',
];

/** What the filter bar holds, as the user entered it (dates as yyyy-mm-dd in the user's calendar). */
export type PublicationFilterState = Readonly<{
  from: string;
  to: string;
  brandIds: readonly string[];
  channelIds: readonly string[];
  channelTypes: readonly ChannelType[];
  publishers: readonly string[];
  segmentIds: readonly string[];
  sentiments: readonly Sentiment[];
  minImpact: number | null;
  maxImpact: number | null;
  titleContains: string;
}>;
