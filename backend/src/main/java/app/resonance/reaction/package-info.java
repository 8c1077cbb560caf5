/**
 * From the media balance to action: {@code planReaction} turns an alert into a PR_ACTION campaign for its
 * segment and channel, remembering the cell's gap and urgency at that moment; the campaign then shows the cell's
 * balance since the reaction began and whether it is restored, the alert shows its reaction campaign, and
 * completing the campaign can resolve the alert ({@link app.resonance.campaign.CampaignCompletion}). Built on
 * campaigns, alerts and the balance, none of which knows it.
 */
package app.resonance.reaction;
