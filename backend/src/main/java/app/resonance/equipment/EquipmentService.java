package app.resonance.equipment;

import static app.resonance.common.Texts.blankToNull;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.equipment.EquipmentConnection.EquipmentEdge;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@ApplicationScoped
public class EquipmentService {

    /** The earliest date a production or purchase may have. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /**
     * "Today" where the date is furthest ahead (UTC+14, Kiribati): a date that is today for someone somewhere on
     * Earth is not in the future.
     */
    private static final ZoneOffset FURTHEST_AHEAD = ZoneOffset.ofHours(14);

    private final EquipmentRepository equipment;
    private final WorkspaceAccess access;
    private final Clock clock;

    EquipmentService(EquipmentRepository equipment, WorkspaceAccess access, Clock clock) {
        this.equipment = equipment;
        this.access = access;
        this.clock = clock;
    }

    /** A page of a company's or a contact's equipment (exactly one of the two), the latest purchase first. */
    public Uni<EquipmentConnection> page(
            String workspaceId, String companyId, String contactId, Integer first, String after) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            Owner owner = Owner.of(companyId, contactId);
            int size = PageSize.of(first);
            Cursor cursor = Cursor.decode(after);
            if (cursor != null) {
                cursor.sortValue(EquipmentService::sortValue);
            }
            return equipment
                    .page(ws, owner.column(), owner.id(), cursor, size + 1)
                    .map(rows -> {
                        Page<EquipmentEdge> page = Page.of(
                                rows,
                                size,
                                row -> new EquipmentEdge(cursor(row), EquipmentView.of(row)),
                                EquipmentEdge::cursor);
                        return new EquipmentConnection(page.edges(), page.pageInfo());
                    });
        });
    }

    public Uni<EquipmentView> create(String workspaceId, EquipmentInput input) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> {
                    EquipmentRow row = row(ws, TimeOrderedIds.next(), input);
                    return equipment.insert(row).replaceWith(row).onFailure().transform(EquipmentService::refused);
                })
                .map(EquipmentView::of);
    }

    /** Replaces every field of the equipment (its owner too). */
    public Uni<EquipmentView> update(String workspaceId, String id, EquipmentInput input) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> equipment
                        .update(row(ws, Ids.parse("id", id), input))
                        .onFailure()
                        .transform(EquipmentService::refused))
                .onItem()
                .ifNull()
                .failWith(EquipmentService::noSuchEquipment)
                .map(EquipmentView::of);
    }

    /** Deletes the equipment; answers its id. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            UUID equipmentId = Ids.parse("id", id);
            return equipment.delete(ws, equipmentId).map(deleted -> {
                if (!deleted) {
                    throw noSuchEquipment();
                }
                return equipmentId;
            });
        });
    }

    private EquipmentRow row(UUID workspaceId, UUID id, EquipmentInput input) {
        Owner owner = Owner.of(input.companyId(), input.contactId());
        LocalDate today = LocalDate.now(clock.withZone(FURTHEST_AHEAD));
        checkDate("productionDate", input.productionDate(), today);
        checkDate("purchaseDate", input.purchaseDate(), today);
        if (input.productionDate() != null
                && input.purchaseDate() != null
                && input.purchaseDate().isBefore(input.productionDate())) {
            throw new InvalidInput("purchaseDate", Reason.BEFORE_PRODUCTION, "must not be before the production date");
        }
        return new EquipmentRow(
                id,
                workspaceId,
                owner.column().equals("company_id") ? owner.id() : null,
                owner.column().equals("contact_id") ? owner.id() : null,
                input.product().strip(),
                input.model() == null ? "" : input.model().strip(),
                input.productionDate(),
                input.purchaseDate(),
                input.quantity() == null ? 1 : input.quantity(),
                blankToNull(input.externalId()),
                OffsetDateTime.now(clock));
    }

    private static void checkDate(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidInput(field, Reason.IN_THE_FUTURE, "must not be in the future");
        }
        if (date != null && date.isBefore(EARLIEST)) {
            throw new InvalidInput(field, Reason.TOO_EARLY, EARLIEST.toString(), "must not be before " + EARLIEST);
        }
    }

    /** An owner the workspace does not have, or an external id another row has, as the error on its field. */
    private static Throwable refused(Throwable failure) {
        return DatabaseErrors.asDuplicate(DatabaseErrors.asUnknownReference(failure));
    }

    private static String cursor(EquipmentRow row) {
        return new Cursor(
                        row.purchaseDate() == null
                                ? EquipmentRepository.NO_DATE
                                : row.purchaseDate().toString(),
                        row.id())
                .encode();
    }

    /** A cursor's sort value as the page's statement reads it; throws on anything else. */
    private static String sortValue(String text) {
        if (text.equals(EquipmentRepository.NO_DATE)) {
            return text;
        }
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new IllegalArgumentException("outside the dates equipment may have");
        }
        return text;
    }

    private static InvalidInput noSuchEquipment() {
        return new InvalidInput("id", Reason.NOT_FOUND, "no such equipment in this workspace");
    }

    /** Whose equipment: exactly one of a company and a contact. */
    private record Owner(String column, UUID id) {

        static Owner of(String companyId, String contactId) {
            String company = blankToNull(companyId);
            String contact = blankToNull(contactId);
            if (company != null && contact != null) {
                throw new InvalidInput("contactId", Reason.ONE_OWNER, "give either companyId or contactId, not both");
            }
            if (company == null && contact == null) {
                throw new InvalidInput("companyId", Reason.MISSING, "give companyId or contactId");
            }
            return company != null
                    ? new Owner("company_id", Ids.parse("companyId", company))
                    : new Owner("contact_id", Ids.parse("contactId", contact));
        }
    }
}
