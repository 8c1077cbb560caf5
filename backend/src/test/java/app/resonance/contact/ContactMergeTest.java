package app.resonance.contact;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import app.resonance.support.SqlFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Merging two contacts keeps every row of both, hand-built here with SQL so that each kind of row is there
 * on purpose: purchases, equipment, consent and its history, timeline, analytic values, target group
 * inclusions and exclusions.
 */
@QuarkusTest
@RealStackTest
class ContactMergeTest {

    private static final Instant NOW = Instant.now();

    @Inject
    DataSource db;

    @Test
    void theSurvivorKeepsEveryRowOfBothAndFillsItsBlanks() {
        SqlFixtures sql = new SqlFixtures(db);
        MediaWorkspace ws = MediaWorkspace.create();
        UUID w = UUID.fromString(ws.id());
        UUID acme = sql.company(w, "Acme");
        UUID survivor = sql.contact(w, null, "Anna", "", "anna@acme.example", "");
        UUID merged = sql.contact(w, acme, "Anna", "Nowak", "ANNA@ACME.EXAMPLE", "+48 600 100 200");
        sql.run(
                "update contact set position = 'CTO', city = 'Kraków', external_id = 'crm-7', key_staff = true"
                        + " where id = ?",
                merged);
        sql.run("update contact set city = 'Warszawa' where id = ?", survivor);

        purchase(sql, w, survivor);
        purchase(sql, w, merged);
        purchase(sql, w, merged);
        equipment(sql, w, survivor);
        equipment(sql, w, merged);
        timeline(sql, w, survivor);
        timeline(sql, w, merged);
        timeline(sql, w, merged);
        // EMAIL: the merged contact withdrew later than the survivor granted: withdrawn.
        consent(sql, w, survivor, "EMAIL", "GRANTED", 10);
        consent(sql, w, merged, "EMAIL", "WITHDRAWN", 1);
        // SMS: the survivor's grant is the later: granted.
        consent(sql, w, merged, "SMS", "WITHDRAWN", 5);
        consent(sql, w, survivor, "SMS", "GRANTED", 1);
        // POST: only the merged contact had one: granted.
        consent(sql, w, merged, "POST", "GRANTED", 3);
        // PHONE: the survivor granted long ago, the merged contact's consent was cleared since: unknown.
        consent(sql, w, survivor, "PHONE", "GRANTED", 10);
        consent(sql, w, merged, "PHONE", "GRANTED", 8);
        history(sql, w, merged, "PHONE", "UNKNOWN", 2);
        sql.run("delete from consent where contact_id = ? and channel = 'PHONE'", merged);

        UUID tier = analytic(sql, w, "Tier");
        UUID sector = analytic(sql, w, "Sector");
        value(sql, w, tier, survivor, "gold");
        value(sql, w, tier, merged, "silver");
        value(sql, w, sector, merged, "retail");

        UUID onlySurvivor = group(sql, w, "Survivor's");
        UUID onlyMerged = group(sql, w, "Merged's");
        UUID both = group(sql, w, "Both");
        manual(sql, w, onlySurvivor, survivor, "INCLUDE");
        manual(sql, w, onlyMerged, merged, "EXCLUDE");
        manual(sql, w, both, survivor, "INCLUDE");
        manual(sql, w, both, merged, "EXCLUDE");

        String merge = ws.as(
                        "analyst", "mergeContacts", "survivorId", survivor.toString(), "mergedId", merged.toString())
                .body("errors", nullValue())
                .body("data.mergeContacts.id", equalTo(survivor.toString()))
                .body("data.mergeContacts.lastName", equalTo("Nowak"))
                .body("data.mergeContacts.email", equalTo("anna@acme.example"))
                .body("data.mergeContacts.phone", equalTo("+48 600 100 200"))
                .body("data.mergeContacts.position", equalTo("CTO"))
                .body("data.mergeContacts.city", equalTo("Warszawa"))
                .body("data.mergeContacts.externalId", equalTo("crm-7"))
                .body("data.mergeContacts.keyStaff", equalTo(true))
                .body("data.mergeContacts.company.name", equalTo("Acme"))
                .body(
                        "data.mergeContacts.consents.state",
                        equalTo(List.of("WITHDRAWN", "GRANTED", "UNKNOWN", "GRANTED")))
                .body("data.mergeContacts.timeline.edges[0].node.kind", equalTo("MERGED"))
                .body("data.mergeContacts.timeline.edges[0].node.actor", equalTo("analyst"))
                .extract()
                .path("data.mergeContacts.timeline.edges[0].node.details");
        JsonObject details = new JsonObject(merge);
        assertEquals(merged.toString(), details.getString("mergedId"));
        assertEquals("Anna Nowak", details.getString("mergedName"));
        assertEquals("ANNA@ACME.EXAMPLE", details.getString("mergedEmail"));
        assertThat(
                details.getJsonArray("fields").stream().map(String::valueOf).toList(),
                hasItems("companyId", "lastName", "phone", "position", "externalId"));

        assertEquals(0, sql.number("select count(*) from contact where id = ?", merged));
        assertEquals(3, sql.number("select count(*) from purchase where contact_id = ?", survivor));
        assertEquals(2, sql.number("select count(*) from equipment where contact_id = ?", survivor));
        assertEquals(4, sql.number("select count(*) from timeline_entry where contact_id = ?", survivor), "3 + MERGED");
        assertEquals(8, sql.number("select count(*) from consent_history where contact_id = ?", survivor));
        assertEquals(
                "EMAIL WITHDRAWN from merged,POST GRANTED from merged,SMS GRANTED from survivor",
                sql.text(
                        "select string_agg(channel || ' ' || state || ' ' || source, ',' order by channel)"
                                + " from consent where contact_id = ?",
                        survivor));
        assertEquals(
                "Sector=retail,Tier=gold",
                sql.text(
                        "select string_agg(a.name || '=' || v.value_text, ',' order by a.name) from analytic_value v"
                                + " join analytic a on a.id = v.analytic_id where v.contact_id = ?",
                        survivor));
        assertEquals(
                "Both=INCLUDE,Merged's=EXCLUDE,Survivor's=INCLUDE",
                sql.text(
                        "select string_agg(g.name || '=' || m.kind, ',' order by g.name) from target_group_manual m"
                                + " join target_group g on g.id = m.target_group_id where m.contact_id = ?",
                        survivor));
    }

    @Test
    void aContactCannotBeMergedWithItself() {
        SqlFixtures sql = new SqlFixtures(db);
        MediaWorkspace ws = MediaWorkspace.create();
        String anna = sql.contact(UUID.fromString(ws.id()), null, "Anna", "Nowak", "", "")
                .toString();
        ws.as("analyst", "mergeContacts", "survivorId", anna, "mergedId", anna)
                .body("data", nullValue())
                .body("errors[0].extensions.field", equalTo("mergedId"))
                .body("errors[0].extensions.reason", equalTo("SAME_CONTACT"));
    }

    @Test
    void aContactOfAnotherWorkspaceIsNotFoundAndNothingChanges() {
        SqlFixtures sql = new SqlFixtures(db);
        MediaWorkspace ours = MediaWorkspace.create();
        MediaWorkspace theirs = MediaWorkspace.create();
        UUID anna = sql.contact(UUID.fromString(ours.id()), null, "Anna", "Nowak", "", "");
        UUID stranger = sql.contact(UUID.fromString(theirs.id()), null, "Anna", "Nowak", "", "");
        purchase(sql, UUID.fromString(theirs.id()), stranger);
        ours.as("analyst", "mergeContacts", "survivorId", anna.toString(), "mergedId", stranger.toString())
                .body("errors[0].extensions.field", equalTo("mergedId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        ours.as("analyst", "mergeContacts", "survivorId", stranger.toString(), "mergedId", anna.toString())
                .body("errors[0].extensions.field", equalTo("survivorId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        assertEquals(1, sql.number("select count(*) from purchase where contact_id = ?", stranger));
        assertEquals(2, sql.number("select count(*) from contact where id in (?, ?)", anna, stranger));
        ours.as("viewer", "mergeContacts", "survivorId", anna.toString(), "mergedId", stranger.toString())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private static void purchase(SqlFixtures sql, UUID w, UUID contact) {
        sql.run(
                "insert into purchase (id, workspace_id, contact_id, purchased_at, amount, currency, created_at)"
                        + " values (?, ?, ?, now(), 10, 'EUR', now())",
                UUID.randomUUID(),
                w,
                contact);
    }

    private static void equipment(SqlFixtures sql, UUID w, UUID contact) {
        sql.run(
                "insert into equipment (id, workspace_id, contact_id, product, created_at) values (?, ?, ?, 'Fridge', now())",
                UUID.randomUUID(),
                w,
                contact);
    }

    private static void timeline(SqlFixtures sql, UUID w, UUID contact) {
        sql.run(
                "insert into timeline_entry (id, workspace_id, contact_id, at, kind, actor)"
                        + " values (?, ?, ?, now() - interval '1 day', 'CALLED', 'test')",
                UUID.randomUUID(),
                w,
                contact);
    }

    /** The consent as it stands since {@code daysAgo}, with its line of history; source names the contact. */
    private static void consent(SqlFixtures sql, UUID w, UUID contact, String channel, String state, int daysAgo) {
        sql.run(
                "insert into consent (workspace_id, contact_id, channel, state, source, changed_at, changed_by)"
                        + " select ?, ?, ?, ?, case when first_name = 'Anna' and last_name = '' then 'from survivor'"
                        + " else 'from merged' end, ?, 'test' from contact where id = ?",
                w,
                contact,
                channel,
                state,
                NOW.minus(daysAgo, ChronoUnit.DAYS),
                contact);
        history(sql, w, contact, channel, state, daysAgo);
    }

    private static void history(SqlFixtures sql, UUID w, UUID contact, String channel, String state, int daysAgo) {
        sql.run(
                "insert into consent_history (workspace_id, contact_id, channel, state, source, changed_at, changed_by)"
                        + " values (?, ?, ?, ?, 'test', ?, 'test')",
                w,
                contact,
                channel,
                state,
                NOW.minus(daysAgo, ChronoUnit.DAYS));
    }

    private static UUID analytic(SqlFixtures sql, UUID w, String name) {
        UUID id = UUID.randomUUID();
        sql.run(
                "insert into analytic (id, workspace_id, applies_to, name, type, created_at)"
                        + " values (?, ?, 'CONTACT', ?, 'TEXT', now())",
                id,
                w,
                name);
        return id;
    }

    private static void value(SqlFixtures sql, UUID w, UUID analytic, UUID contact, String text) {
        sql.run(
                "insert into analytic_value (workspace_id, analytic_id, contact_id, value_text) values (?, ?, ?, ?)",
                w,
                analytic,
                contact,
                text);
    }

    private static UUID group(SqlFixtures sql, UUID w, String name) {
        UUID id = UUID.randomUUID();
        sql.run(
                "insert into target_group (id, workspace_id, name, created_at, created_by) values (?, ?, ?, now(), 'test')",
                id,
                w,
                name);
        return id;
    }

    private static void manual(SqlFixtures sql, UUID w, UUID group, UUID contact, String kind) {
        sql.run(
                "insert into target_group_manual (workspace_id, target_group_id, contact_id, kind, added_at, added_by)"
                        + " values (?, ?, ?, ?, now(), 'test')",
                w,
                group,
                contact,
                kind);
    }
}
