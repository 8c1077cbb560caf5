package app.resonance.purchase;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Purchases from a spreadsheet (see {@link StagedImport}), one row per item: rows with the same external id
 * are one purchase and must agree on its buyer, time, amount and currency; a row without an external id is a
 * purchase of one item. A purchase with the external id of a stored one replaces it (its items too) when
 * anything differs. The buyer is a contact (external id, or email), a company (external id, or name and
 * region) or both; a contact's purchase counts for their company unless the row names another. A problem
 * in one item drops its whole purchase. Created, updated and unchanged count purchases.
 */
@ApplicationScoped
public class PurchaseImport {

    public static final List<StagedImport.Field> FIELDS = List.of(
            new StagedImport.Field("external_id", false),
            new StagedImport.Field("contact_external_id", false),
            new StagedImport.Field("contact_email", false),
            new StagedImport.Field("company_external_id", false),
            new StagedImport.Field("company_name", false),
            new StagedImport.Field("company_region", false),
            new StagedImport.Field("purchased_at", true),
            new StagedImport.Field("amount", true),
            new StagedImport.Field("currency", true),
            new StagedImport.Field("product", true),
            new StagedImport.Field("category", false),
            new StagedImport.Field("quantity", false));

    /** Purchases older than this are typing errors rather than history. */
    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static final int MAX_QUANTITY = 1_000_000;

    private static final String HEADER = "contact_id, company_id, purchased_at, amount, currency";

    /** The staged items as purchases: one per external id (or per row without one), with its items in order. */
    private static final String GROUP = "create temp table import_purchase on commit drop as select min(n) as n,"
            + " (array_agg(id order by n))[1] as id, external_id, " + HEADER + ","
            + " array_agg(product order by n) as products, array_agg(category order by n) as categories,"
            + " array_agg(quantity order by n) as quantities, null::uuid as target, false as changed"
            + " from import_row group by external_id, case when external_id is null then n end, " + HEADER;

    private static final String ITEMS =
            "unnest(p.products, p.categories, p.quantities) with ordinality" + " as u(product, category, quantity, k)";

    private static final String COMPARE =
            "update import_purchase p set changed = (" + HEADER.replaceAll("(\\w+)", "x.$1")
                    + ") is distinct from (" + HEADER.replaceAll("(\\w+)", "p.$1") + ")"
                    + " or array(select row(i.product, i.category, i.quantity)::text from purchase_item i"
                    + " where i.purchase_id = x.id order by i.id)"
                    + " is distinct from array(select row(u.product, u.category, u.quantity)::text from " + ITEMS
                    + " order by u.k) from purchase x where x.id = p.target";

    private final DataSource dataSource;
    private final Clock clock;

    PurchaseImport(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** An import of a purchases file into the workspace, with the mapping (field → column). */
    public RowImport open(UUID workspaceId, Map<String, String> mapping) {
        return new Run(workspaceId, mapping);
    }

    private final class Run extends StagedImport {

        private final OffsetDateTime latest = OffsetDateTime.now(clock);

        Run(UUID workspaceId, Map<String, String> mapping) {
            super(dataSource, workspaceId, mapping);
        }

        @Override
        protected List<Field> fields() {
            return FIELDS;
        }

        @Override
        protected String stagedColumns() {
            return "id uuid, external_id text, contact_external_id text, contact_email text,"
                    + " company_external_id text, company_name text, company_region text, purchased_at timestamptz,"
                    + " amount numeric, currency text, product text, category text, quantity integer";
        }

        @Override
        protected String workColumns() {
            return "contact_id uuid, company_id uuid";
        }

        @Override
        protected Group group() {
            return new Group("external_id", Reason.PURCHASE_INCOMPLETE);
        }

        @Override
        protected Object[] parse(RowReader cells, Layout layout) {
            Object[] values = {
                TimeOrderedIds.next(),
                cells.text(layout.at("external_id"), 200, false),
                cells.text(layout.at("contact_external_id"), 200, false),
                cells.email(layout.at("contact_email")),
                cells.text(layout.at("company_external_id"), 200, false),
                cells.text(layout.at("company_name"), 200, false),
                cells.textOrEmpty(layout.at("company_region"), 200),
                cells.time(layout.at("purchased_at"), EARLIEST, latest),
                cells.amount(layout.at("amount")),
                cells.currency(layout.at("currency")),
                cells.text(layout.at("product"), 200, true),
                cells.textOrEmpty(layout.at("category"), 200),
                cells.quantity(layout.at("quantity"), MAX_QUANTITY)
            };
            if (values[2] == null && "".equals(values[3]) && values[4] == null && values[5] == null) {
                cells.problem(layout.at("contact_external_id"), Reason.NO_OWNER, null, null);
            }
            return values;
        }

        @Override
        protected void resolve(Staging staging) throws SQLException {
            ContactImport.resolveReferences(staging);
            CompanyImport.resolveReferences(staging);
            staging.execute("update import_row s set company_id = c.company_id from contact c"
                    + " where s.company_id is null and c.id = s.contact_id");
            staging.report(
                    "external_id",
                    Reason.PURCHASE_DIFFERS,
                    "select s.n, s.line, s.external_id, f.line::text from import_row s join (select distinct on"
                            + " (external_id) * from import_row where external_id is not null order by external_id, n)"
                            + " f on f.external_id = s.external_id and f.n < s.n where ("
                            + HEADER.replaceAll("(\\w+)", "s.$1") + ") is distinct from ("
                            + HEADER.replaceAll("(\\w+)", "f.$1") + ") order by s.n");
        }

        @Override
        protected void store(Staging staging, WriteProgress progress) throws SQLException {
            OffsetDateTime now = DatabaseTime.now(clock);
            staging.execute(GROUP);
            staging.execute(
                    "update import_purchase p set target = x.id from purchase x"
                            + " where x.workspace_id = ? and x.external_id = p.external_id",
                    workspaceId);
            staging.execute(COMPARE);
            staging.execute("update purchase x set (" + HEADER + ") = (" + HEADER.replaceAll("(\\w+)", "p.$1")
                    + ") from import_purchase p where x.id = p.target and p.changed");
            staging.execute(
                    "delete from purchase_item i using import_purchase p where i.purchase_id = p.target and p.changed");
            staging.execute(
                    "insert into purchase (id, workspace_id, " + HEADER + ", external_id, created_at) select id, ?, "
                            + HEADER + ", external_id, ? from import_purchase where target is null order by n",
                    workspaceId,
                    now);
            staging.execute(
                    "insert into purchase_item (workspace_id, purchase_id, product, category, quantity)"
                            + " select ?, coalesce(p.target, p.id), u.product, u.category, u.quantity"
                            + " from import_purchase p, " + ITEMS + " where p.target is null or p.changed"
                            + " order by p.n, u.k",
                    workspaceId);
            try (var select = staging.connection()
                            .prepareStatement("select count(*) filter (where target is null),"
                                    + " count(*) filter (where changed), count(*) filter (where target is not null"
                                    + " and not changed) from import_purchase");
                    var rs = select.executeQuery()) {
                rs.next();
                progress.counted(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
            progress.rowsWritten(staging.staged());
        }
    }
}
