package app.resonance.segment;

import app.resonance.common.persistence.NamedRowEditor;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowReader;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SegmentService {

    private final SegmentRepository segments;
    private final WorkspaceAccess access;
    private final NamedRowEditor<Segment, SegmentInput> editor;

    SegmentService(SegmentRepository segments, WorkspaceAccess access) {
        this.segments = segments;
        this.access = access;
        this.editor = new NamedRowEditor<>(segments, Segment::new, SegmentInput::name);
    }

    public Uni<List<SegmentView>> list(String workspaceId) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> segments.views(ws, null));
    }

    public Uni<SegmentView> create(String workspaceId, SegmentInput input) {
        return access.inTransaction(workspaceId, WorkspacePermission.WRITE, ws -> editor.create(ws, input))
                .map(SegmentView::of);
    }

    public Uni<SegmentView> update(String workspaceId, String id, SegmentInput input) {
        return access.inTransaction(workspaceId, WorkspacePermission.WRITE, ws -> editor.update(ws, id, input))
                .map(SegmentView::of);
    }

    /** Deletes the segment with its channel weights and assessments. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return access.inTransaction(workspaceId, WorkspacePermission.WRITE, ws -> editor.delete(ws, id));
    }

    /**
     * An import of segments (matched by name) into a workspace the caller was let into to write (an import runs
     * later, on any instance, without the caller).
     */
    public Uni<RowImport> importer(UUID ws) {
        return segments.views(ws, null)
                .map(existing -> new SegmentImport(
                        ws, RowReader.idsByName(existing, SegmentView::name, SegmentView::id), segments));
    }

    /** Segments of a workspace the caller has already been let into, by id (batched GraphQL resolution). */
    public Uni<List<SegmentView>> views(UUID workspaceId, Collection<UUID> ids) {
        return segments.views(workspaceId, ids);
    }
}
