package app.resonance.purchase;

import static app.resonance.common.Texts.blankToNull;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.purchase.PurchaseConnection.PurchaseEdge;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PurchaseService {

    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** How far ahead of ours a client's clock may run when it records a purchase made just now. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final PurchaseRepository purchases;
    private final WorkspaceAccess access;
    private final Clock clock;

    PurchaseService(PurchaseRepository purchases, WorkspaceAccess access, Clock clock) {
        this.purchases = purchases;
        this.access = access;
        this.clock = clock;
    }

    /** A page of the workspace's purchases, of the company and/or contact when given, the latest first. */
    public Uni<PurchaseConnection> page(
            String workspaceId, String companyId, String contactId, Integer first, String after) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            int size = PageSize.of(first);
            return purchases
                    .page(
                            ws,
                            optionalId("companyId", companyId),
                            optionalId("contactId", contactId),
                            Cursor.decode(after),
                            size + 1)
                    .map(rows -> {
                        Page<PurchaseEdge> page = Page.of(
                                rows,
                                size,
                                row -> new PurchaseEdge(
                                        new Cursor(row.purchasedAt().toString(), row.id()).encode(),
                                        PurchaseView.of(row)),
                                PurchaseEdge::cursor);
                        return new PurchaseConnection(page.edges(), page.pageInfo());
                    });
        });
    }

    /** The items of purchases the caller was let to read, by purchase: one statement for a page. */
    Uni<Map<UUID, List<PurchaseItemView>>> items(List<PurchaseView> views) {
        return views.isEmpty()
                ? Uni.createFrom().item(Map.of())
                : purchases.items(views.stream().map(PurchaseView::id).toList());
    }

    public Uni<PurchaseView> create(String workspaceId, PurchaseInput input) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> {
                    PurchaseRow row = row(ws, TimeOrderedIds.next(), input);
                    return purchases
                            .insert(row, items(row, input))
                            .replaceWith(row)
                            .onFailure()
                            .transform(PurchaseService::refused);
                })
                .map(PurchaseView::of);
    }

    /** Replaces the purchase with all its items. */
    public Uni<PurchaseView> update(String workspaceId, String id, PurchaseInput input) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> {
                    PurchaseRow row = row(ws, Ids.parse("id", id), input);
                    return purchases.update(row, items(row, input)).onFailure().transform(PurchaseService::refused);
                })
                .onItem()
                .ifNull()
                .failWith(PurchaseService::noSuchPurchase)
                .map(PurchaseView::of);
    }

    /** Deletes the purchase with its items; answers its id. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            UUID purchaseId = Ids.parse("id", id);
            return purchases.delete(ws, purchaseId).map(deleted -> {
                if (!deleted) {
                    throw noSuchPurchase();
                }
                return purchaseId;
            });
        });
    }

    private PurchaseRow row(UUID workspaceId, UUID id, PurchaseInput input) {
        UUID companyId = optionalId("companyId", input.companyId());
        UUID contactId = optionalId("contactId", input.contactId());
        if (companyId == null && contactId == null) {
            throw new InvalidInput("companyId", Reason.MISSING, "give companyId, contactId or both");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (input.purchasedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInput("purchasedAt", Reason.IN_THE_FUTURE, "must not be in the future");
        }
        if (input.purchasedAt().isBefore(EARLIEST)) {
            throw new InvalidInput("purchasedAt", Reason.TOO_EARLY, "1900-01-01", "must not be before 1900-01-01");
        }
        return new PurchaseRow(
                id,
                workspaceId,
                companyId,
                contactId,
                input.purchasedAt().withOffsetSameInstant(ZoneOffset.UTC),
                input.amount().setScale(2),
                input.currency(),
                blankToNull(input.externalId()),
                now);
    }

    private static List<PurchaseItemRow> items(PurchaseRow purchase, PurchaseInput input) {
        return input.items().stream()
                .map(item -> new PurchaseItemRow(
                        purchase.workspaceId(),
                        purchase.id(),
                        item.product().strip(),
                        item.category() == null ? "" : item.category().strip(),
                        item.quantity() == null ? 1 : item.quantity()))
                .toList();
    }

    private static UUID optionalId(String argument, String id) {
        String given = blankToNull(id);
        return given == null ? null : Ids.parse(argument, given);
    }

    /** A company or contact the workspace does not have, or an external id another purchase has, on its field. */
    private static Throwable refused(Throwable failure) {
        return DatabaseErrors.asDuplicate(DatabaseErrors.asUnknownReference(failure));
    }

    private static InvalidInput noSuchPurchase() {
        return new InvalidInput("id", Reason.NOT_FOUND, "no such purchase in this workspace");
    }
}
