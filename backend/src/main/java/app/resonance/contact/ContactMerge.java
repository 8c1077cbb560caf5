package app.resonance.contact;

import app.resonance.common.persistence.TenantRows;
import app.resonance.common.time.DatabaseTime;
import app.resonance.timeline.Timeline;
import app.resonance.timeline.TimelineEntry;
import app.resonance.timeline.TimelineKind;
import app.resonance.workspace.WorkspaceTransactions;
import app.resonance.workspace.WorkspaceTransactions.Writer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Merges two contacts into one, in one transaction: the survivor keeps everything of both (see
 * {@link ContactMergeRepository}), its blank fields take the merged contact's values, a MERGED entry on its
 * timeline tells who merged whom, and the merged contact is deleted.
 */
@ApplicationScoped
public class ContactMerge {

    private final ContactMergeRepository merges;
    private final TenantRows<ContactRow> contacts;
    private final WorkspaceTransactions transactions;
    private final Timeline timeline;
    private final Clock clock;

    ContactMerge(
            ContactMergeRepository merges,
            ContactRepository contacts,
            WorkspaceTransactions transactions,
            Timeline timeline,
            Clock clock) {
        this.merges = merges;
        this.contacts = contacts.rows();
        this.transactions = transactions;
        this.timeline = timeline;
        this.clock = clock;
    }

    Uni<ContactView> merge(String workspaceId, String survivorId, String mergedId) {
        return transactions.write(workspaceId, writer -> {
            TwoContacts pair = TwoContacts.parse("survivorId", survivorId, "mergedId", mergedId);
            UUID keep = pair.first();
            return merges.lock(writer.connection(), writer.workspaceId(), keep, pair.second())
                    .invoke(pair::requireFound)
                    .chain(() -> contacts.rows(writer.workspaceId(), pair.both()))
                    .chain(rows -> {
                        ContactRow survivor = rows.get(0).id().equals(keep) ? rows.get(0) : rows.get(1);
                        ContactRow merged = rows.get(0).id().equals(keep) ? rows.get(1) : rows.get(0);
                        return merge(writer, survivor, merged);
                    })
                    .map(ContactView::of);
        });
    }

    private Uni<ContactRow> merge(Writer writer, ContactRow survivor, ContactRow merged) {
        OffsetDateTime now = DatabaseTime.now(clock);
        ContactRow filled = filled(survivor, merged, now);
        List<String> fields = ContactRow.TABLE.changed(survivor, filled, "created_at", "updated_at");
        Map<String, Object> details = new HashMap<>(TimelineEntry.changedFields(fields));
        details.put("mergedId", merged.id().toString());
        details.put("mergedName", (merged.firstName() + " " + merged.lastName()).strip());
        details.put("mergedEmail", merged.email());
        return merges.move(writer.connection(), writer.workspaceId(), survivor.id(), merged.id())
                .chain(() -> timeline.record(
                        writer.connection(),
                        TimelineEntry.ofContact(
                                writer.workspaceId(),
                                survivor.id(),
                                now,
                                TimelineKind.MERGED,
                                writer.username(),
                                details)))
                // The merged contact goes first: its external id may pass to the survivor (a unique key).
                .chain(() -> contacts.delete(writer.connection(), writer.workspaceId(), merged.id()))
                .chain(() -> contacts.update(writer.connection(), filled));
    }

    /** The survivor with each blank field taken from the merged contact; key staff or management if either is. */
    private static ContactRow filled(ContactRow s, ContactRow m, OffsetDateTime now) {
        return new ContactRow(
                s.id(),
                s.workspaceId(),
                s.companyId() != null ? s.companyId() : m.companyId(),
                blank(s.firstName()) ? m.firstName() : s.firstName(),
                blank(s.lastName()) ? m.lastName() : s.lastName(),
                blank(s.position()) ? m.position() : s.position(),
                s.keyStaff() || m.keyStaff(),
                s.management() || m.management(),
                blank(s.email()) ? m.email() : s.email(),
                blank(s.phone()) ? m.phone() : s.phone(),
                blank(s.addressLine()) ? m.addressLine() : s.addressLine(),
                blank(s.postalCode()) ? m.postalCode() : s.postalCode(),
                blank(s.city()) ? m.city() : s.city(),
                blank(s.country()) ? m.country() : s.country(),
                blank(s.preferredLanguage()) ? m.preferredLanguage() : s.preferredLanguage(),
                blank(s.externalId()) ? m.externalId() : s.externalId(),
                s.createdAt().isBefore(m.createdAt()) ? s.createdAt() : m.createdAt(),
                now);
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }
}
