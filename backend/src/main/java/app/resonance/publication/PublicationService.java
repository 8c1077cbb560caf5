package app.resonance.publication;

import static app.resonance.common.Texts.blankToNull;

import app.resonance.brand.BrandService;
import app.resonance.brand.BrandView;
import app.resonance.channel.ChannelService;
import app.resonance.channel.ChannelView;
import app.resonance.common.error.Duplicate;
import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.tabular.RowReader;
import app.resonance.common.time.TimeZones;
import app.resonance.publication.PublicationConnection.PublicationEdge;
import app.resonance.publication.PublicationRepository.Joined;
import app.resonance.segment.SegmentService;
import app.resonance.segment.SegmentView;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

@ApplicationScoped
public class PublicationService {

    private final PublicationRepository publications;
    private final PublicationStatsRepository statistics;
    private final PublicationImportStore importStore;
    private final WorkspaceAccess access;
    private final BrandService brands;
    private final ChannelService channels;
    private final SegmentService segments;
    private final Clock clock;

    PublicationService(
            PublicationRepository publications,
            PublicationStatsRepository statistics,
            PublicationImportStore importStore,
            WorkspaceAccess access,
            BrandService brands,
            ChannelService channels,
            SegmentService segments,
            Clock clock) {
        this.clock = clock;
        this.publications = publications;
        this.statistics = statistics;
        this.importStore = importStore;
        this.access = access;
        this.brands = brands;
        this.channels = channels;
        this.segments = segments;
    }

    public Uni<PublicationConnection> page(
            String workspaceId,
            PublicationFilter filter,
            Integer first,
            String after,
            PublicationOrder orderBy,
            PublicationRelations wanted) {
        PublicationOrder order = orderBy == null ? PublicationOrder.PUBLISHED_AT_DESC : orderBy;
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            int size = PageSize.of(first);
            PublicationQuery query = PublicationQuery.of(ws, filter);
            return publications
                    .page(query, order, Cursor.decode(after), size + 1, wanted)
                    .chain(rows -> {
                        List<Joined> page = rows.stream().limit(size).toList();
                        return nodes(ws, page, wanted).map(nodes -> {
                            Page<PublicationEdge> edges = Page.of(
                                    IntStream.range(0, rows.size()).boxed().toList(),
                                    size,
                                    i -> new PublicationEdge(
                                            cursor(order, page.get(i).publication()), nodes.get(i)),
                                    PublicationEdge::cursor);
                            return new PublicationConnection(edges.edges(), edges.pageInfo(), query);
                        });
                    });
        });
    }

    /** Counts what the connection's filter selects (the caller was let in when the connection was made). */
    Uni<Long> count(PublicationConnection connection) {
        return publications.count(connection.query());
    }

    public Uni<PublicationView> get(String workspaceId, String id, PublicationRelations wanted) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> node(ws, Ids.parse("id", id), wanted));
    }

    public Uni<PublicationView> create(String workspaceId, PublicationInput input, PublicationRelations wanted) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> save(ws, TimeOrderedIds.next(), input, false))
                .chain(row -> node(row.workspaceId(), row.id(), wanted));
    }

    public Uni<PublicationView> update(
            String workspaceId, String id, PublicationInput input, PublicationRelations wanted) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> {
                    UUID publicationId = Ids.parse("id", id);
                    return publications
                            .find(ws, publicationId)
                            .onItem()
                            .ifNull()
                            .failWith(PublicationService::noSuchPublication)
                            .chain(existing -> save(ws, publicationId, input, true));
                })
                .chain(row -> node(row.workspaceId(), row.id(), wanted));
    }

    public Uni<UUID> delete(String workspaceId, String id) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            UUID publicationId = Ids.parse("id", id);
            return publications.delete(ws, publicationId).map(deleted -> {
                if (!deleted) {
                    throw noSuchPublication();
                }
                return publicationId;
            });
        });
    }

    /**
     * An import of publications into a workspace the caller was let into to write (an import runs later, on any
     * instance, without the caller); brands, channels and segments are looked up by name.
     */
    public Uni<PublicationImport> importer(UUID ws, PublicationColumns columns) {
        return Uni.combine()
                .all()
                .unis(brands.views(ws, null), channels.views(ws, null), segments.views(ws, null))
                .with((brandList, channelList, segmentList) -> new PublicationImport(
                        ws,
                        columns,
                        RowReader.idsByName(brandList, BrandView::name, BrandView::id),
                        RowReader.idsByName(channelList, ChannelView::name, ChannelView::id),
                        RowReader.idsByName(segmentList, SegmentView::name, SegmentView::id),
                        importStore,
                        PublicationTime.asOf(clock)));
    }

    /**
     * Checks the caller may read the workspace and the filter and time zone are valid, for an export that
     * {@link #exporter} or {@link #stats(UUID, PublicationFilter, StatsBucket, StatsGroup, String)} writes later.
     */
    public Uni<UUID> exportable(String workspaceId, PublicationFilter filter, String timeZone) {
        return access.check(workspaceId, WorkspacePermission.READ).map(ws -> {
            PublicationQuery.of(ws, filter);
            zone(timeZone);
            return ws;
        });
    }

    /** The filtered publications of a workspace {@link #exportable} let the caller into, for a download. */
    public Uni<PublicationExport> exporter(UUID ws, PublicationFilter filter) {
        PublicationQuery query = PublicationQuery.of(ws, filter);
        return Uni.combine()
                .all()
                .unis(brands.views(ws, null), channels.views(ws, null), segments.views(ws, null))
                .with((brandList, channelList, segmentList) ->
                        new PublicationExport(query, publications, brandList, channelList, segmentList));
    }

    public Uni<List<StatsRow>> stats(
            String workspaceId, PublicationFilter filter, StatsBucket bucket, StatsGroup groupBy, String timeZone) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> stats(ws, filter, bucket, groupBy, timeZone));
    }

    /** As {@link #stats(String, PublicationFilter, StatsBucket, StatsGroup, String)}, for a download {@link #exportable} allowed. */
    public Uni<List<StatsRow>> stats(
            UUID ws, PublicationFilter filter, StatsBucket bucket, StatsGroup groupBy, String timeZone) {
        return statistics.stats(PublicationQuery.of(ws, filter), bucket, groupBy, zone(timeZone));
    }

    private static ZoneId zone(String timeZone) {
        return TimeZones.parse("timeZone", timeZone);
    }

    /** The publication as an API node with the relations asked for; an error on {@code id} when there is none. */
    private Uni<PublicationView> node(UUID workspaceId, UUID id, PublicationRelations wanted) {
        return publications
                .find(workspaceId, id, wanted)
                .onItem()
                .ifNull()
                .failWith(PublicationService::noSuchPublication)
                .chain(row -> nodes(workspaceId, List.of(row), wanted))
                .map(nodes -> nodes.get(0));
    }

    /**
     * The rows as API nodes, in their order. Their brands and channels came with them; the assessments, with
     * their segments, take one query for all rows, and none when not asked for.
     */
    private Uni<List<PublicationView>> nodes(UUID workspaceId, List<Joined> rows, PublicationRelations wanted) {
        Uni<Map<UUID, List<AssessmentView>>> assessments = !wanted.assessments() || rows.isEmpty()
                ? Uni.createFrom().item(Map.of())
                : publications.assessmentNodes(
                        workspaceId,
                        rows.stream().map(row -> row.publication().id()).toList());
        return assessments.map(byPublication -> rows.stream()
                .map(row -> PublicationView.of(
                        row.publication(),
                        row.brand(),
                        row.channel(),
                        wanted.assessments()
                                ? byPublication.getOrDefault(row.publication().id(), List.of())
                                : null))
                .toList());
    }

    private Uni<PublicationRow> save(UUID workspaceId, UUID id, PublicationInput input, boolean replace) {
        PublicationTime allowed = PublicationTime.asOf(clock);
        if (input.publishedAt().isAfter(allowed.latest())) {
            throw new InvalidInput("publishedAt", Reason.IN_THE_FUTURE, "must not be in the future");
        }
        if (input.publishedAt().isBefore(allowed.earliest())) {
            String earliest = allowed.earliest().toLocalDate().toString();
            throw new InvalidInput("publishedAt", Reason.TOO_EARLY, earliest, "must not be before " + earliest);
        }
        PublicationRow publication = new PublicationRow(
                id,
                workspaceId,
                Ids.parse("brandId", input.brandId()),
                Ids.parse("channelId", input.channelId()),
                input.title().strip(),
                blankToNull(input.url()),
                blankToNull(input.author()),
                input.publishedAt().withOffsetSameInstant(ZoneOffset.UTC),
                input.weight(),
                blankToNull(input.externalId()));
        List<AssessmentRow> assessments = assessments(publication, input.assessmentsOrNone());
        return requireReferences(publication, assessments)
                .call(() -> requireFreeExternalId(publication))
                .call(() -> publications.save(publication, assessments, replace))
                .replaceWith(publication);
    }

    private static List<AssessmentRow> assessments(PublicationRow publication, List<AssessmentInput> input) {
        List<AssessmentRow> result = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            AssessmentInput assessment = input.get(i);
            if (assessment == null) {
                throw new InvalidInput("assessments[" + i + "]", Reason.MISSING, "must not be null");
            }
            UUID segmentId = Ids.parse("assessments[" + i + "].segmentId", assessment.segmentId());
            if (!seen.add(segmentId)) {
                throw new InvalidInput(
                        "assessments[" + i + "].segmentId", Reason.GIVEN_TWICE, "this segment is assessed twice");
            }
            double impact = assessment.impact() == null ? publication.weight() : assessment.impact();
            result.add(new AssessmentRow(
                    publication.workspaceId(), publication.id(), segmentId, impact, assessment.sentiment()));
        }
        return result;
    }

    /** Brand, channel and segments must be rows of the publication's own workspace. */
    private Uni<Void> requireReferences(PublicationRow publication, List<AssessmentRow> assessments) {
        UUID ws = publication.workspaceId();
        Uni<Boolean> brandKnown =
                brands.views(ws, List.of(publication.brandId())).map(found -> !found.isEmpty());
        Uni<Boolean> channelKnown =
                channels.views(ws, List.of(publication.channelId())).map(found -> !found.isEmpty());
        Uni<Set<UUID>> knownSegments = segments.views(
                        ws, assessments.stream().map(AssessmentRow::segmentId).toList())
                .map(found -> found.stream().map(SegmentView::id).collect(Collectors.toSet()));
        return Uni.combine().all().unis(brandKnown, channelKnown, knownSegments).with((brand, channel, segmentIds) -> {
            if (!brand) {
                throw new InvalidInput("brandId", Reason.NOT_FOUND, "no such brand in this workspace");
            }
            if (!channel) {
                throw new InvalidInput("channelId", Reason.NOT_FOUND, "no such channel in this workspace");
            }
            for (int i = 0; i < assessments.size(); i++) {
                if (!segmentIds.contains(assessments.get(i).segmentId())) {
                    throw new InvalidInput(
                            "assessments[" + i + "].segmentId", Reason.NOT_FOUND, "no such segment in this workspace");
                }
            }
            return null;
        });
    }

    private Uni<Void> requireFreeExternalId(PublicationRow publication) {
        if (publication.externalId() == null) {
            return Uni.createFrom().voidItem();
        }
        return publications
                .idOfExternal(publication.workspaceId(), publication.externalId())
                .map(owner -> {
                    if (owner != null && !owner.equals(publication.id())) {
                        throw new Duplicate(
                                "externalId",
                                Reason.EXTERNAL_ID_TAKEN,
                                publication.externalId(),
                                "another publication of this workspace has this external id");
                    }
                    return null;
                });
    }

    private static InvalidInput noSuchPublication() {
        return new InvalidInput("id", Reason.NOT_FOUND, "no such publication in this workspace");
    }

    private static String cursor(PublicationOrder order, PublicationRow row) {
        return new Cursor(PublicationQuery.sortValue(order, row), row.id()).encode();
    }
}
