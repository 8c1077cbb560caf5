package app.resonance.timeline;

import static app.resonance.common.persistence.Table.column;

import app.resonance.common.persistence.Table;
import app.resonance.common.persistence.TimeOrderedIds;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An entry to record: about a contact, a company or both (a contact acting for their company), at a time
 * the writer took from its clock, by a user, with details the SPA shows for the kind.
 */
public record TimelineEntry(
        UUID id,
        UUID workspaceId,
        UUID companyId,
        UUID contactId,
        OffsetDateTime at,
        TimelineKind kind,
        String actor,
        Map<String, Object> details) {

    /** The table's columns; details travel as JSON text (the row arrays have no jsonb). */
    static final Table<TimelineEntry> TABLE = Table.of(
            "timeline_entry",
            column("id", "uuid", TimelineEntry::id),
            column("workspace_id", "uuid", TimelineEntry::workspaceId),
            column("company_id", "uuid", TimelineEntry::companyId),
            column("contact_id", "uuid", TimelineEntry::contactId),
            column("at", "timestamptz", TimelineEntry::at),
            column("kind", "text", entry -> entry.kind().name()),
            column("actor", "text", TimelineEntry::actor),
            column("details", "text", entry -> new JsonObject(entry.details()).encode()));

    public TimelineEntry {
        details = Map.copyOf(details);
    }

    public static TimelineEntry ofContact(
            UUID workspaceId,
            UUID contactId,
            OffsetDateTime at,
            TimelineKind kind,
            String actor,
            Map<String, Object> details) {
        return new TimelineEntry(TimeOrderedIds.next(), workspaceId, null, contactId, at, kind, actor, details);
    }

    public static TimelineEntry ofCompany(
            UUID workspaceId,
            UUID companyId,
            OffsetDateTime at,
            TimelineKind kind,
            String actor,
            Map<String, Object> details) {
        return new TimelineEntry(TimeOrderedIds.next(), workspaceId, companyId, null, at, kind, actor, details);
    }

    /** The details of an UPDATED entry: the changed columns as the API names their fields (company_id → companyId). */
    public static Map<String, Object> changedFields(List<String> columns) {
        return Map.of("fields", columns.stream().map(TimelineEntry::camelCase).toList());
    }

    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
