package app.resonance.targetgroup;

import app.resonance.contact.ContactIds;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Target groups: rules over the customer base, their versions, counts and members. */
@GraphQLApi
@Authenticated
public class TargetGroupGraphQL {

    private static final String TIME_ZONE =
            "IANA time zone of the rule's calendar days (purchase periods), e.g." + " Europe/Warsaw.";

    private static final String CONTACTS = "Ids of contacts, at most " + ContactIds.MAX_AT_ONCE + " contacts.";

    private final TargetGroupService service;

    TargetGroupGraphQL(TargetGroupService service) {
        this.service = service;
    }

    @Query("targetGroups")
    @Description("The workspace's target groups, by name.")
    public Uni<@NonNull List<@NonNull TargetGroupView>> targetGroups(@Id @NonNull String workspaceId) {
        return service.list(workspaceId);
    }

    @Query("targetGroup")
    public Uni<@NonNull TargetGroupView> targetGroup(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.get(workspaceId, id);
    }

    @Query("previewTargetGroup")
    @Description("What a rule being edited selects now, without saving it: the live count and the first members.")
    public Uni<@NonNull TargetGroupPreview> previewTargetGroup(
            @Id @NonNull String workspaceId,
            @NonNull @Valid Rule rule,
            @DefaultValue("UTC") @Description(TIME_ZONE) String timeZone,
            @Description("How many members to show (≤ 500, default 50).") Integer first) {
        return service.preview(workspaceId, rule, timeZone, first);
    }

    @NonNull
    @Description("Every version of the rule, newest first, with who made it and when.")
    public Uni<List<@NonNull List<@NonNull TargetGroupVersionView>>> versions(@Source List<TargetGroupView> groups) {
        return service.versions(groups);
    }

    @Description("How many contacts are members now.")
    public Uni<@NonNull Integer> count(@Source TargetGroupView group) {
        return service.count(group);
    }

    @Description("A page of the members in the order the contacts were created (Relay connection): first ≤ 500,"
            + " default 50.")
    public Uni<@NonNull TargetGroupMemberConnection> members(
            @Source TargetGroupView group, Integer first, String after) {
        return service.members(group, first, after);
    }

    @Mutation("createTargetGroup")
    public Uni<@NonNull TargetGroupView> createTargetGroup(
            @Id @NonNull String workspaceId,
            @NonNull @Valid TargetGroupInput input,
            @NonNull @Valid Rule rule,
            @DefaultValue("UTC") @Description(TIME_ZONE) String timeZone) {
        return service.create(workspaceId, input, rule, timeZone);
    }

    @Mutation("updateTargetGroup")
    @Description("Renames the target group or changes its description; the rule stays.")
    public Uni<@NonNull TargetGroupView> updateTargetGroup(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid TargetGroupInput input) {
        return service.update(workspaceId, id, input);
    }

    @Mutation("changeTargetGroupRule")
    @Description("Makes the rule the target group's new version; manual includes and excludes stay.")
    public Uni<@NonNull TargetGroupView> changeTargetGroupRule(
            @Id @NonNull String workspaceId,
            @Id @NonNull String id,
            @NonNull @Valid Rule rule,
            @DefaultValue("UTC") @Description(TIME_ZONE) String timeZone) {
        return service.changeRule(workspaceId, id, rule, timeZone);
    }

    @Mutation("includeInTargetGroup")
    @Description("Makes the contacts members whatever the rule says (undoing an exclusion).")
    public Uni<@NonNull TargetGroupView> includeInTargetGroup(
            @Id @NonNull String workspaceId,
            @Id @NonNull String id,
            @NonNull @Description(CONTACTS) List<@NonNull String> contactIds) {
        return service.include(workspaceId, id, contactIds);
    }

    @Mutation("excludeFromTargetGroup")
    @Description("Keeps the contacts out whatever the rule says (undoing an inclusion).")
    public Uni<@NonNull TargetGroupView> excludeFromTargetGroup(
            @Id @NonNull String workspaceId,
            @Id @NonNull String id,
            @NonNull @Description(CONTACTS) List<@NonNull String> contactIds) {
        return service.exclude(workspaceId, id, contactIds);
    }

    @Mutation("clearManualMembership")
    @Description("Takes back inclusions and exclusions of the contacts: the rule alone decides again.")
    public Uni<@NonNull TargetGroupView> clearManualMembership(
            @Id @NonNull String workspaceId,
            @Id @NonNull String id,
            @NonNull @Description(CONTACTS) List<@NonNull String> contactIds) {
        return service.clearManual(workspaceId, id, contactIds);
    }

    @Mutation("deleteTargetGroup")
    @Description("Deletes the target group with its versions and manual members; answers its id. Refused while"
            + " another target group's rule uses it.")
    @Id
    public Uni<@NonNull String> deleteTargetGroup(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }
}
