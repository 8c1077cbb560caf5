package app.resonance.company;

import static app.resonance.common.Texts.blankToNull;

import app.resonance.common.error.Duplicate;
import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.SqlConditions;
import app.resonance.common.persistence.TenantRows;
import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.time.DatabaseTime;
import app.resonance.company.CompanyConnection.CompanyEdge;
import app.resonance.timeline.Timeline;
import app.resonance.timeline.TimelineConnection;
import app.resonance.timeline.TimelineEntry;
import app.resonance.timeline.TimelineKind;
import app.resonance.timeline.TimelineSubject;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import app.resonance.workspace.WorkspaceTransactions;
import app.resonance.workspace.WorkspaceTransactions.Writer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class CompanyService {

    /** The foreign key from a company's owner to the workspace's members. */
    private static final String OWNER_IS_MEMBER = "company_workspace_id_owner_fkey";

    private final TenantRows<CompanyRow> companies;
    private final WorkspaceAccess access;
    private final WorkspaceTransactions transactions;
    private final Timeline timeline;
    private final Clock clock;

    CompanyService(
            CompanyRepository companies,
            WorkspaceAccess access,
            WorkspaceTransactions transactions,
            Timeline timeline,
            Clock clock) {
        this.companies = companies.rows();
        this.access = access;
        this.transactions = transactions;
        this.timeline = timeline;
        this.clock = clock;
    }

    public Uni<CompanyConnection> page(
            String workspaceId,
            String search,
            CompanyFilter filter,
            Integer first,
            String after,
            CompanyOrder orderBy) {
        CompanyOrder order = orderBy == null ? CompanyOrder.NAME_ASC : orderBy;
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            int size = PageSize.of(first);
            SqlConditions query = query(ws, search, filter);
            return companies
                    .page(query, order.keyset, Cursor.decode(after), size + 1)
                    .map(rows -> {
                        Page<CompanyEdge> page = Page.of(
                                rows,
                                size,
                                row -> new CompanyEdge(row.cursor(), CompanyView.of(row.row())),
                                CompanyEdge::cursor);
                        return new CompanyConnection(page.edges(), page.pageInfo(), query);
                    });
        });
    }

    /** Counts what the connection's filter selects (the caller was let in when the connection was made). */
    Uni<Long> count(CompanyConnection connection) {
        return companies.count(connection.query());
    }

    public Uni<CompanyView> get(String workspaceId, String id) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> companies.rows(ws, List.of(Ids.parse("id", id))))
                .map(rows -> rows.stream().findFirst().map(CompanyView::of).orElseThrow(CompanyService::noSuchCompany));
    }

    /**
     * The companies of these ids, for the contacts that refer to them: the ids come from rows the caller was
     * already let to read, and a company shares its contact's workspace (the database keeps it so).
     */
    public Uni<List<CompanyView>> views(UUID workspaceId, Collection<UUID> ids) {
        return companies
                .rows(workspaceId, ids)
                .map(rows -> rows.stream().map(CompanyView::of).toList());
    }

    /** Each company's timeline page (companies the caller may read). */
    Uni<Map<UUID, TimelineConnection>> timelines(Collection<UUID> companyIds, Integer first, String after) {
        return timeline.pages(TimelineSubject.COMPANY, companyIds, first, after);
    }

    public Uni<CompanyView> create(String workspaceId, CompanyInput input) {
        return transactions
                .write(workspaceId, writer -> {
                    OffsetDateTime now = DatabaseTime.now(clock);
                    CompanyRow company = row(TimeOrderedIds.next(), writer.workspaceId(), input, now, now);
                    return companies
                            .insert(writer.connection(), company)
                            .call(saved -> record(writer, saved, TimelineKind.CREATED, Map.of()));
                })
                .onFailure()
                .transform(failure -> refused(failure, input))
                .map(CompanyView::of);
    }

    /** Replaces the company's fields; a change of nothing changes nothing (no new updatedAt, no timeline entry). */
    public Uni<CompanyView> update(String workspaceId, String id, CompanyInput input) {
        return transactions
                .write(
                        workspaceId,
                        writer -> companies
                                .lock(writer.connection(), writer.workspaceId(), Ids.parse("id", id))
                                .onItem()
                                .ifNull()
                                .failWith(CompanyService::noSuchCompany)
                                .chain(before -> {
                                    OffsetDateTime now = DatabaseTime.now(clock);
                                    CompanyRow after =
                                            row(before.id(), before.workspaceId(), input, before.createdAt(), now);
                                    List<String> changed =
                                            CompanyRow.TABLE.changed(before, after, "created_at", "updated_at");
                                    if (changed.isEmpty()) {
                                        return Uni.createFrom().item(before);
                                    }
                                    return companies
                                            .update(writer.connection(), after)
                                            .call(saved -> record(
                                                    writer,
                                                    saved,
                                                    TimelineKind.UPDATED,
                                                    TimelineEntry.changedFields(changed)));
                                }))
                .onFailure()
                .transform(failure -> refused(failure, input))
                .map(CompanyView::of);
    }

    /** Deletes the company with its timeline; its contacts stay, without a company. Answers its id. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return transactions.write(workspaceId, writer -> {
            UUID companyId = Ids.parse("id", id);
            return companies
                    .delete(writer.connection(), writer.workspaceId(), companyId)
                    .map(deleted -> {
                        if (!deleted) {
                            throw noSuchCompany();
                        }
                        return companyId;
                    });
        });
    }

    private Uni<Void> record(Writer writer, CompanyRow company, TimelineKind kind, Map<String, Object> details) {
        return timeline.record(
                writer.connection(),
                TimelineEntry.ofCompany(
                        company.workspaceId(), company.id(), company.updatedAt(), kind, writer.username(), details));
    }

    private static CompanyRow row(
            UUID id, UUID workspaceId, CompanyInput input, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        return new CompanyRow(
                id,
                workspaceId,
                input.name().strip(),
                Objects.requireNonNullElse(blankToNull(input.industry()), ""),
                Objects.requireNonNullElse(blankToNull(input.region()), ""),
                input.size(),
                Objects.requireNonNullElse(input.status(), CompanyStatus.POTENTIAL),
                blankToNull(input.owner()),
                input.upsellPotential(),
                blankToNull(input.externalId()),
                createdAt,
                updatedAt);
    }

    /** What the database refused, named by the field it is about. */
    private static Throwable refused(Throwable failure, CompanyInput input) {
        if (OWNER_IS_MEMBER.equals(DatabaseErrors.brokenForeignKey(failure))) {
            String owner = blankToNull(input.owner());
            return new InvalidInput("owner", Reason.NOT_A_MEMBER, owner, owner + " is not a member of this workspace");
        }
        if (failure instanceof Duplicate duplicate && "externalId".equals(duplicate.field())) {
            String externalId = blankToNull(input.externalId());
            return new Duplicate(
                    "externalId",
                    Reason.EXTERNAL_ID_TAKEN,
                    externalId,
                    "another company of this workspace has the external id " + externalId);
        }
        return failure;
    }

    private static SqlConditions query(UUID workspaceId, String search, CompanyFilter filter) {
        SqlConditions query = new SqlConditions();
        query.add("c.workspace_id = " + query.param(workspaceId));
        if (search != null && !search.isBlank()) {
            query.add(SqlConditions.startsWith("lower(c.name)", query.param(search.strip())));
        }
        if (filter != null) {
            query.anyOf("c.status", names(filter.statuses()))
                    .anyOf("c.size", names(filter.sizes()))
                    .anyOf("c.upsell_potential", names(filter.upsellPotentials()))
                    .anyOf("c.region", filter.regions())
                    .anyOf("c.industry", filter.industries())
                    .anyOf("c.owner", filter.owners());
        }
        return query;
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(Enum::name).toList();
    }

    private static InvalidInput noSuchCompany() {
        return new InvalidInput("id", Reason.NOT_FOUND, "no such company in this workspace");
    }
}
