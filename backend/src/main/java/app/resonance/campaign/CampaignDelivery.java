package app.resonance.campaign;

/** Who runs the campaign: the team itself, or a supplier (named, with the reason). */
public enum CampaignDelivery {
    IN_HOUSE,
    OUTSOURCED
}
