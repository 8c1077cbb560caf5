package app.resonance.supplier;

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
import org.eclipse.microprofile.graphql.Source;

/** Engagements, ratings, criteria, quotes, and choosing suppliers by them. */
@GraphQLApi
@Authenticated
public class SupplierHistoryGraphQL {

    private final EngagementService engagements;
    private final RatingCriteriaService criteria;
    private final QuoteService quotes;
    private final SupplierChoiceService choice;

    SupplierHistoryGraphQL(
            EngagementService engagements,
            RatingCriteriaService criteria,
            QuoteService quotes,
            SupplierChoiceService choice) {
        this.engagements = engagements;
        this.criteria = criteria;
        this.quotes = quotes;
        this.choice = choice;
    }

    @Query("supplierEngagements")
    @Description("The supplier's engagements with their ratings, newest first.")
    public Uni<@NonNull List<@NonNull SupplierEngagementView>> supplierEngagements(
            @Id @NonNull String workspaceId, @Id @NonNull String supplierId) {
        return engagements.ofSupplier(workspaceId, supplierId);
    }

    @Mutation("createSupplierEngagement")
    public Uni<@NonNull SupplierEngagementView> createSupplierEngagement(
            @Id @NonNull String workspaceId, @NonNull @Valid SupplierEngagementInput input) {
        return engagements.create(workspaceId, input);
    }

    @Mutation("updateSupplierEngagement")
    @Description("Replaces every field of the engagement; its rating stays.")
    public Uni<@NonNull SupplierEngagementView> updateSupplierEngagement(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid SupplierEngagementInput input) {
        return engagements.update(workspaceId, id, input);
    }

    @Mutation("deleteSupplierEngagement")
    @Description("Deletes the engagement and its rating; answers its id.")
    @Id
    public Uni<@NonNull String> deleteSupplierEngagement(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return engagements.delete(workspaceId, id).map(Object::toString);
    }

    @Mutation("rateSupplierEngagement")
    @Description("Rates an engagement that has taken place: a score per criterion (1–5), replacing its earlier rating.")
    public Uni<@NonNull SupplierEngagementView> rateSupplierEngagement(
            @Id @NonNull String workspaceId,
            @Id @NonNull String engagementId,
            @NonNull @Size(min = 1, max = 20) @Valid List<@NonNull EngagementScoreInput> scores) {
        return engagements.rate(workspaceId, engagementId, scores);
    }

    @Query("ratingCriteria")
    @Description("What the workspace rates suppliers on, in order, with the weights of the overall score.")
    public Uni<@NonNull List<@NonNull RatingCriterionView>> ratingCriteria(@Id @NonNull String workspaceId) {
        return criteria.list(workspaceId);
    }

    @Mutation("setRatingCriteria")
    @Description("Admins: the workspace's criteria become these, in this order. Given with its id a criterion keeps"
            + " its scores; one left out is deleted with its scores.")
    public Uni<@NonNull List<@NonNull RatingCriterionView>> setRatingCriteria(
            @Id @NonNull String workspaceId,
            @NonNull @Size(min = 1, max = 12) @Valid List<@NonNull RatingCriterionInput> criteria) {
        return this.criteria.set(workspaceId, criteria);
    }

    @Mutation("setSupplierQuote")
    public Uni<@NonNull SupplierQuoteView> setSupplierQuote(
            @Id @NonNull String workspaceId, @NonNull @Valid SupplierQuoteInput input) {
        return quotes.set(workspaceId, input);
    }

    @Mutation("deleteSupplierQuote")
    @Description("Deletes the supplier's quote for the service; answers the supplier's id.")
    @Id
    public Uni<@NonNull String> deleteSupplierQuote(
            @Id @NonNull String workspaceId, @Id @NonNull String supplierId, @NonNull BudgetCategory service) {
        return quotes.delete(workspaceId, supplierId, service).map(Object::toString);
    }

    @Query("compareSuppliers")
    @Description("Suppliers side by side, in the order given: scores, quotes and history.")
    public Uni<@NonNull List<@NonNull SupplierComparisonView>> compareSuppliers(
            @Id @NonNull String workspaceId, @NonNull @Size(min = 1, max = 10) List<@NonNull String> supplierIds) {
        return choice.compare(workspaceId, supplierIds);
    }

    @Description("Scores per criterion and overall, and the track record.")
    public Uni<@NonNull List<@NonNull SupplierScoreView>> score(@Source List<SupplierView> suppliers) {
        return choice.scoresOf(suppliers);
    }

    @Description("What the supplier asks for its services.")
    public Uni<@NonNull List<@NonNull List<@NonNull SupplierQuoteView>>> quotes(@Source List<SupplierView> suppliers) {
        return choice.quotesOf(suppliers);
    }
}
