package app.resonance.publication;

import app.resonance.channel.ChannelType;
import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A {@link PublicationFilter} of one workspace compiled to SQL: the joins and conditions over
 * {@code publication p} (and {@code channel c} when needed) with their parameters. The list, the
 * count, the reports and the exports all read publications through it, so they always agree.
 */
final class PublicationQuery {

    private final UUID workspaceId;
    private final List<Object> params = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final List<String> assessmentConditions = new ArrayList<>();
    private boolean needsChannel;

    private PublicationQuery(UUID workspaceId) {
        this.workspaceId = workspaceId;
    }

    static PublicationQuery of(UUID workspaceId, PublicationFilter filter) {
        PublicationQuery query = new PublicationQuery(workspaceId);
        query.conditions.add("p.workspace_id = " + query.param(workspaceId));
        query.compile(filter == null ? PublicationFilter.NONE : filter);
        return query;
    }

    UUID workspaceId() {
        return workspaceId;
    }

    /** Adds a parameter and answers its placeholder, e.g. {@code $3}. */
    private String param(Object value) {
        params.add(value);
        return "$" + params.size();
    }

    /** A fresh tuple of the parameters, to which a query may append its own. */
    Tuple params() {
        return Tuple.from(params);
    }

    /** FROM … WHERE … over the filtered publications, with {@code p} and, when joined, {@code c}. */
    String fromWhere(boolean withChannel) {
        return fromWhere(withChannel, "");
    }

    /** As {@link #fromWhere(boolean)}, with more joins before WHERE. */
    String fromWhere(boolean withChannel, String extraJoins) {
        String from = (withChannel || needsChannel
                        ? "from publication p join channel c on c.id = p.channel_id"
                        : "from publication p")
                + extraJoins;
        List<String> all = new ArrayList<>(conditions);
        if (!assessmentConditions.isEmpty()) {
            all.add("exists (select 1 from assessment a where a.publication_id = p.id and "
                    + String.join(" and ", assessmentConditions) + ")");
        }
        return from + " where " + String.join(" and ", all);
    }

    /** The assessment conditions for a join of {@code assessment a}, e.g. " and a.segment_id = any($4)". */
    String assessmentJoinConditions() {
        return assessmentConditions.stream()
                .map(condition -> " and " + condition)
                .reduce("", String::concat);
    }

    private void compile(PublicationFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new InvalidInput("filter.to", Reason.NOT_AFTER_START, "must be after filter.from");
        }
        if (filter.minImpact() != null && filter.maxImpact() != null && filter.minImpact() > filter.maxImpact()) {
            throw new InvalidInput("filter.maxImpact", Reason.BELOW_MINIMUM, "must not be below filter.minImpact");
        }
        if (filter.from() != null) {
            conditions.add("p.published_at >= " + param(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("p.published_at < " + param(filter.to()));
        }
        anyOf(conditions, "p.brand_id", ids("filter.brandIds", filter.brandIds()));
        anyOf(conditions, "p.channel_id", ids("filter.channelIds", filter.channelIds()));
        if (present(filter.channelTypes())) {
            needsChannel = true;
            anyOf(
                    conditions,
                    "c.type",
                    filter.channelTypes().stream()
                            .filter(Objects::nonNull)
                            .map(ChannelType::name)
                            .toArray(String[]::new));
        }
        if (present(filter.publishers())) {
            needsChannel = true;
            anyOf(
                    conditions,
                    "c.publisher",
                    filter.publishers().stream().filter(Objects::nonNull).toArray(String[]::new));
        }
        if (filter.titleContains() != null && !filter.titleContains().isBlank()) {
            conditions.add("p.title ilike "
                    + param("%" + escapeLike(filter.titleContains().strip()) + "%"));
        }
        anyOf(assessmentConditions, "a.segment_id", ids("filter.segmentIds", filter.segmentIds()));
        if (present(filter.sentiments())) {
            anyOf(
                    assessmentConditions,
                    "a.sentiment",
                    filter.sentiments().stream()
                            .filter(Objects::nonNull)
                            .map(Sentiment::name)
                            .toArray(String[]::new));
        }
        if (filter.minImpact() != null) {
            assessmentConditions.add("a.impact >= " + param(filter.minImpact()));
        }
        if (filter.maxImpact() != null) {
            assessmentConditions.add("a.impact <= " + param(filter.maxImpact()));
        }
    }

    /**
     * One value compiles to an equality: PostgreSQL then walks an index in the page's order (e.g. one
     * channel's publications by time) instead of reading the period's rows for any of a list.
     */
    private void anyOf(List<String> target, String column, Object[] values) {
        if (values != null && values.length == 1) {
            target.add(column + " = " + param(values[0]));
        } else if (values != null && values.length > 1) {
            target.add(column + " = any(" + param(values) + ")");
        }
    }

    private static boolean present(List<?> values) {
        return values != null && !values.isEmpty();
    }

    private static UUID[] ids(String argument, List<String> values) {
        if (!present(values)) {
            return null;
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ids.add(Ids.parse(argument + "[" + i + "]", values.get(i)));
        }
        return ids.toArray(UUID[]::new);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The sort value of a row as a cursor stores it, and back as a typed SQL parameter. */
    static Function<String, Object> sortValueParser(PublicationOrder order) {
        return switch (order) {
            case PUBLISHED_AT_DESC, PUBLISHED_AT_ASC -> OffsetDateTime::parse;
            case WEIGHT_DESC -> Double::valueOf;
            case TITLE_ASC -> text -> text;
        };
    }

    static String sortValue(PublicationOrder order, PublicationRow row) {
        return switch (order) {
            case PUBLISHED_AT_DESC, PUBLISHED_AT_ASC -> row.publishedAt().toString();
            case WEIGHT_DESC -> Double.toString(row.weight());
            case TITLE_ASC -> row.title();
        };
    }
}
