package app.resonance.equipment;

import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.common.tabular.RowReader;
import app.resonance.common.tabular.StagedImport;
import app.resonance.common.time.DatabaseTime;
import app.resonance.company.CompanyImport;
import app.resonance.contact.ContactImport;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Equipment from a spreadsheet (see {@link StagedImport}): a row updates the equipment of its external id
 * and otherwise creates one (a row without an external id always creates one). It belongs to a company
 * (external id, or name and region) or to a contact (external id, or email).
 */
@ApplicationScoped
public class EquipmentImport {

    public static final List<StagedImport.Field> FIELDS = List.of(
            new StagedImport.Field("external_id", false),
            new StagedImport.Field("company_external_id", false),
            new StagedImport.Field("company_name", false),
            new StagedImport.Field("company_region", false),
            new StagedImport.Field("contact_external_id", false),
            new StagedImport.Field("contact_email", false),
            new StagedImport.Field("product", true),
            new StagedImport.Field("model", false),
            new StagedImport.Field("production_date", false),
            new StagedImport.Field("purchase_date", false),
            new StagedImport.Field("quantity", false));

    private static final Set<String> OWNER_FIELDS =
            Set.of("company_external_id", "company_name", "company_region", "contact_external_id", "contact_email");
    private static final StagedImport.Stored COMPANY = StagedImport.Stored.nullable("company_id", "companyId");
    private static final StagedImport.Stored CONTACT = StagedImport.Stored.nullable("contact_id", "contactId");
    private static final List<StagedImport.Stored> STORED = List.of(
            StagedImport.Stored.kept("external_id", "externalId", "null"),
            COMPANY,
            CONTACT,
            StagedImport.Stored.text("product", "product"),
            StagedImport.Stored.text("model", "model"),
            StagedImport.Stored.nullable("production_date", "productionDate"),
            StagedImport.Stored.nullable("purchase_date", "purchaseDate"),
            new StagedImport.Stored("quantity", "quantity", "1", false));

    private static final int MAX_QUANTITY = 1_000_000;

    private final DataSource dataSource;
    private final Clock clock;

    EquipmentImport(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** An import of an equipment file into the workspace, with the mapping (field → column). */
    public RowImport open(UUID workspaceId, Map<String, String> mapping) {
        return new Run(workspaceId, mapping);
    }

    private final class Run extends StagedImport {

        Run(UUID workspaceId, Map<String, String> mapping) {
            super(dataSource, workspaceId, mapping);
        }

        @Override
        protected List<Field> fields() {
            return FIELDS;
        }

        @Override
        protected String stagedColumns() {
            return "id uuid, external_id text, company_external_id text, company_name text, company_region text,"
                    + " contact_external_id text, contact_email text, product text, model text, production_date date,"
                    + " purchase_date date, quantity integer";
        }

        @Override
        protected String workColumns() {
            return "company_id uuid, contact_id uuid, target uuid, matched_by text, changed text[]";
        }

        @Override
        protected String uniqueField() {
            return "external_id";
        }

        @Override
        protected Object[] parse(RowReader cells, Layout layout) {
            Object[] values = {
                TimeOrderedIds.next(),
                cells.text(layout.at("external_id"), 200, false),
                cells.text(layout.at("company_external_id"), 200, false),
                cells.text(layout.at("company_name"), 200, false),
                cells.textOrEmpty(layout.at("company_region"), 200),
                cells.text(layout.at("contact_external_id"), 200, false),
                cells.email(layout.at("contact_email")),
                cells.text(layout.at("product"), 200, true),
                cells.textOrEmpty(layout.at("model"), 200),
                cells.date(layout.at("production_date")),
                cells.date(layout.at("purchase_date")),
                cells.quantity(layout.at("quantity"), MAX_QUANTITY)
            };
            boolean company = values[2] != null || values[3] != null;
            boolean contact = values[5] != null || !"".equals(values[6]);
            if (!company && !contact) {
                cells.problem(layout.at("company_external_id"), Reason.NO_OWNER, null, null);
            } else if (company && contact) {
                cells.problem(layout.at("contact_external_id"), Reason.TWO_OWNERS, null, null);
            }
            return values;
        }

        @Override
        protected void resolve(Staging staging) throws SQLException {
            CompanyImport.resolveReferences(staging);
            ContactImport.resolveReferences(staging);
            staging.execute(
                    "update import_row s set target = e.id, matched_by = 'external_id' from equipment e"
                            + " where e.workspace_id = ? and e.external_id = s.external_id",
                    workspaceId);
        }

        @Override
        protected void store(Staging staging, WriteProgress progress) throws SQLException {
            Layout layout = staging.layout();
            boolean ownerMapped = OWNER_FIELDS.stream().anyMatch(layout::mapped);
            List<Stored> mapped = STORED.stream()
                    .filter(column ->
                            column == COMPANY || column == CONTACT ? ownerMapped : layout.mapped(column.column()))
                    .toList();
            staging.compare("equipment", mapped);
            staging.updateChanged("equipment", mapped, null);
            staging.insertNew("equipment", STORED, DatabaseTime.now(clock), false, progress);
            staging.countMatched(progress);
        }
    }
}
