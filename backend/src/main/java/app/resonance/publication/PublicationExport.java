package app.resonance.publication;

import app.resonance.brand.BrandView;
import app.resonance.channel.ChannelView;
import app.resonance.common.paging.Cursor;
import app.resonance.common.tabular.TabularWriter;
import app.resonance.segment.SegmentView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The filtered publications as a spreadsheet in the import format (plus the id), so that an
 * export can be edited and imported again. Pages through the rows with the list's own cursor.
 */
public final class PublicationExport {

    private static final int PAGE = 5_000;

    private final PublicationQuery query;
    private final PublicationRepository repository;
    private final Map<UUID, String> brands;
    private final Map<UUID, String> channels;
    /** Assessment column groups: one per segment of the workspace, the most a publication can have. */
    private final int segmentColumns;

    PublicationExport(
            PublicationQuery query,
            PublicationRepository repository,
            List<BrandView> brands,
            List<ChannelView> channels,
            List<SegmentView> segments) {
        this.query = query;
        this.repository = repository;
        this.brands = brands.stream().collect(Collectors.toMap(BrandView::id, BrandView::name));
        this.channels = channels.stream().collect(Collectors.toMap(ChannelView::id, ChannelView::name));
        this.segmentColumns = segments.size();
    }

    /** Writes every row; blocks, so call it from a worker thread. */
    public void writeTo(TabularWriter out) throws IOException {
        List<Object> header = new ArrayList<>(List.of(
                "id",
                PublicationColumns.EXTERNAL_ID,
                PublicationColumns.PUBLISHED_AT,
                PublicationColumns.BRAND,
                PublicationColumns.CHANNEL,
                PublicationColumns.TITLE,
                PublicationColumns.URL,
                PublicationColumns.AUTHOR,
                PublicationColumns.WEIGHT));
        for (int n = 1; n <= segmentColumns; n++) {
            header.addAll(List.of(
                    PublicationColumns.segment(n), PublicationColumns.impact(n), PublicationColumns.sentiment(n)));
        }
        out.row(header);
        Cursor after = null;
        while (true) {
            List<PublicationRow> page = repository
                    .page(query, PublicationOrder.PUBLISHED_AT_DESC, after, PAGE)
                    .await()
                    .indefinitely();
            if (page.isEmpty()) {
                return;
            }
            Map<UUID, List<AssessmentView>> assessments = repository
                    .assessmentNodes(
                            query.workspaceId(),
                            page.stream().map(PublicationRow::id).toList())
                    .await()
                    .indefinitely();
            for (PublicationRow p : page) {
                List<Object> row = new ArrayList<>(List.of(
                        p.id().toString(),
                        orEmpty(p.externalId()),
                        p.publishedAt().toString(),
                        brands.get(p.brandId()),
                        channels.get(p.channelId()),
                        p.title(),
                        orEmpty(p.url()),
                        orEmpty(p.author()),
                        p.weight()));
                for (AssessmentView a : assessments.getOrDefault(p.id(), List.of())) {
                    row.addAll(List.of(
                            a.segment().name(), a.impact(), a.sentiment().name()));
                }
                out.row(row);
            }
            PublicationRow last = page.get(page.size() - 1);
            after = new Cursor(PublicationQuery.sortValue(PublicationOrder.PUBLISHED_AT_DESC, last), last.id());
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
