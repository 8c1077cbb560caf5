package app.resonance.analytic;

import app.resonance.common.validation.StorableText;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class AnalyticGraphQL {

    private final AnalyticService service;

    AnalyticGraphQL(AnalyticService service) {
        this.service = service;
    }

    @Query("analytics")
    @Description("The attributes the workspace defines for its companies or contacts (both when appliesTo is not"
            + " given), by records and name.")
    public Uni<@NonNull List<@NonNull AnalyticView>> analytics(
            @Id @NonNull String workspaceId, AnalyticAppliesTo appliesTo) {
        return service.list(workspaceId, appliesTo);
    }

    @Mutation("createAnalytic")
    public Uni<@NonNull AnalyticView> createAnalytic(
            @Id @NonNull String workspaceId, @NonNull @Valid AnalyticInput input) {
        return service.create(workspaceId, input);
    }

    @Mutation("updateAnalytic")
    @Description("Changes the definition. Its type and records change only while no record has a value; an"
            + " option records hold stays (rename it with renameAnalyticOption).")
    public Uni<@NonNull AnalyticView> updateAnalytic(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid AnalyticInput input) {
        return service.update(workspaceId, id, input);
    }

    @Mutation("renameAnalyticOption")
    @Description("Renames an option of an ENUMERATION and every record's value that holds it.")
    public Uni<@NonNull AnalyticView> renameAnalyticOption(
            @Id @NonNull String workspaceId,
            @Id @NonNull String id,
            @NonNull String from,
            @NonNull @Size(max = 200) @StorableText String to) {
        return service.renameOption(workspaceId, id, from, to);
    }

    @Mutation("deleteAnalytic")
    @Description("Deletes the analytic with every record's value of it; answers its id.")
    @Id
    public Uni<@NonNull String> deleteAnalytic(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }

    @Query("analyticValues")
    @Description("A company's or contact's values of the workspace's analytics, by analytic name.")
    public Uni<@NonNull List<@NonNull AnalyticValueView>> analyticValues(
            @Id @NonNull String workspaceId, @Id @NonNull String recordId) {
        return service.values(workspaceId, recordId);
    }

    @Mutation("setAnalyticValue")
    @Description("Sets (or replaces) a record's value: recordId is a company for a COMPANY analytic, a contact"
            + " for a CONTACT one.")
    public Uni<@NonNull AnalyticValueView> setAnalyticValue(
            @Id @NonNull String workspaceId,
            @Id @NonNull String analyticId,
            @Id @NonNull String recordId,
            @NonNull @Valid AnalyticValueInput value) {
        return service.setValue(workspaceId, analyticId, recordId, value);
    }

    @Mutation("clearAnalyticValue")
    @Description("Clears a record's value; answers whether it had one.")
    public Uni<@NonNull Boolean> clearAnalyticValue(
            @Id @NonNull String workspaceId, @Id @NonNull String analyticId, @Id @NonNull String recordId) {
        return service.clearValue(workspaceId, analyticId, recordId);
    }
}
