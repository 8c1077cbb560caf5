package app.resonance.campaign;

import static app.resonance.common.paging.Keyset.key;

import app.resonance.common.paging.Keyset;
import java.time.LocalDate;

/** Orders of the campaign list; each breaks ties by id so that cursors are stable. */
public enum CampaignOrder {
    STARTS_ON_ASC(Keyset.of(true, "c.id", key(Sql.STARTS_ON, LocalDate::parse))),
    STARTS_ON_DESC(Keyset.of(false, "c.id", key(Sql.STARTS_ON, LocalDate::parse))),
    NAME_ASC(Keyset.of(true, "c.id", key("lower(c.name)", text -> text))),
    NAME_DESC(Keyset.of(false, "c.id", key("lower(c.name)", text -> text))),
    STATUS_ASC(Keyset.of(true, "c.id", key(Sql.STATUS_RANK, Integer::valueOf))),
    STATUS_DESC(Keyset.of(false, "c.id", key(Sql.STATUS_RANK, Integer::valueOf)));

    final Keyset keyset;

    CampaignOrder(Keyset keyset) {
        this.keyset = keyset;
    }

    private static final class Sql {
        /** Campaigns without a start come last in time; the cursor needs a value, not null. */
        static final String STARTS_ON = "coalesce(c.starts_on, date '9999-12-31')";

        /** The lifecycle's order, not the alphabet's. */
        static final String STATUS_RANK =
                "array_position(array['DRAFT', 'PLANNED', 'RUNNING', 'COMPLETED', 'CANCELLED'], c.status)";
    }
}
