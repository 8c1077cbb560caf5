package app.resonance.alert;

import app.resonance.balance.Urgency;
import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An alert list's filter, order and keyset position as SQL: the conditions and their arguments, workspace first. */
record AlertQuery(String where, String orderBy, Tuple arguments) {

    /** An alert's severity rank (Urgency's ordinal); the same expression as the index alert_by_severity (V33). */
    private static final String SEVERITY =
            "(case new_urgency when 'IMMEDIATE' then 3 when 'MODERATE' then 2 when 'SECONDARY' then 1 else 0 end)";

    static AlertQuery of(UUID workspaceId, AlertFilter filter, AlertOrder order, String after) {
        List<String> conditions = new ArrayList<>(List.of("workspace_id = $1"));
        Tuple arguments = Tuple.of(workspaceId);
        if (filter != null) {
            if (filter.states() != null && !filter.states().isEmpty()) {
                arguments.addArrayOfString(
                        filter.states().stream().map(Enum::name).toArray(String[]::new));
                conditions.add("state = any($" + arguments.size() + ")");
            }
            if (filter.urgencies() != null && !filter.urgencies().isEmpty()) {
                arguments.addArrayOfString(
                        filter.urgencies().stream().map(Enum::name).toArray(String[]::new));
                conditions.add("new_urgency = any($" + arguments.size() + ")");
            }
            if (filter.segmentIds() != null && !filter.segmentIds().isEmpty()) {
                arguments.addArrayOfUUID(ids("filter.segmentIds", filter.segmentIds()));
                conditions.add("segment_id = any($" + arguments.size() + ")");
            }
            if (filter.channelIds() != null && !filter.channelIds().isEmpty()) {
                arguments.addArrayOfUUID(ids("filter.channelIds", filter.channelIds()));
                conditions.add("channel_id = any($" + arguments.size() + ")");
            }
            if (filter.assignee() != null) {
                arguments.addString(filter.assignee());
                conditions.add("assignee = $" + arguments.size());
            }
        }
        boolean bySeverity = order == AlertOrder.MOST_URGENT_FIRST;
        if (after != null) {
            if (bySeverity) {
                long[] position = severityCursor(after);
                arguments.addInteger((int) position[0]).addLong(position[1]);
                conditions.add("(" + SEVERITY + ", id) < ($" + (arguments.size() - 1) + ", $" + arguments.size() + ")");
            } else {
                arguments.addLong(number(after));
                conditions.add("id < $" + arguments.size());
            }
        }
        return new AlertQuery(
                String.join(" and ", conditions), bySeverity ? SEVERITY + " desc, id desc" : "id desc", arguments);
    }

    /** An alert's cursor in the list's order: its id, or its severity and id. */
    static String cursor(AlertOrder order, AlertView alert) {
        return order == AlertOrder.MOST_URGENT_FIRST
                ? alert.newUrgency().ordinal() + ":" + alert.id()
                : Long.toString(alert.id());
    }

    private static long[] severityCursor(String after) {
        int split = after.indexOf(':');
        if (split < 0) {
            throw notOfThisList();
        }
        long rank = number(after.substring(0, split));
        if (rank < 0 || rank >= Urgency.values().length) {
            throw notOfThisList();
        }
        return new long[] {rank, number(after.substring(split + 1))};
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw notOfThisList();
        }
    }

    private static InvalidInput notOfThisList() {
        return new InvalidInput("after", Reason.INVALID_CURSOR, "is not a cursor of this list");
    }

    private static UUID[] ids(String field, List<String> ids) {
        return ids.stream().map(id -> Ids.parse(field, id)).toArray(UUID[]::new);
    }
}
