package app.resonance.channel;

public enum ChannelType {
    MEDIA,
    INDUSTRY_BLOG,
    SOCIAL_NETWORK,
    NEWS_AGENCY,
    TV_RADIO,
    OTHER
}
