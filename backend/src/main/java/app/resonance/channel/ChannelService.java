package app.resonance.channel;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowReader;
import app.resonance.segment.SegmentService;
import app.resonance.segment.SegmentView;
import app.resonance.workspace.NamedRows;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ChannelService {

    private final ChannelRepository channels;
    private final ChannelWeightRepository weights;
    private final SegmentService segments;
    private final WorkspaceAccess access;
    private final NamedRows<Channel, ChannelInput, ChannelView> rows;

    ChannelService(
            ChannelRepository channels,
            ChannelWeightRepository weights,
            SegmentService segments,
            WorkspaceAccess access) {
        this.channels = channels;
        this.weights = weights;
        this.segments = segments;
        this.access = access;
        this.rows = new NamedRows<>(access, channels, Channel::new, ChannelView::of)
                .refusingDeleteWhileReferenced(
                        Reason.HAS_PUBLICATIONS,
                        "the channel has publications; delete them or move them to another channel first");
    }

    /** List, create, update and delete; only a channel without publications is deleted, with its weights. */
    public NamedRows<Channel, ChannelInput, ChannelView> rows() {
        return rows;
    }

    public Uni<List<ChannelWeightView>> weights(String workspaceId) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(weights::matrix);
    }

    /** Sets many weights in one call; an unknown id or a repeated pair rejects the whole call. */
    public Uni<List<ChannelWeightView>> setWeights(String workspaceId, List<ChannelWeightInput> input) {
        List<UUID> segmentIds = new ArrayList<>();
        List<UUID> channelIds = new ArrayList<>();
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .invoke(() -> parse(input, segmentIds, channelIds))
                .call(ws -> requireKnown(ws, input, segmentIds, channelIds))
                .call(ws -> weights.set(
                        ws,
                        segmentIds,
                        channelIds,
                        input.stream().map(ChannelWeightInput::weight).toList()))
                .chain(weights::matrix);
    }

    /**
     * An import of channels (matched by name) into a workspace the caller was let into to write (an import runs
     * later, on any instance, without the caller).
     */
    public Uni<RowImport> importer(UUID ws) {
        return channels.views(ws, null)
                .map(existing -> new ChannelImport(
                        ws, RowReader.idsByName(existing, ChannelView::name, ChannelView::id), channels));
    }

    /** An import of weights (segment and channel by name), as {@link #importer}. */
    public Uni<RowImport> weightImporter(UUID ws) {
        return Uni.combine()
                .all()
                .unis(segments.views(ws, null), channels.views(ws, null))
                .with((segmentList, channelList) -> new ChannelWeightImport(
                        ws,
                        RowReader.idsByName(segmentList, SegmentView::name, SegmentView::id),
                        RowReader.idsByName(channelList, ChannelView::name, ChannelView::id),
                        weights));
    }

    /** Channels of a workspace the caller has already been let into, by id (batched GraphQL resolution). */
    public Uni<List<ChannelView>> views(UUID workspaceId, Collection<UUID> ids) {
        return channels.views(workspaceId, ids);
    }

    private static void parse(List<ChannelWeightInput> input, List<UUID> segmentIds, List<UUID> channelIds) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            ChannelWeightInput weight = input.get(i);
            segmentIds.add(Ids.parse("weights[" + i + "].segmentId", weight.segmentId()));
            channelIds.add(Ids.parse("weights[" + i + "].channelId", weight.channelId()));
            if (!pairs.add(segmentIds.get(i) + "/" + channelIds.get(i))) {
                throw new InvalidInput(
                        "weights[" + i + "]", Reason.GIVEN_TWICE, "this segment and channel pair is given twice");
            }
        }
    }

    private Uni<Void> requireKnown(
            UUID workspaceId, List<ChannelWeightInput> input, List<UUID> segmentIds, List<UUID> channelIds) {
        Uni<Set<UUID>> knownSegments = segments.views(workspaceId, new HashSet<>(segmentIds))
                .map(found -> new HashSet<>(found.stream().map(SegmentView::id).toList()));
        Uni<Set<UUID>> knownChannels = channels.views(workspaceId, new HashSet<>(channelIds))
                .map(found -> new HashSet<>(found.stream().map(ChannelView::id).toList()));
        return Uni.combine().all().unis(knownSegments, knownChannels).with((segmentSet, channelSet) -> {
            for (int i = 0; i < input.size(); i++) {
                if (!segmentSet.contains(segmentIds.get(i))) {
                    throw new InvalidInput(
                            "weights[" + i + "].segmentId", Reason.NOT_FOUND, "no such segment in this workspace");
                }
                if (!channelSet.contains(channelIds.get(i))) {
                    throw new InvalidInput(
                            "weights[" + i + "].channelId", Reason.NOT_FOUND, "no such channel in this workspace");
                }
            }
            return null;
        });
    }
}
