package app.resonance.supplier;

/** What a campaign spends on: the budget lines' categories and the services suppliers offer. */
public enum BudgetCategory {
    VENUE,
    CATERING,
    STAND,
    PRINTING,
    POSTAGE,
    ADVERTISING,
    EQUIPMENT_TRANSPORT,
    STAFF,
    OTHER
}
