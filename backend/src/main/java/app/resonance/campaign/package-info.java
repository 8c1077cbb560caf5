/**
 * Campaigns of the campaign side: events, mailings, promotions and PR actions with their dates, venue, owner,
 * goals and planned figures, the decision to run them in house or to outsource them, and programmes (a parent
 * campaign whose figures include its descendants'). Budgets, milestones and tasks hang under a campaign and
 * load it through {@link app.resonance.campaign.CampaignService#checked}.
 */
package app.resonance.campaign;
