package app.resonance.supplier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SupplierEngagement")
public record SupplierEngagementView(
        @Id @NonNull UUID id,
        @Id @NonNull UUID supplierId,
        @Id UUID campaignId,
        @NonNull BudgetCategory service,
        @NonNull BigDecimal amount,
        @NonNull LocalDate engagedOn,
        Boolean onTime,
        @NonNull String note,

        @NonNull @Description("The rating after the engagement: a score per criterion; empty until rated.")
        List<@NonNull EngagementScoreView> scores,

        @Description("Who rated it last, and when.") String ratedBy,
        OffsetDateTime ratedAt) {}
