package app.resonance.campaign;

import app.resonance.common.persistence.NamedInput;
import app.resonance.common.validation.StorableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CampaignInput")
@Description("A campaign's fields; its status changes only through changeCampaignStatus.")
@StorableText
public record CampaignInput(
        @NonNull @NotBlank @Size(max = 200) @Description("Unique in the workspace regardless of case.")
        String name,

        @NonNull @NotNull CampaignType type,
        LocalDate startsOn,
        @Description("Not before startsOn.") LocalDate endsOn,
        @Size(max = 300) String venue,
        LocalDate eventDate,

        @Description("Local time at the venue; needs eventDate and eventTimeZone.")
        LocalTime eventTime,

        @Size(max = 64) @Description("The venue's IANA time zone region, e.g. Europe/Warsaw.")
        String eventTimeZone,

        @Description("A member's username.") @Size(max = 200)
        String owner,

        @Size(max = 100) String businessLine,
        @Size(max = 4000) String goals,
        @Valid PlannedFiguresInput planned,

        @Id @Description("The programme (a campaign of the same workspace) this campaign belongs to.")
        String parentId,

        @Description("IN_HOUSE when absent.") CampaignDelivery delivery,

        @Id @Description("Only when OUTSOURCED, where it is required.")
        String supplierId,

        @Size(max = 2000) @Description("Why it is outsourced; only when OUTSOURCED.")
        String outsourcingReason)
        implements NamedInput {}
