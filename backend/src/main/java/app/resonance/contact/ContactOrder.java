package app.resonance.contact;

import static app.resonance.common.paging.Keyset.key;

import app.resonance.common.paging.Keyset;
import java.time.OffsetDateTime;

/** Orders of the contact list; each breaks ties by id so that cursors are stable. */
public enum ContactOrder {
    NAME_ASC(
            Keyset.of(true, "c.id", key("lower(c.last_name)", text -> text), key("lower(c.first_name)", text -> text))),
    NAME_DESC(Keyset.of(
            false, "c.id", key("lower(c.last_name)", text -> text), key("lower(c.first_name)", text -> text))),
    UPDATED_AT_ASC(Keyset.of(true, "c.id", key("c.updated_at", OffsetDateTime::parse))),
    UPDATED_AT_DESC(Keyset.of(false, "c.id", key("c.updated_at", OffsetDateTime::parse))),
    CREATED_AT_ASC(Keyset.of(true, "c.id", key("c.created_at", OffsetDateTime::parse))),
    CREATED_AT_DESC(Keyset.of(false, "c.id", key("c.created_at", OffsetDateTime::parse)));

    final Keyset keyset;

    ContactOrder(Keyset keyset) {
        this.keyset = keyset;
    }
}
