package app.resonance.alert;

import app.resonance.common.error.Ids;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An alert list's filter as SQL: the conditions and their arguments, workspace first. */
record AlertQuery(String where, Tuple arguments) {

    static AlertQuery of(UUID workspaceId, AlertFilter filter, Long beforeId) {
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
        if (beforeId != null) {
            arguments.addLong(beforeId);
            conditions.add("id < $" + arguments.size());
        }
        return new AlertQuery(String.join(" and ", conditions), arguments);
    }

    private static UUID[] ids(String field, List<String> ids) {
        return ids.stream().map(id -> Ids.parse(field, id)).toArray(UUID[]::new);
    }
}
