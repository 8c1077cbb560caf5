package app.resonance.contact;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.common.persistence.TenantRows;
import app.resonance.common.time.DatabaseTime;
import app.resonance.contact.ContactDuplicateConnection.ContactDuplicateEdge;
import app.resonance.contact.ContactDuplicateRepository.Pair;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import app.resonance.workspace.WorkspaceTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The list of suspected duplicate contacts, and pairs marked as none. */
@ApplicationScoped
public class ContactDuplicates {

    private final ContactDuplicateRepository duplicates;
    private final TenantRows<ContactRow> contacts;
    private final WorkspaceAccess access;
    private final WorkspaceTransactions transactions;
    private final Clock clock;

    ContactDuplicates(
            ContactDuplicateRepository duplicates,
            ContactRepository contacts,
            WorkspaceAccess access,
            WorkspaceTransactions transactions,
            Clock clock) {
        this.duplicates = duplicates;
        this.contacts = contacts.rows();
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A page of pairs in the order of their ids, those of one reason only when given. */
    Uni<ContactDuplicateConnection> page(String workspaceId, DuplicateReason reason, Integer first, String after) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            int size = PageSize.of(first);
            Cursor cursor = Cursor.decode(after);
            UUID afterContact = cursor == null ? null : cursor.sortValue(UUID::fromString);
            UUID afterOther = cursor == null ? null : cursor.id();
            return duplicates
                    .pairs(ws, afterContact, afterOther, reason, size + 1)
                    .chain(pairs -> contactsOf(ws, pairs).map(byId -> connection(pairs, byId, size)));
        });
    }

    /** Marks the two contacts as not duplicates: the list and the quality record leave the pair out from now on. */
    Uni<Boolean> dismiss(String workspaceId, String contactId, String otherId) {
        return transactions.write(workspaceId, writer -> {
            UUID one = Ids.parse("contactId", contactId);
            UUID other = Ids.parse("otherId", otherId);
            if (one.equals(other)) {
                throw sameContact("otherId");
            }
            return contacts.rows(writer.workspaceId(), List.of(one, other))
                    .invoke(found -> {
                        Set<UUID> ids = found.stream().map(ContactRow::id).collect(Collectors.toSet());
                        requireFound(ids, one, "contactId");
                        requireFound(ids, other, "otherId");
                    })
                    .chain(() -> duplicates.dismiss(
                            writer.connection(),
                            writer.workspaceId(),
                            one,
                            other,
                            DatabaseTime.now(clock),
                            writer.username()))
                    .replaceWith(true);
        });
    }

    static InvalidInput sameContact(String argument) {
        return new InvalidInput(argument, Reason.SAME_CONTACT, "names the same contact twice");
    }

    static void requireFound(Set<UUID> found, UUID id, String argument) {
        if (!found.contains(id)) {
            throw new InvalidInput(argument, Reason.NOT_FOUND, "no such contact in this workspace");
        }
    }

    private Uni<Map<UUID, ContactView>> contactsOf(UUID ws, List<Pair> pairs) {
        Set<UUID> ids = new HashSet<>();
        pairs.forEach(pair -> {
            ids.add(pair.contactId());
            ids.add(pair.otherId());
        });
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return contacts.rows(ws, ids)
                .map(rows -> rows.stream()
                        .map(ContactView::of)
                        .collect(Collectors.toMap(ContactView::id, Function.identity())));
    }

    private static ContactDuplicateConnection connection(List<Pair> pairs, Map<UUID, ContactView> byId, int size) {
        Page<ContactDuplicateEdge> page = Page.of(
                pairs,
                size,
                pair -> new ContactDuplicateEdge(
                        new Cursor(pair.contactId().toString(), pair.otherId()).encode(),
                        new ContactDuplicateView(byId.get(pair.contactId()), byId.get(pair.otherId()), pair.reasons())),
                ContactDuplicateEdge::cursor);
        return new ContactDuplicateConnection(page.edges(), page.pageInfo());
    }
}
