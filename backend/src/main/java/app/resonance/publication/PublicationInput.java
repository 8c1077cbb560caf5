package app.resonance.publication;

import app.resonance.common.validation.StorableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PublicationInput")
@StorableText
public record PublicationInput(
        @Id @NonNull String brandId,
        @Id @NonNull String channelId,
        @NonNull @NotBlank @Size(max = 500) String title,

        @Size(max = 2000) @Pattern(regexp = "^(https?://\\S+)?$", message = "{resonance.validation.httpAddress}")
        String url,

        @Size(max = 200) String author,
        @NonNull @NotNull OffsetDateTime publishedAt,

        @NonNull @Description("Overall weight in [0, 1].") @DecimalMin("0") @DecimalMax("1")
        double weight,

        @Description("The id in the source system; unique per workspace.") @Size(min = 1, max = 200)
        String externalId,

        @Description("One per segment at most; a segment without one does not count for this publication.") @Valid
        List<AssessmentInput> assessments) {

    List<AssessmentInput> assessmentsOrNone() {
        return assessments == null ? List.of() : assessments;
    }
}
