package app.resonance.company;

import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.common.tabular.RowReader;
import app.resonance.common.tabular.StagedImport;
import app.resonance.common.time.DatabaseTime;
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
 * Companies from a spreadsheet (see {@link StagedImport}): a row updates the company of its external id,
 * or else the one of its name (case-insensitive) and region, and otherwise creates one; each created or
 * changed company gets a timeline entry. The other customer imports refer to companies the same way
 * ({@link #resolveReferences}).
 */
@ApplicationScoped
public class CompanyImport {

    public static final List<StagedImport.Field> FIELDS = List.of(
            new StagedImport.Field("external_id", false),
            new StagedImport.Field("name", true),
            new StagedImport.Field("industry", false),
            new StagedImport.Field("region", false),
            new StagedImport.Field("size", false),
            new StagedImport.Field("status", false),
            new StagedImport.Field("upsell_potential", false));

    /** The fields a file may set, each a column of the same name. */
    private static final List<StagedImport.Stored> STORED = List.of(
            StagedImport.Stored.kept("external_id", "externalId", "null"),
            StagedImport.Stored.text("name", "name"),
            StagedImport.Stored.text("industry", "industry"),
            StagedImport.Stored.text("region", "region"),
            StagedImport.Stored.nullable("size", "size"),
            StagedImport.Stored.kept("status", "status", "'" + CompanyStatus.POTENTIAL + "'"),
            StagedImport.Stored.nullable("upsell_potential", "upsellPotential"));

    /**
     * The first company of each lower-case name and region among those the staged rows name in {@code column}
     * (rows not matched by external id yet): what a name + region refers to. Only the named ones are sorted:
     * a contacts file that refers by external id does not sort the workspace's 200,000 companies.
     */
    private static String byNameAndRegion(String column, String unmatched) {
        return "(select distinct on (lower(name), region) id, lower(name) as name, region, external_id from company"
                + " where workspace_id = ? and lower(name) in (select lower(" + column + ") from import_row where "
                + unmatched + ") order by lower(name), region, id)";
    }

    private final DataSource dataSource;
    private final Timeline timeline;
    private final Clock clock;

    CompanyImport(DataSource dataSource, Timeline timeline, Clock clock) {
        this.dataSource = dataSource;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** An import of a companies file into the workspace, by the actor, with the mapping (field → column). */
    public RowImport open(UUID workspaceId, String actor, Map<String, String> mapping) {
        return new Run(workspaceId, actor, mapping);
    }

    /**
     * Fills {@code company_id} of the staged rows from {@code company_external_id}, or else from
     * {@code company_name} and {@code company_region}, and reports the rows that name no company of the
     * workspace (staging columns of those names).
     */
    public static void resolveReferences(StagedImport.Staging staging) throws SQLException {
        staging.execute(
                "update import_row s set company_id = c.id from company c"
                        + " where c.workspace_id = ? and c.external_id = s.company_external_id",
                staging.workspaceId());
        staging.execute(
                "update import_row s set company_id = c.id from "
                        + byNameAndRegion("company_name", "company_external_id is null") + " c"
                        + " where s.company_external_id is null and c.name = lower(s.company_name)"
                        + " and c.region = coalesce(s.company_region, '')",
                staging.workspaceId());
        staging.report(
                "company_external_id",
                Reason.UNKNOWN_COMPANY,
                "select n, line, company_external_id, null from import_row"
                        + " where company_id is null and company_external_id is not null order by n");
        staging.report(
                "company_name",
                Reason.UNKNOWN_COMPANY,
                "select n, line, company_name || case when coalesce(company_region, '') = '' then ''"
                        + " else ' (' || company_region || ')' end, null from import_row"
                        + " where company_id is null and company_external_id is null and company_name is not null"
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
            return "id uuid, entry_id uuid, external_id text, name text, industry text, region text, size text,"
                    + " status text, upsell_potential text";
        }

        @Override
        protected String workColumns() {
            return "target uuid, matched_by text, changed text[]";
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
                cells.text(layout.at("name"), 200, true),
                cells.textOrEmpty(layout.at("industry"), 200),
                cells.textOrEmpty(layout.at("region"), 200),
                cells.optionalChoice(layout.at("size"), CompanySize.class),
                cells.optionalChoice(layout.at("status"), CompanyStatus.class),
                cells.optionalChoice(layout.at("upsell_potential"), UpsellPotential.class)
            };
        }

        /** By external id, or else by name and region unless the two rows have different external ids. */
        @Override
        protected void resolve(Staging staging) throws SQLException {
            staging.execute(
                    "update import_row s set target = c.id, matched_by = 'external_id' from company c"
                            + " where c.workspace_id = ? and c.external_id = s.external_id",
                    workspaceId);
            staging.execute(
                    "update import_row s set target = c.id, matched_by = 'name' from "
                            + byNameAndRegion("name", "target is null") + " c"
                            + " where s.target is null and c.name = lower(s.name) and c.region = s.region"
                            + " and (s.external_id is null or c.external_id is null)",
                    workspaceId);
            staging.reportSameTarget("external_id", "name");
        }

        @Override
        protected void store(Staging staging, WriteProgress progress) throws SQLException {
            OffsetDateTime now = DatabaseTime.now(clock);
            List<Stored> mapped = STORED.stream()
                    .filter(column -> staging.layout().mapped(column.column()))
                    .toList();
            staging.compare("company", mapped);
            staging.updateChanged("company", mapped, now);
            staging.insertNew("company", STORED, now, true, progress);
            timeline.recordImported(
                    staging.connection(), TimelineSubject.COMPANY, workspaceId, now, actor, IMPORTED_ROWS);
            staging.countMatched(progress);
        }
    }
}
