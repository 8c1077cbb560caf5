package app.resonance.datafile;

import org.eclipse.microprofile.graphql.Description;

@Description("What a list file holds, and its columns (names in the first row, any order, case-insensitive).")
public enum ImportKind {
    @Description("name, immersion (EXPERT|ENGAGED|GENERAL), reaction_weight (0–1); optional profile, significance")
    SEGMENTS,
    @Description("name, type (MEDIA|INDUSTRY_BLOG|SOCIAL_NETWORK|NEWS_AGENCY|TV_RADIO|OTHER); optional url, publisher")
    CHANNELS,
    @Description("name, kind (CLIENT|COMPETITOR); one client per workspace")
    BRANDS,
    @Description("segment, channel (names), weight (0–1; 0 removes the pair)")
    CHANNEL_WEIGHTS,
    @Description("Companies, matched by external_id, then name + region; columns: see importFields")
    COMPANIES,
    @Description("Contacts, matched by external_id, then email; their company by company_external_id or"
            + " company_name + company_region; columns: see importFields")
    CONTACTS,
    @Description("Equipment of a company or a contact, matched by external_id; columns: see importFields")
    EQUIPMENT,
    @Description("Purchases, one row per item (rows with one external_id are one purchase), matched by"
            + " external_id; columns: see importFields")
    PURCHASES
}
