/**
 * Channels: media outlets, industry blogs, social networks… where publications appear, each
 * with a weight w(s, c) per segment — how popular and in demand the channel is for that audience.
 */
package app.resonance.channel;
