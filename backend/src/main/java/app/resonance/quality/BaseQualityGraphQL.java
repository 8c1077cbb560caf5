package app.resonance.quality;

import app.resonance.contact.ContactConnection;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class BaseQualityGraphQL {

    private final BaseQuality quality;

    BaseQualityGraphQL(BaseQuality quality) {
        this.quality = quality;
    }

    @Query("baseQuality")
    @Description("The daily quality records of the customer base, oldest first: by default the 90 days up to today;"
            + " at most 3660 days at once. Recorded every night at 02:30 UTC.")
    public Uni<@NonNull List<@NonNull BaseQualityDay>> baseQuality(
            @Id @NonNull String workspaceId, LocalDate from, LocalDate to) {
        return quality.days(workspaceId, from, to);
    }

    @Query("baseQualityContacts")
    @Description("The contacts behind a quality figure as they stand now, by name (Relay connection: first ≤ 500,"
            + " default 50); totalCount matches the figure of a record taken now.")
    public Uni<@NonNull ContactConnection> baseQualityContacts(
            @Id @NonNull String workspaceId, @NonNull QualityFigure figure, Integer first, String after) {
        return quality.contacts(workspaceId, figure, first, after);
    }

    @Mutation("recordBaseQuality")
    @Description("Records today's quality figures now, replacing today's record.")
    public Uni<@NonNull BaseQualityDay> recordBaseQuality(@Id @NonNull String workspaceId) {
        return quality.recordToday(workspaceId);
    }
}
