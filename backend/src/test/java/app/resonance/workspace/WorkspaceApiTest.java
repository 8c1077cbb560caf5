package app.resonance.workspace;

import static app.resonance.support.GraphQL.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.Concurrently;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class WorkspaceApiTest {

    static String createAsAdmin(String name) {
        return as("admin", "createWorkspace", "name", name)
                .body("errors", nullValue())
                .extract()
                .path("data.createWorkspace.id");
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void adminCreatesAWorkspaceAndBecomesItsFirstMember() {
        String name = unique("Acme");
        as("admin", "createWorkspace", "name", "  " + name + " ")
                .body("errors", nullValue())
                .body("data.createWorkspace.name", equalTo(name))
                .body("data.createWorkspace.members.username", contains("admin"));
        as("admin", "workspaces").body("data.workspaces.name", hasItem(name));
    }

    @Test
    void membersSeeTheWorkspaceAndNonMembersDoNot() {
        String id = createAsAdmin(unique("Members"));
        as("analyst", "workspaces").body("data.workspaces.id", not(hasItem(id)));
        as("analyst", "workspace", "id", id).body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        as("admin", "addMember", "workspaceId", id, "username", "analyst")
                .body("data.addMember.members.username", contains("admin", "analyst"));
        as("analyst", "workspaces").body("data.workspaces.id", hasItem(id));
        as("analyst", "workspace", "id", id).body("data.workspace.id", equalTo(id));

        as("admin", "removeMember", "workspaceId", id, "username", "analyst")
                .body("data.removeMember.members.username", contains("admin"));
        as("analyst", "workspace", "id", id).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void viewerCannotMutateEvenAsAMember() {
        String id = createAsAdmin(unique("Viewer"));
        as("admin", "addMember", "workspaceId", id, "username", "viewer").body("errors", nullValue());

        as("viewer", "workspace", "id", id).body("data.workspace.id", equalTo(id));
        as("viewer", "createWorkspace", "name", "Mine").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("viewer", "renameWorkspace", "id", id, "name", "Renamed")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("viewer", "addMember", "workspaceId", id, "username", "analyst")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("admin", "workspace", "id", id).body("data.workspace.members.username", contains("admin", "viewer"));
    }

    @Test
    void anotherAgencysAdminCannotReadOrChangeTheWorkspace() {
        String name = unique("Tenant A");
        String id = createAsAdmin(name);

        as("outsider", "workspaces").body("data.workspaces.id", not(hasItem(id)));
        as("outsider", "workspace", "id", id).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("outsider", "renameWorkspace", "id", id, "name", "Hijacked")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("outsider", "addMember", "workspaceId", id, "username", "outsider")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("outsider", "removeMember", "workspaceId", id, "username", "admin")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        as("admin", "workspace", "id", id)
                .body("data.workspace.name", equalTo(name))
                .body("data.workspace.members.username", contains("admin"));
    }

    @Test
    void unknownWorkspaceIsForbiddenNotRevealed() {
        as("admin", "workspace", "id", UUID.randomUUID().toString())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void blankOrLongNamesAreRejectedNamingTheField() {
        as("admin", "createWorkspace", "name", "   ")
                .body("data", nullValue())
                .body("errors[0].message", containsString("name"))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("name"));
        String id = createAsAdmin(unique("Valid"));
        as("admin", "renameWorkspace", "id", id, "name", "x".repeat(101))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("name"));
        as("admin", "workspace", "id", id).body("data.workspace.name", containsString("Valid"));
    }

    @Test
    void memberRulesAreReportedOnTheUsernameField() {
        String id = createAsAdmin(unique("Rules"));
        as("admin", "addMember", "workspaceId", id, "username", "Not A Name!")
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("username"));
        as("admin", "addMember", "workspaceId", id, "username", "admin")
                .body("errors[0].extensions.code", equalTo("DUPLICATE"))
                .body("errors[0].extensions.field", equalTo("username"));
        as("admin", "removeMember", "workspaceId", id, "username", "nobody")
                .body("errors[0].extensions.field", equalTo("username"));
        as("admin", "removeMember", "workspaceId", id, "username", "admin")
                .body("errors[0].extensions.field", equalTo("username"))
                .body("errors[0].message", containsString("last member"));
        as("admin", "workspace", "id", id).body("data.workspace.members.username", contains("admin"));
    }

    @Test
    void severalWorkspacesResolveTheirMembersTogether() {
        String first = createAsAdmin(unique("Batch 1"));
        String second = createAsAdmin(unique("Batch 2"));
        as("admin", "addMember", "workspaceId", second, "username", "viewer").body("errors", nullValue());
        as("admin", "workspaces")
                .body("errors", nullValue())
                .body("data.workspaces.find { it.id == '" + first + "' }.members.username", contains("admin"))
                .body(
                        "data.workspaces.find { it.id == '" + second + "' }.members.username",
                        contains("admin", "viewer"));
    }

    @Test
    void twoAdminsRemovingEachOtherAtOnceLeaveTheWorkspaceWithOneOfThem() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = createAsAdmin(unique("Standoff"));
            as("admin", "addMember", "workspaceId", id, "username", "outsider").body("errors", nullValue());
            List<String> answers = Concurrently.run(List.<Callable<String>>of(
                    () -> as("admin", "removeMember", "workspaceId", id, "username", "outsider")
                            .extract()
                            .asString(),
                    () -> as("outsider", "removeMember", "workspaceId", id, "username", "admin")
                            .extract()
                            .asString()));
            assertEquals(
                    1,
                    answers.stream()
                            .filter(answer -> !answer.contains("\"errors\""))
                            .count(),
                    answers.toString());
            List<String> members = new ArrayList<>();
            for (String admin : List.of("admin", "outsider")) {
                List<String> seen = as(admin, "workspaces")
                        .extract()
                        .path("data.workspaces.find { it.id == '" + id + "' }.members.username");
                members.addAll(seen == null ? List.of() : seen);
            }
            assertEquals(1, new HashSet<>(members).size(), "the workspace kept one of them: " + answers);
        }
    }
}
