package app.resonance.segment;

import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowReader;
import app.resonance.workspace.NamedRows;
import app.resonance.workspace.WorkspaceAccess;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Segments: the named rows, their import and their views for other features. */
@ApplicationScoped
public class SegmentService {

    private final SegmentRepository segments;
    private final NamedRows<Segment, SegmentInput, SegmentView> rows;

    SegmentService(SegmentRepository segments, WorkspaceAccess access) {
        this.segments = segments;
        this.rows = new NamedRows<>(access, segments, Segment::new, SegmentView::of);
    }

    /** List, create, update and delete; a delete takes the segment's channel weights and assessments along. */
    public NamedRows<Segment, SegmentInput, SegmentView> rows() {
        return rows;
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
