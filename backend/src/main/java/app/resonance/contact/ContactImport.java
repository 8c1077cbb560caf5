package app.resonance.contact;

import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.common.tabular.RowReader;
import app.resonance.common.tabular.StagedImport;
import app.resonance.common.time.DatabaseTime;
import app.resonance.company.CompanyImport;
import app.resonance.timeline.Timeline;
import app.resonance.timeline.TimelineSubject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Contacts from a spreadsheet (see {@link StagedImport}): a row updates the contact of its external id, or
 * else the one of its email (compared as {@code contact.email_normalized}), and otherwise creates one; its
 * company is named by external id, or by name and region. Each created or changed contact gets a timeline
 * entry. Equipment and purchases refer to contacts the same way ({@link #resolveReferences}).
 */
@ApplicationScoped
public class ContactImport {

    public static final List<StagedImport.Field> FIELDS = List.of(
            new StagedImport.Field("external_id", false),
            new StagedImport.Field("company_external_id", false),
            new StagedImport.Field("company_name", false),
            new StagedImport.Field("company_region", false),
            new StagedImport.Field("first_name", false),
            new StagedImport.Field("last_name", false),
            new StagedImport.Field("email", false),
            new StagedImport.Field("position", false),
            new StagedImport.Field("key_staff", false),
            new StagedImport.Field("management", false),
            new StagedImport.Field("phone", false),
            new StagedImport.Field("address_line", false),
            new StagedImport.Field("postal_code", false),
            new StagedImport.Field("city", false),
            new StagedImport.Field("country", false),
            new StagedImport.Field("preferred_language", false));

    private static final StagedImport.Stored COMPANY = StagedImport.Stored.nullable("company_id", "companyId");

    /** The fields a file may set: the company (from its reference columns) and columns of the fields' names. */
    private static final List<StagedImport.Stored> STORED = List.of(
            StagedImport.Stored.kept("external_id", "externalId", "null"),
            COMPANY,
            StagedImport.Stored.text("first_name", "firstName"),
            StagedImport.Stored.text("last_name", "lastName"),
            StagedImport.Stored.text("email", "email"),
            StagedImport.Stored.text("position", "position"),
            new StagedImport.Stored("key_staff", "keyStaff", "false", false),
            new StagedImport.Stored("management", "management", "false", false),
            StagedImport.Stored.text("phone", "phone"),
            StagedImport.Stored.text("address_line", "addressLine"),
            StagedImport.Stored.text("postal_code", "postalCode"),
            StagedImport.Stored.text("city", "city"),
            StagedImport.Stored.nullable("country", "country"),
            StagedImport.Stored.nullable("preferred_language", "preferredLanguage"));

    private final DataSource dataSource;
    private final Timeline timeline;
    private final Clock clock;

    ContactImport(DataSource dataSource, Timeline timeline, Clock clock) {
        this.dataSource = dataSource;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** An import of a contacts file into the workspace, by the actor, with the mapping (field → column). */
    public RowImport open(UUID workspaceId, String actor, Map<String, String> mapping) {
        return new Run(workspaceId, actor, mapping);
    }

    /**
     * Fills {@code contact_id} of the staged rows from {@code contact_external_id}, or else from
     * {@code contact_email}, and reports the rows that name no contact of the workspace (staging columns of
     * those names).
     */
    public static void resolveReferences(StagedImport.Staging staging) throws SQLException {
        staging.execute(
                "update import_row s set contact_id = c.id from contact c"
                        + " where c.workspace_id = ? and c.external_id = s.contact_external_id",
                staging.workspaceId());
        staging.execute(
                "update import_row s set contact_id = c.id from (select distinct on (email_normalized) id,"
                        + " email_normalized from contact where workspace_id = ? and email_normalized in"
                        + " (select lower(contact_email) from import_row where contact_external_id is null"
                        + " and contact_email <> '') order by email_normalized, id) c"
                        + " where s.contact_external_id is null and c.email_normalized = lower(s.contact_email)",
                staging.workspaceId());
        staging.report(
                "contact_external_id",
                Reason.UNKNOWN_CONTACT,
                "select n, line, contact_external_id, null from import_row"
                        + " where contact_id is null and contact_external_id is not null order by n");
        staging.report(
                "contact_email",
                Reason.UNKNOWN_CONTACT,
                "select n, line, contact_email, null from import_row"
                        + " where contact_id is null and contact_external_id is null and contact_email <> ''"
                        + " order by n");
    }

    private final class Run extends StagedImport {

        private final String actor;

        Run(UUID workspaceId, String actor, Map<String, String> mapping) {
            super(dataSource, workspaceId, mapping);
            this.actor = actor;
        }

        @Override
        protected List<Field> fields() {
            return FIELDS;
        }

        @Override
        protected String stagedColumns() {
            return "id uuid, entry_id uuid, external_id text, company_external_id text, company_name text,"
                    + " company_region text, first_name text, last_name text, email text, position text,"
                    + " key_staff boolean, management boolean, phone text, address_line text, postal_code text,"
                    + " city text, country text, preferred_language text";
        }

        @Override
        protected String workColumns() {
            return "company_id uuid, target uuid, matched_by text, changed text[]";
        }

        @Override
        protected String uniqueField() {
            return "external_id";
        }

        @Override
        protected Object[] parse(RowReader cells, Layout layout) {
            return new Object[] {
                TimeOrderedIds.next(),
                TimeOrderedIds.next(),
                cells.text(layout.at("external_id"), 200, false),
                cells.text(layout.at("company_external_id"), 200, false),
                cells.text(layout.at("company_name"), 200, false),
                cells.textOrEmpty(layout.at("company_region"), 200),
                cells.textOrEmpty(layout.at("first_name"), 100),
                cells.textOrEmpty(layout.at("last_name"), 100),
                cells.email(layout.at("email")),
                cells.textOrEmpty(layout.at("position"), 200),
                cells.bool(layout.at("key_staff")),
                cells.bool(layout.at("management")),
                cells.phone(layout.at("phone")),
                cells.textOrEmpty(layout.at("address_line"), 400),
                cells.textOrEmpty(layout.at("postal_code"), 20),
                cells.textOrEmpty(layout.at("city"), 200),
                cells.country(layout.at("country")),
                cells.language(layout.at("preferred_language"))
            };
        }

        /** By external id, or else by email unless the two have different external ids. */
        @Override
        protected void resolve(Staging staging) throws SQLException {
            CompanyImport.resolveReferences(staging);
            staging.execute(
                    "update import_row s set target = c.id, matched_by = 'external_id' from contact c"
                            + " where c.workspace_id = ? and c.external_id = s.external_id",
                    workspaceId);
            staging.execute(
                    "update import_row s set target = c.id, matched_by = 'email' from (select distinct on"
                            + " (email_normalized) id, email_normalized, external_id from contact"
                            + " where workspace_id = ? and email_normalized in"
                            + " (select lower(email) from import_row where target is null and email <> '')"
                            + " order by email_normalized, id) c"
                            + " where s.target is null and c.email_normalized = lower(s.email)"
                            + " and (s.external_id is null or c.external_id is null)",
                    workspaceId);
            // A file that leaves out the name and email columns may still update other fields of known contacts.
            Layout layout = staging.layout();
            boolean named = layout.mapped("first_name") && layout.mapped("last_name") && layout.mapped("email");
            staging.report(
                    "last_name",
                    Reason.NAME_OR_EMAIL_MISSING,
                    "select n, line, null, null from import_row where first_name = '' and last_name = ''"
                            + " and email = '' and (target is null or " + named + ") order by n");
            staging.reportSameTarget("external_id", "email");
        }

        @Override
        protected void store(Staging staging, WriteProgress progress) throws SQLException {
            OffsetDateTime now = DatabaseTime.now(clock);
            Layout layout = staging.layout();
            boolean companyMapped = layout.mapped("company_external_id") || layout.mapped("company_name");
            List<Stored> mapped = STORED.stream()
                    .filter(column -> column == COMPANY ? companyMapped : layout.mapped(column.column()))
                    .toList();
            staging.compare("contact", mapped);
            staging.updateChanged("contact", mapped, now);
            staging.insertNew("contact", STORED, now, true, progress);
            timeline.recordImported(
                    staging.connection(), TimelineSubject.CONTACT, workspaceId, now, actor, IMPORTED_ROWS);
            staging.countMatched(progress);
        }
    }
}
