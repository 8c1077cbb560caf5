package app.resonance.savedview;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A member's own saved views. Reading the workspace is enough to keep views of it: they change nothing others see,
 * so viewers save theirs too.
 */
@ApplicationScoped
public class SavedViewService {

    /** A screen's search, filters and sorting fit easily; a client cannot park documents here. */
    public static final int MAX_STATE_BYTES = 8192;

    private final SavedViewRepository views;
    private final WorkspaceAccess access;
    private final Clock clock;

    SavedViewService(SavedViewRepository views, WorkspaceAccess access, Clock clock) {
        this.views = views;
        this.access = access;
        this.clock = clock;
    }

    public Uni<List<SavedViewView>> list(String workspaceId, String screen) {
        return member(workspaceId).chain(member -> views.list(member.workspaceId(), member.username(), screen));
    }

    public Uni<SavedViewView> create(String workspaceId, SavedViewInput input) {
        return member(workspaceId)
                .invoke(member -> requireJsonObject(input.state()))
                .chain(member ->
                        views.insert(member.workspaceId(), member.username(), input, OffsetDateTime.now(clock)))
                .onFailure()
                .transform(DatabaseErrors::asDuplicate);
    }

    public Uni<UUID> delete(String workspaceId, String id) {
        return member(workspaceId).chain(member -> {
            UUID viewId = Ids.parse("id", id);
            return views.delete(member.workspaceId(), member.username(), viewId).map(deleted -> {
                if (!deleted) {
                    throw new InvalidInput("id", Reason.NOT_FOUND, "you have no such saved view in this workspace");
                }
                return viewId;
            });
        });
    }

    private record Member(UUID workspaceId, String username) {}

    private Uni<Member> member(String workspaceId) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws ->
                        access.checkedUsername(ws, WorkspacePermission.READ).map(username -> new Member(ws, username)));
    }

    private static void requireJsonObject(String state) {
        if (state.getBytes(StandardCharsets.UTF_8).length > MAX_STATE_BYTES) {
            throw new InvalidInput(
                    "state",
                    Reason.STATE_TOO_LARGE,
                    String.valueOf(MAX_STATE_BYTES),
                    "a view's state may have at most " + MAX_STATE_BYTES + " bytes");
        }
        Object parsed;
        try {
            parsed = Json.decodeValue(state);
        } catch (DecodeException notJson) {
            parsed = null;
        }
        if (!(parsed instanceof JsonObject)) {
            throw new InvalidInput("state", Reason.NOT_A_JSON_OBJECT, "a view's state must be a JSON object");
        }
    }
}
