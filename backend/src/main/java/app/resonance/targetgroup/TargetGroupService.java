package app.resonance.targetgroup;

import app.resonance.common.error.Duplicate;
import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.error.TimedOut;
import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.time.TimeZones;
import app.resonance.contact.ContactIds;
import app.resonance.targetgroup.RuleContext.Analytic;
import app.resonance.targetgroup.RuleContext.StoredRule;
import app.resonance.targetgroup.RuleShape.References;
import app.resonance.targetgroup.TargetGroupMemberConnection.TargetGroupMemberEdge;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class TargetGroupService {

    private final TargetGroupRepository groups;
    private final WorkspaceAccess access;
    private final RuleLimits limits;
    private final Jsonb json;
    private final Clock clock;

    TargetGroupService(
            TargetGroupRepository groups, WorkspaceAccess access, RuleLimits limits, Jsonb json, Clock clock) {
        this.groups = groups;
        this.access = access;
        this.limits = limits;
        this.json = json;
        this.clock = clock;
    }

    /** Who acts in which workspace. */
    private record Caller(UUID workspaceId, String username) {}

    public Uni<List<TargetGroupView>> list(String workspaceId) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(groups::list)
                .map(rows -> rows.stream().map(this::view).toList());
    }

    public Uni<TargetGroupView> get(String workspaceId, String id) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> found(groups.find(groups.reads(), ws, Ids.parse("id", id))));
    }

    /** Every version of each group, newest first (the groups were read after an access check). */
    Uni<List<List<TargetGroupVersionView>>> versions(List<TargetGroupView> views) {
        Map<UUID, List<UUID>> byWorkspace = views.stream()
                .collect(Collectors.groupingBy(
                        TargetGroupView::workspaceId, Collectors.mapping(TargetGroupView::id, Collectors.toList())));
        return Uni.join()
                .all(byWorkspace.entrySet().stream()
                        .map(entry -> groups.versions(entry.getKey(), entry.getValue()))
                        .toList())
                .andFailFast()
                .map(lists -> {
                    Map<UUID, List<TargetGroupVersionView>> byGroup = new HashMap<>();
                    lists.stream()
                            .flatMap(List::stream)
                            .forEach(row -> byGroup.computeIfAbsent(row.targetGroupId(), id -> new ArrayList<>())
                                    .add(new TargetGroupVersionView(
                                            row.version(),
                                            rule(row.rule()),
                                            row.timeZone(),
                                            row.createdAt(),
                                            row.createdBy())));
                    return views.stream()
                            .map(view -> byGroup.getOrDefault(view.id(), List.of()))
                            .toList();
                });
    }

    /** How many contacts the group has now (the group was read after an access check). */
    Uni<Integer> count(TargetGroupView group) {
        return members(group).chain(sql -> timed(groups.count(sql, limits.statementTimeout())));
    }

    /** A page of the group's members by contact id (the group was read after an access check). */
    Uni<TargetGroupMemberConnection> members(TargetGroupView group, Integer first, String after) {
        int size = PageSize.of(first);
        Cursor cursor = Cursor.decode(after);
        UUID from = cursor == null ? null : cursor.id();
        return members(group)
                .chain(sql -> timed(groups.members(sql, from, size + 1, limits.statementTimeout())))
                .map(rows -> connection(rows, size));
    }

    /** The workspace of the group once the caller may read it, for an export link. */
    public Uni<UUID> exportable(String workspaceId, String id) {
        return get(workspaceId, id).map(TargetGroupView::workspaceId);
    }

    /**
     * Members of a group {@link #exportable} let the caller into, after the contact id {@code after} (null: from
     * the start), at most {@code limit}, with the export's statement timeout (a whole million-contact group).
     */
    public Uni<List<TargetGroupMember>> exportBatch(UUID workspaceId, UUID groupId, UUID after, int limit) {
        return found(groups.find(groups.reads(), workspaceId, groupId))
                .chain(this::members)
                .chain(sql -> groups.members(sql, after, limit, limits.historyStatementTimeout()));
    }

    /** What an unsaved rule selects now: the count and the first members. */
    public Uni<TargetGroupPreview> preview(String workspaceId, Rule rule, String timeZone, Integer first) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            int size = PageSize.of(first);
            ZoneId zone = TimeZones.parse("timeZone", timeZone);
            References references = RuleShape.check(rule, "rule", limits);
            return context(groups.reads(), ws, references)
                    .map(context -> RuleSql.rule(ws, null, rule, zone, context, limits))
                    .chain(sql -> Uni.combine()
                            .all()
                            .unis(
                                    timed(groups.count(sql, limits.statementTimeout())),
                                    timed(groups.members(sql, null, size, limits.statementTimeout())))
                            .with(TargetGroupPreview::new));
        });
    }

    public Uni<TargetGroupView> create(String workspaceId, TargetGroupInput input, Rule rule, String timeZone) {
        return caller(workspaceId).chain(caller -> {
            UUID ws = caller.workspaceId();
            UUID id = TimeOrderedIds.next();
            String name = input.name().strip();
            ZoneId zone = TimeZones.parse("timeZone", timeZone);
            References references = RuleShape.check(rule, "rule", limits);
            OffsetDateTime now = now();
            return groups.inTransaction(tx -> groups.lockRuleChanges(tx, ws)
                            .chain(() -> requireFreeName(tx, ws, name, null))
                            .chain(() -> context(tx, ws, references))
                            .invoke(context -> RuleSql.rule(ws, id, rule, zone, context, limits))
                            .chain(() -> groups.insert(tx, ws, id, name, description(input), now, caller.username()))
                            .chain(() -> groups.addVersion(
                                    tx,
                                    ws,
                                    id,
                                    json.toJson(rule),
                                    zone.getId(),
                                    references.groups().keySet(),
                                    now,
                                    caller.username()))
                            .chain(() -> found(groups.find(tx, ws, id))))
                    .onFailure()
                    .transform(DatabaseErrors::asDuplicate);
        });
    }

    public Uni<TargetGroupView> update(String workspaceId, String id, TargetGroupInput input) {
        return caller(workspaceId).chain(caller -> {
            UUID ws = caller.workspaceId();
            UUID groupId = Ids.parse("id", id);
            String name = input.name().strip();
            return groups.inTransaction(tx -> requireFreeName(tx, ws, name, groupId)
                            .chain(() -> groups.rename(tx, ws, groupId, name, description(input)))
                            .chain(renamed -> found(
                                    renamed
                                            ? groups.find(tx, ws, groupId)
                                            : Uni.createFrom().nullItem())))
                    .onFailure()
                    .transform(DatabaseErrors::asDuplicate);
        });
    }

    /** A new version of the group's rule; manual includes and excludes stay as they are. */
    public Uni<TargetGroupView> changeRule(String workspaceId, String id, Rule rule, String timeZone) {
        return caller(workspaceId).chain(caller -> {
            UUID ws = caller.workspaceId();
            UUID groupId = Ids.parse("id", id);
            ZoneId zone = TimeZones.parse("timeZone", timeZone);
            References references = RuleShape.check(rule, "rule", limits);
            return groups.inTransaction(tx -> groups.lockRuleChanges(tx, ws)
                    .chain(() -> requireGroup(tx, ws, groupId))
                    .chain(() -> context(tx, ws, references))
                    .invoke(context -> RuleSql.rule(ws, groupId, rule, zone, context, limits))
                    .chain(() -> groups.addVersion(
                            tx,
                            ws,
                            groupId,
                            json.toJson(rule),
                            zone.getId(),
                            references.groups().keySet(),
                            now(),
                            caller.username()))
                    .chain(() -> found(groups.find(tx, ws, groupId))));
        });
    }

    public Uni<TargetGroupView> include(String workspaceId, String id, List<String> contactIds) {
        return manual(
                workspaceId,
                id,
                contactIds,
                (tx, caller, group, contacts) -> groups.setManual(
                        tx, caller.workspaceId(), group, contacts, "INCLUDE", now(), caller.username()));
    }

    public Uni<TargetGroupView> exclude(String workspaceId, String id, List<String> contactIds) {
        return manual(
                workspaceId,
                id,
                contactIds,
                (tx, caller, group, contacts) -> groups.setManual(
                        tx, caller.workspaceId(), group, contacts, "EXCLUDE", now(), caller.username()));
    }

    /** The contacts are neither included nor excluded by hand any more: the rule alone decides. */
    public Uni<TargetGroupView> clearManual(String workspaceId, String id, List<String> contactIds) {
        return manual(
                workspaceId,
                id,
                contactIds,
                (tx, caller, group, contacts) -> groups.clearManual(tx, caller.workspaceId(), group, contacts));
    }

    /** Deletes the group with its versions and manual members; answers its id. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return caller(workspaceId).chain(caller -> {
            UUID groupId = Ids.parse("id", id);
            return groups.inTransaction(tx -> groups.lockRuleChanges(tx, caller.workspaceId())
                            .chain(() -> groups.delete(tx, caller.workspaceId(), groupId)))
                    .onFailure(failure -> DatabaseErrors.isForeignKey(failure, "target_group_reference_in_use"))
                    .transform(inUse -> new InvalidInput(
                            "id", Reason.TARGET_GROUP_IN_USE, "the rule of another target group uses this one"))
                    .map(deleted -> {
                        if (!deleted) {
                            throw noSuchGroup();
                        }
                        return groupId;
                    });
        });
    }

    @FunctionalInterface
    private interface ManualChange {
        Uni<Void> apply(SqlClient tx, Caller caller, UUID groupId, List<UUID> contactIds);
    }

    private Uni<TargetGroupView> manual(String workspaceId, String id, List<String> contactIds, ManualChange change) {
        return caller(workspaceId).chain(caller -> {
            UUID ws = caller.workspaceId();
            UUID groupId = Ids.parse("id", id);
            List<UUID> contacts = ContactIds.parse(contactIds);
            return groups.inTransaction(tx -> requireGroup(tx, ws, groupId)
                    .chain(() -> groups.contacts(tx, ws, contacts))
                    .invoke(known -> ContactIds.requireKnown(contactIds, known))
                    .chain(() -> change.apply(tx, caller, groupId, contacts))
                    .chain(() -> found(groups.find(tx, ws, groupId))));
        });
    }

    /** The workspace's groups (for the daily history: no caller to check). */
    Uni<List<TargetGroupView>> all(UUID workspaceId) {
        return groups.list(workspaceId)
                .map(rows -> rows.stream().map(this::view).toList());
    }

    /** The compiled members of a stored group, with the rules of the groups it uses as they are now. */
    Uni<RuleSql> members(TargetGroupView group) {
        UUID ws = group.workspaceId();
        return context(groups.reads(), ws, RuleShape.of(group.rule()))
                .map(context -> RuleSql.members(
                        ws, group.id(), new StoredRule(group.rule(), ZoneId.of(group.timeZone())), context, limits));
    }

    /**
     * Reads what compiling a rule with these references needs: the current rules of the groups it uses, and of
     * the groups those use, level by level down to the nesting limit, and the analytics all of them name. An
     * analytic or group the rule itself names that the workspace does not have is an error on its path.
     */
    private Uni<RuleContext> context(SqlClient client, UUID ws, References references) {
        Map<UUID, StoredRule> found = new HashMap<>();
        Set<UUID> analytics = new HashSet<>(references.analytics().keySet());
        return loadGroups(client, ws, references.groups().keySet(), found, analytics, 1)
                .chain(() -> analytics.isEmpty()
                        ? Uni.createFrom().item(Map.<UUID, Analytic>of())
                        : groups.analytics(client, ws, analytics))
                .map(analyticsFound -> {
                    references.analytics().forEach((id, path) -> {
                        if (!analyticsFound.containsKey(id)) {
                            throw new InvalidInput(path, Reason.NOT_FOUND, "no such analytic in this workspace");
                        }
                    });
                    references.groups().forEach((id, path) -> {
                        if (!found.containsKey(id)) {
                            throw new InvalidInput(path, Reason.NOT_FOUND, "no such target group in this workspace");
                        }
                    });
                    return new RuleContext(clock.instant(), analyticsFound, found);
                });
    }

    private Uni<Void> loadGroups(
            SqlClient client, UUID ws, Set<UUID> ids, Map<UUID, StoredRule> found, Set<UUID> analytics, int level) {
        Set<UUID> wanted = new HashSet<>(ids);
        wanted.removeAll(found.keySet());
        if (wanted.isEmpty() || level > limits.maxNesting()) {
            return Uni.createFrom().voidItem();
        }
        return groups.currentRules(client, ws, wanted).chain(rows -> {
            Set<UUID> next = new HashSet<>();
            rows.forEach((id, row) -> {
                Rule rule = rule(row.rule());
                found.put(id, new StoredRule(rule, ZoneId.of(row.timeZone())));
                References used = RuleShape.of(rule);
                analytics.addAll(used.analytics().keySet());
                next.addAll(used.groups().keySet());
            });
            return loadGroups(client, ws, next, found, analytics, level + 1);
        });
    }

    private Uni<Caller> caller(String workspaceId) {
        return Uni.createFrom()
                .item(() -> Ids.parse("workspaceId", workspaceId))
                .chain(ws -> access.checkedUsername(ws, WorkspacePermission.WRITE)
                        .map(username -> new Caller(ws, username)));
    }

    private Uni<Void> requireGroup(SqlClient tx, UUID ws, UUID id) {
        return groups.lock(tx, ws, id).map(exists -> {
            if (!exists) {
                throw noSuchGroup();
            }
            return null;
        });
    }

    private Uni<Void> requireFreeName(SqlClient tx, UUID ws, String name, UUID except) {
        return groups.nameTaken(tx, ws, name, except).map(taken -> {
            if (taken) {
                throw new Duplicate(
                        "name", Reason.NAME_TAKEN, name, "another target group of this workspace is called " + name);
            }
            return null;
        });
    }

    private Uni<TargetGroupView> found(Uni<TargetGroupRow> row) {
        return row.onItem().ifNull().failWith(TargetGroupService::noSuchGroup).map(this::view);
    }

    private <T> Uni<T> timed(Uni<T> work) {
        return work.onFailure(DatabaseErrors::isCancelled)
                .transform(cancelled -> new TimedOut("Selecting the target group's contacts took longer than "
                        + limits.statementTimeout().toSeconds() + " s and was stopped; simplify the rule."));
    }

    private TargetGroupMemberConnection connection(List<TargetGroupMember> rows, int size) {
        Page<TargetGroupMemberEdge> page = Page.of(
                rows,
                size,
                member -> new TargetGroupMemberEdge(new Cursor("", member.id()).encode(), member),
                TargetGroupMemberEdge::cursor);
        return new TargetGroupMemberConnection(page.edges(), page.pageInfo());
    }

    private TargetGroupView view(TargetGroupRow row) {
        return new TargetGroupView(
                row.id(),
                row.name(),
                row.description(),
                row.createdAt(),
                row.createdBy(),
                row.version(),
                rule(row.rule()),
                row.timeZone(),
                row.changedAt(),
                row.changedBy(),
                row.workspaceId());
    }

    private Rule rule(String stored) {
        return json.fromJson(stored, Rule.class);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String description(TargetGroupInput input) {
        return input.description() == null ? "" : input.description().strip();
    }

    private static InvalidInput noSuchGroup() {
        return new InvalidInput("id", Reason.NOT_FOUND, "no such target group in this workspace");
    }
}
