package app.resonance.company;

import static app.resonance.common.paging.Keyset.key;

import app.resonance.common.paging.Keyset;
import java.time.OffsetDateTime;

/** Orders of the company list; each breaks ties by id so that cursors are stable. */
public enum CompanyOrder {
    NAME_ASC(Keyset.of(true, "c.id", key("lower(c.name)", text -> text))),
    NAME_DESC(Keyset.of(false, "c.id", key("lower(c.name)", text -> text))),
    UPDATED_AT_ASC(Keyset.of(true, "c.id", key("c.updated_at", OffsetDateTime::parse))),
    UPDATED_AT_DESC(Keyset.of(false, "c.id", key("c.updated_at", OffsetDateTime::parse))),
    CREATED_AT_ASC(Keyset.of(true, "c.id", key("c.created_at", OffsetDateTime::parse))),
    CREATED_AT_DESC(Keyset.of(false, "c.id", key("c.created_at", OffsetDateTime::parse)));

    final Keyset keyset;

    CompanyOrder(Keyset keyset) {
        this.keyset = keyset;
    }
}
