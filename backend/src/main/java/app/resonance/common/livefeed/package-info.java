/**
 * Live feeds: subscriptions whose items are stored rows, pushed to subscribers of every instance. A feature
 * describes its feed ({@link app.resonance.common.livefeed.LiveFeed}); each instance LISTENs to the feed's
 * channel, reads what was stored since the last item it saw, and renders each item once per distinct
 * selection for all its subscribers, checking membership at every delivery. {@code since} replays what a
 * reconnecting client missed.
 */
package app.resonance.common.livefeed;
