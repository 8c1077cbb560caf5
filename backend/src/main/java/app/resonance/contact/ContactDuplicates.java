package app.resonance.contact;

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
            TwoContacts pair = TwoContacts.parse("contactId", contactId, "otherId", otherId);
            return contacts.rows(writer.workspaceId(), pair.both())
                    .invoke(found ->
                            pair.requireFound(found.stream().map(ContactRow::id).toList()))
                    .chain(() -> duplicates.dismiss(
                            writer.connection(),
                            writer.workspaceId(),
                            pair.first(),
                            pair.second(),
                            DatabaseTime.now(clock),
                            writer.username()))
                    .replaceWith(true);
        });
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
