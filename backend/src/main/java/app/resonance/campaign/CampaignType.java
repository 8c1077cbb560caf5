package app.resonance.campaign;

public enum CampaignType {
    CONFERENCE,
    EXHIBITION,
    WEBINAR,
    MAILING,
    PROMO,
    DISCOUNT,
    BONUS_PROGRAM,
    PR_ACTION
}
