package app.resonance.company;

import app.resonance.common.graphql.Batches;
import app.resonance.common.validation.StorableText;
import app.resonance.timeline.TimelineConnection;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Authenticated
public class CompanyGraphQL {

    private final CompanyService service;

    CompanyGraphQL(CompanyService service) {
        this.service = service;
    }

    @Query("companies")
    @Description("A page of the workspace's companies (Relay connection): first ≤ 500, default 50.")
    public Uni<@NonNull CompanyConnection> companies(
            @Id @NonNull String workspaceId,
            Integer first,
            String after,
            @Description("The start of the name, in any case.") @Size(max = 200) @StorableText String search,
            @Valid CompanyFilter filter,
            @DefaultValue("NAME_ASC") CompanyOrder orderBy) {
        return service.page(workspaceId, search, filter, first, after, orderBy);
    }

    @NonNull
    @Description("How many companies the search and filter select (all pages).")
    public Uni<List<@NonNull Integer>> totalCount(@Source List<CompanyConnection> connections) {
        return Uni.join()
                .all(connections.stream().map(service::count).toList())
                .andFailFast()
                .map(counts -> counts.stream().map(Long::intValue).toList());
    }

    @Query("company")
    public Uni<@NonNull CompanyView> company(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.get(workspaceId, id);
    }

    @NonNull
    @Description("What happened to the company, newest first: first ≤ 500, default 50.")
    public Uni<List<@NonNull TimelineConnection>> timeline(
            @Source List<CompanyView> companies, Integer first, String after) {
        Collection<UUID> ids = Batches.keys(companies, CompanyView::id);
        return service.timelines(ids, first, after)
                .map(byCompany -> companies.stream()
                        .map(company -> byCompany.get(company.id()))
                        .toList());
    }

    @Mutation("createCompany")
    public Uni<@NonNull CompanyView> createCompany(
            @Id @NonNull String workspaceId, @NonNull @Valid CompanyInput input) {
        return service.create(workspaceId, input);
    }

    @Mutation("updateCompany")
    @Description("Replaces the company's fields.")
    public Uni<@NonNull CompanyView> updateCompany(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid CompanyInput input) {
        return service.update(workspaceId, id, input);
    }

    @Mutation("deleteCompany")
    @Description("Deletes the company with its timeline; its contacts stay, without a company. Answers its id.")
    @Id
    public Uni<@NonNull String> deleteCompany(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }
}
