package app.resonance.analytic;

import app.resonance.analytic.AnalyticValueRepository.StoredValue;
import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.workspace.NamedRows;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@ApplicationScoped
public class AnalyticService {

    /** Dates a value may hold: what PostgreSQL and every client read the same way. */
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    private final NamedRows<Analytic, AnalyticInput, AnalyticView> rows;
    private final AnalyticRepository analytics;
    private final AnalyticValueRepository values;
    private final WorkspaceAccess access;

    AnalyticService(AnalyticRepository analytics, AnalyticValueRepository values, WorkspaceAccess access, Clock clock) {
        this.analytics = analytics;
        this.values = values;
        this.access = access;
        this.rows = new NamedRows<>(
                        access, analytics, ws -> new Analytic(ws, OffsetDateTime.now(clock)), AnalyticView::of)
                .withRule(this::check)
                .withNameCheck(analytics::requireFreeNameAmongItsKind);
    }

    /** The workspace's analytics of these records (all when null), by records and name. */
    public Uni<List<AnalyticView>> list(String workspaceId, AnalyticAppliesTo appliesTo) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> analytics.list(ws, appliesTo, null));
    }

    public Uni<AnalyticView> create(String workspaceId, AnalyticInput input) {
        return rows.create(workspaceId, input);
    }

    public Uni<AnalyticView> update(String workspaceId, String id, AnalyticInput input) {
        return rows.update(workspaceId, id, input);
    }

    /** Deletes the analytic with every record's value of it; answers its id. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return rows.delete(workspaceId, id);
    }

    /** Renames an option of an enumeration, and with it every record's value that is that option. */
    public Uni<AnalyticView> renameOption(String workspaceId, String id, String from, String to) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> values.renameOption(
                                ws,
                                Ids.parse("id", id),
                                from,
                                to.strip(),
                                analytic -> renamed(analytic, from, to.strip()))
                        .onItem()
                        .ifNull()
                        .failWith(() -> noSuchAnalytic("id")));
    }

    /**
     * Sets a record's value of an analytic: the record must be a company (for a COMPANY analytic) or a contact
     * (CONTACT) of the workspace, and the value of the analytic's type.
     */
    public Uni<AnalyticValueView> setValue(
            String workspaceId, String analyticId, String recordId, AnalyticValueInput value) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            UUID record = Ids.parse("recordId", recordId);
            return analytics
                    .list(ws, null, List.of(Ids.parse("analyticId", analyticId)))
                    .map(found -> found.stream().findFirst().orElseThrow(() -> noSuchAnalytic("analyticId")))
                    .chain(analytic -> values.upsert(ws, analytic, record, stored(analytic, value))
                            .onFailure(failure -> DatabaseErrors.brokenForeignKey(failure) != null)
                            .transform(failure -> unknownReference(analytic, failure)));
        });
    }

    /** Clears a record's value of an analytic; false when it had none. */
    public Uni<Boolean> clearValue(String workspaceId, String analyticId, String recordId) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> values.clear(ws, Ids.parse("analyticId", analyticId), Ids.parse("recordId", recordId)));
    }

    /** A record's values, by analytic name. */
    public Uni<List<AnalyticValueView>> values(String workspaceId, String recordId) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            UUID record = Ids.parse("recordId", recordId);
            return values.valuesOf(ws, List.of(record)).map(byRecord -> byRecord.getOrDefault(record, List.of()));
        });
    }

    /**
     * The values of many records (companies or contacts) of a workspace the caller was let into, by record, each
     * by analytic name: one statement, for batched resolvers of records' {@code analytics}.
     */
    public Uni<Map<UUID, List<AnalyticValueView>>> valuesOf(UUID workspaceId, Collection<UUID> recordIds) {
        return recordIds.isEmpty() ? Uni.createFrom().item(Map.of()) : values.valuesOf(workspaceId, recordIds);
    }

    /** The feature's rules on a definition; {@code id} is null on create. */
    private Uni<Void> check(UUID workspaceId, AnalyticInput input, UUID id) {
        List<String> options = input.strippedOptions();
        checkOptions(input.type(), options);
        if (id == null) {
            return Uni.createFrom().voidItem();
        }
        return analytics.require(workspaceId, id, "id").chain(existing -> {
            if (existing.type != input.type() || existing.appliesTo != input.appliesTo()) {
                String field = existing.type != input.type() ? "type" : "appliesTo";
                return values.count(id).map(count -> {
                    if (count > 0) {
                        throw new InvalidInput(
                                field,
                                Reason.HAS_VALUES,
                                String.valueOf(count),
                                "cannot change while " + count + " records have a value; clear them first");
                    }
                    return null;
                });
            }
            List<String> removed = Stream.of(existing.options)
                    .filter(option -> !options.contains(option))
                    .toList();
            if (removed.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return values.countHolding(id, removed).map(holding -> {
                if (!holding.isEmpty()) {
                    long records =
                            holding.values().stream().mapToLong(Long::longValue).sum();
                    throw new InvalidInput(
                            "options",
                            Reason.OPTION_IN_USE,
                            String.valueOf(records),
                            holding.entrySet().stream()
                                            .map(entry -> "'" + entry.getKey() + "' is the value of " + entry.getValue()
                                                    + " records")
                                            .collect(Collectors.joining(", "))
                                    + "; rename the option (renameAnalyticOption) or clear those values first");
                }
                return null;
            });
        });
    }

    private static void checkOptions(AnalyticType type, List<String> options) {
        if (type != AnalyticType.ENUMERATION) {
            if (!options.isEmpty()) {
                throw new InvalidInput("options", Reason.ONLY_FOR_ENUMERATION, "only an ENUMERATION has options");
            }
            return;
        }
        if (options.isEmpty()) {
            throw new InvalidInput("options", Reason.MISSING, "an ENUMERATION needs at least one option");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            checkOption("options[" + i + "]", options.get(i));
            if (!seen.add(options.get(i).toLowerCase(Locale.ROOT))) {
                throw new InvalidInput("options[" + i + "]", Reason.GIVEN_TWICE, options.get(i), "is given twice");
            }
        }
    }

    private static void checkOption(String field, String option) {
        if (option.isEmpty()) {
            throw new InvalidInput(field, Reason.MISSING, "must not be blank");
        }
    }

    /** The enumeration's options with {@code from} renamed to {@code to}, in place. */
    private static List<String> renamed(AnalyticView analytic, String from, String to) {
        if (analytic.type() != AnalyticType.ENUMERATION) {
            throw new InvalidInput("id", Reason.ONLY_FOR_ENUMERATION, "only an ENUMERATION has options");
        }
        if (!analytic.options().contains(from)) {
            throw new InvalidInput("from", Reason.NOT_AN_OPTION, from, "is not an option of " + analytic.name());
        }
        checkOption("to", to);
        if (analytic.options().stream().anyMatch(option -> !option.equals(from) && option.equalsIgnoreCase(to))) {
            throw new InvalidInput("to", Reason.OPTION_EXISTS, to, "is already an option of " + analytic.name());
        }
        List<String> options = new ArrayList<>(analytic.options());
        options.set(options.indexOf(from), to);
        return options;
    }

    /** The value in the column the analytic's type fills; an error on {@code value} when it is not of that type. */
    private static StoredValue stored(AnalyticView analytic, AnalyticValueInput value) {
        String text = value.text() == null || value.text().isBlank()
                ? null
                : value.text().strip();
        long given = Stream.of(text, value.number(), value.date(), value.booleanValue())
                .filter(Objects::nonNull)
                .count();
        boolean ofType = switch (analytic.type()) {
            case ENUMERATION, TEXT -> text != null;
            case NUMBER -> value.number() != null;
            case DATE -> value.date() != null;
            case BOOLEAN -> value.booleanValue() != null;
        };
        if (given != 1 || !ofType) {
            throw new InvalidInput(
                    "value",
                    Reason.WRONG_VALUE_TYPE,
                    analytic.type().name(),
                    "give exactly one value, of the analytic's type " + analytic.type());
        }
        if (analytic.type() == AnalyticType.ENUMERATION && !analytic.options().contains(text)) {
            throw new InvalidInput("value", Reason.NOT_AN_OPTION, text, "is not an option of " + analytic.name());
        }
        if (value.date() != null && value.date().isBefore(EARLIEST_DATE)) {
            throw new InvalidInput("value", Reason.TOO_EARLY, EARLIEST_DATE.toString(), "must not be before 1900");
        }
        if (value.date() != null && value.date().isAfter(LATEST_DATE)) {
            throw new InvalidInput("value", Reason.TOO_LATE, LATEST_DATE.toString(), "must not be after 9999");
        }
        return new StoredValue(text, value.number(), value.date(), value.booleanValue());
    }

    /** A value's foreign key broke: the record is no company (contact) of the workspace, or the analytic went. */
    private static Throwable unknownReference(AnalyticView analytic, Throwable failure) {
        if (DatabaseErrors.brokenForeignKey(failure).contains("analytic_id")) {
            return noSuchAnalytic("analyticId");
        }
        return new InvalidInput(
                "recordId", Reason.NOT_FOUND, "no such " + analytic.appliesTo().table + " in this workspace");
    }

    private static InvalidInput noSuchAnalytic(String field) {
        return new InvalidInput(field, Reason.NOT_FOUND, "no such analytic in this workspace");
    }
}
