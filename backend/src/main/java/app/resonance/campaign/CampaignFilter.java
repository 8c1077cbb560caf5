package app.resonance.campaign;

import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CampaignFilter")
@Description("All given criteria must hold; a list holds when the campaign has any of its values.")
@StorableText
@ListsWithoutNulls
public record CampaignFilter(
        @Size(max = 5) List<CampaignStatus> statuses,
        @Size(max = 8) List<CampaignType> types,
        @Description("Owners' usernames.") @Size(max = 100) List<String> owners,
        @Size(max = 100) List<String> businessLines,

        @Id @Description("Only the direct sub-campaigns of this programme.")
        String parentId,

        @Description("Only campaigns without a parent (programmes and stand-alone campaigns).")
        Boolean topLevel,

        @Description("With periodTo: campaigns whose start–end overlaps the period (a campaign without an end"
                + " lasts its start day); campaigns without dates never do.")
        LocalDate periodFrom,

        LocalDate periodTo) {}
