package app.resonance.quality;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The daily quality record counts a hand-made customer base right, replaces the day's record when
 * taken again, and is read as a history. The customer base is written with SQL: only its quality is
 * under test here.
 */
@QuarkusTest
@RealStackTest
class BaseQualityTest {

    private static final Instant LONG_AGO = Instant.now().minus(800, ChronoUnit.DAYS);
    private static final Instant RECENTLY = Instant.now().minus(20, ChronoUnit.DAYS);

    @Inject
    DataSource db;

    @Test
    void theRecordCountsTheBaseAsAPersonWould() throws SQLException {
        MediaWorkspace ws = MediaWorkspace.create();
        UUID workspace = UUID.fromString(ws.id());
        try (Connection sql = db.getConnection()) {
            UUID acme = company(sql, workspace, "Acme");
            UUID tier = analytic(sql, workspace, "CONTACT", "Tier", true);
            UUID sector = analytic(sql, workspace, "COMPANY", "Sector", true);
            value(sql, workspace, sector, "company_id", acme);

            // Anna: valid email, email consent, both key analytics (hers and Acme's).
            UUID anna = contact(sql, workspace, acme, "Anna", "Nowak", "anna@acme.example", "", RECENTLY);
            consent(sql, workspace, anna, "EMAIL", "GRANTED");
            consent(sql, workspace, anna, "SMS", "WITHDRAWN");
            value(sql, workspace, tier, "contact_id", anna);
            // Anna again, the email in capitals: both are suspected duplicates.
            contact(sql, workspace, null, "Anna", "Nowak", "ANNA@ACME.EXAMPLE", "", RECENTLY);
            // Ann Nowak at Acme reads like Anna Nowak: a third suspect, by name.
            UUID ann = contact(sql, workspace, acme, "Ann", "Nowak", "", "+48 600 100 200", RECENTLY);
            consent(sql, workspace, ann, "POST", "GRANTED");
            // Bob: no valid email, untouched for two years.
            contact(sql, workspace, null, "Bob", "Old", "bob-at-nowhere", "", LONG_AGO);
            // Carl: not edited for two years, but something happened to him last month.
            UUID carl = contact(sql, workspace, null, "Carl", "Busy", "carl@busy.example", "+48 (700) 1", LONG_AGO);
            timeline(sql, workspace, carl, RECENTLY);
        }

        ws.as("analyst", "recordBaseQuality")
                .body("errors", nullValue())
                .body(
                        "data.recordBaseQuality.day",
                        equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("data.recordBaseQuality.contacts", equalTo(5))
                .body("data.recordBaseQuality.validEmail", equalTo(3))
                .body("data.recordBaseQuality.consentEmail", equalTo(1))
                .body("data.recordBaseQuality.consentSms", equalTo(0))
                .body("data.recordBaseQuality.consentPhone", equalTo(0))
                .body("data.recordBaseQuality.consentPost", equalTo(1))
                .body("data.recordBaseQuality.keyAnalyticsFilled", equalTo(1))
                .body("data.recordBaseQuality.suspectedDuplicates", equalTo(3))
                .body("data.recordBaseQuality.untouched", equalTo(1));

        // The list behind each figure holds as many contacts as the figure counts (or misses).
        Map<String, Integer> recorded = ws.as("viewer", "baseQuality").extract().path("data.baseQuality[0]");
        int contacts = recorded.get("contacts");
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("INVALID_OR_MISSING_EMAIL", contacts - recorded.get("validEmail"));
        expected.put("NO_CONSENT_EMAIL", contacts - recorded.get("consentEmail"));
        expected.put("NO_CONSENT_SMS", contacts - recorded.get("consentSms"));
        expected.put("NO_CONSENT_PHONE", contacts - recorded.get("consentPhone"));
        expected.put("NO_CONSENT_POST", contacts - recorded.get("consentPost"));
        expected.put("KEY_ANALYTICS_MISSING", contacts - recorded.get("keyAnalyticsFilled"));
        expected.put("SUSPECTED_DUPLICATE", recorded.get("suspectedDuplicates"));
        expected.put("UNTOUCHED", recorded.get("untouched"));
        expected.forEach((figure, count) -> ws.as("viewer", "baseQualityContacts", "figure", figure, "first", 500)
                .body("errors", nullValue())
                .body("data.baseQualityContacts.totalCount", equalTo(count))
                .body("data.baseQualityContacts.edges", hasSize(count)));
        ws.as("viewer", "baseQualityContacts", "figure", "UNTOUCHED")
                .body("data.baseQualityContacts.edges[0].node.firstName", equalTo("Bob"));
        ws.as("viewer", "baseQualityContacts", "figure", "INVALID_OR_MISSING_EMAIL")
                .body("data.baseQualityContacts.edges.node.firstName", contains("Ann", "Bob"));
        ws.as("viewer", "baseQualityContacts", "figure", "NO_CONSENT_POST", "first", 2)
                .body("data.baseQualityContacts.edges", hasSize(2))
                .body("data.baseQualityContacts.pageInfo.hasNextPage", equalTo(true));

        // Taken again the same day: one record, with the new figures.
        try (Connection sql = db.getConnection()) {
            contact(sql, workspace, null, "Dora", "New", "dora@new.example", "", RECENTLY);
        }
        ws.as("analyst", "recordBaseQuality").body("data.recordBaseQuality.contacts", equalTo(6));
        ws.as("viewer", "baseQuality")
                .body("data.baseQuality", hasSize(1))
                .body("data.baseQuality[0].contacts", equalTo(6))
                .body("data.baseQuality[0].validEmail", equalTo(4));
    }

    @Test
    void withoutKeyAnalyticsThatFigureIsNotApplicable() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.as("analyst", "recordBaseQuality")
                .body("data.recordBaseQuality.contacts", equalTo(0))
                .body("data.recordBaseQuality.keyAnalyticsFilled", nullValue());
    }

    @Test
    void viewersReadButDoNotRecordAndRangesAreChecked() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.as("viewer", "recordBaseQuality").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("viewer", "baseQuality").body("errors", nullValue()).body("data.baseQuality", hasSize(0));
        ws.as("viewer", "baseQuality", "from", "2026-02-01", "to", "2026-01-01")
                .body("errors[0].extensions.field", equalTo("to"))
                .body("errors[0].extensions.reason", equalTo("NOT_AFTER_START"));
        ws.as("viewer", "baseQuality", "from", "2000-01-01", "to", "2026-01-01")
                .body("errors[0].extensions.field", equalTo("from"))
                .body("errors[0].extensions.reason", equalTo("WINDOW_TOO_LONG"));
    }

    private static UUID company(Connection sql, UUID workspace, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        insert(
                sql,
                "insert into company (id, workspace_id, name, created_at, updated_at) values (?, ?, ?, now(), now())",
                id,
                workspace,
                name);
        return id;
    }

    private static UUID contact(
            Connection sql,
            UUID workspace,
            UUID company,
            String first,
            String last,
            String email,
            String phone,
            Instant updatedAt)
            throws SQLException {
        UUID id = UUID.randomUUID();
        insert(
                sql,
                "insert into contact (id, workspace_id, company_id, first_name, last_name, email, phone, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                workspace,
                company,
                first,
                last,
                email,
                phone,
                Timestamp.from(updatedAt),
                Timestamp.from(updatedAt));
        return id;
    }

    private static UUID analytic(Connection sql, UUID workspace, String appliesTo, String name, boolean key)
            throws SQLException {
        UUID id = UUID.randomUUID();
        insert(
                sql,
                "insert into analytic (id, workspace_id, applies_to, name, type, is_key, created_at)"
                        + " values (?, ?, ?, ?, 'TEXT', ?, now())",
                id,
                workspace,
                appliesTo,
                name,
                key);
        return id;
    }

    private static void value(Connection sql, UUID workspace, UUID analytic, String column, UUID record)
            throws SQLException {
        insert(
                sql,
                "insert into analytic_value (workspace_id, analytic_id, " + column
                        + ", value_text) values (?, ?, ?, 'x')",
                workspace,
                analytic,
                record);
    }

    private static void consent(Connection sql, UUID workspace, UUID contact, String channel, String state)
            throws SQLException {
        insert(
                sql,
                "insert into consent (workspace_id, contact_id, channel, state, source, changed_at, changed_by)"
                        + " values (?, ?, ?, ?, 'test', now(), 'test')",
                workspace,
                contact,
                channel,
                state);
    }

    private static void timeline(Connection sql, UUID workspace, UUID contact, Instant at) throws SQLException {
        insert(
                sql,
                "insert into timeline_entry (id, workspace_id, contact_id, at, kind, actor) values (?, ?, ?, ?, 'CALLED', 'test')",
                UUID.randomUUID(),
                workspace,
                contact,
                Timestamp.from(at));
    }

    private static void insert(Connection sql, String statement, Object... values) throws SQLException {
        try (PreparedStatement insert = sql.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }
}
