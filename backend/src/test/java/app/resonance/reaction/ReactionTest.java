package app.resonance.reaction;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Reactions on the media field of {@link MediaWorkspace}: CIOs × CIO Daily weighs 0.8 and a positive Contoso story
 * of impact 1 raises an alert there with g = r × (C − P_client) = 0.9 × 0.8 = 0.72 (SECONDARY); a Northwind story
 * of the same weight then balances the cell (g = 0).
 */
@QuarkusTest
@RealStackTest
class ReactionTest {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC) + "T08:00:00Z";

    @Test
    void aReactionCampaignRemembersTheGapShowsTheBalanceSinceAndResolvesItsAlertOnCompletion() {
        MediaWorkspace ws = MediaWorkspace.create();
        // The balance recovers below: left open, the alert is then resolved by completing the campaign.
        ws.as(
                        "analyst",
                        "updateBalanceSettings",
                        "input",
                        Map.of(
                                "immediateGap",
                                2.0,
                                "moderateGap",
                                1.0,
                                "alertWindowDays",
                                30,
                                "autoResolveRecovered",
                                false))
                .body("errors", nullValue());
        String alert = contosoAlert(ws);

        String campaign = ws.as("analyst", "planReaction", "alertId", alert)
                .body("errors", nullValue())
                .body("data.planReaction.type", equalTo("PR_ACTION"))
                .body("data.planReaction.status", equalTo("DRAFT"))
                .body("data.planReaction.owner", equalTo("analyst"))
                .body(
                        "data.planReaction.startsOn",
                        equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("data.planReaction.name", equalTo("Reaction to alert #" + alert + ": CIOs × CIO Daily"))
                .body("data.planReaction.goals", containsString("g = 0.72 (SECONDARY)"))
                .extract()
                .path("data.planReaction.id");
        ws.as("viewer", "alertReaction", "id", alert)
                .body("errors", nullValue())
                .body("data.alert.reactionCampaign.id", equalTo(campaign))
                .body("data.alert.reactionCampaign.status", equalTo("DRAFT"));
        ws.as("viewer", "campaignReaction", "id", campaign)
                .body("errors", nullValue())
                .body("data.campaign.reaction.alertId", equalTo(alert))
                .body("data.campaign.reaction.segmentId", equalTo(ws.segments().get("CIOs")))
                .body("data.campaign.reaction.gapAtStart", near(0.72))
                .body("data.campaign.reaction.urgencyAtStart", equalTo("SECONDARY"))
                .body("data.campaign.reaction.progress.restored", equalTo(false))
                .body("data.campaign.reaction.balanceSince.size()", greaterThanOrEqualTo(1))
                .body("data.campaign.reaction.balanceSince[-1].cell.gap", near(0.72));

        ws.as("analyst", "planReaction", "alertId", alert)
                .body("errors[0].extensions.code", equalTo("DUPLICATE"))
                .body("errors[0].extensions.field", equalTo("alertId"))
                .body("errors[0].extensions.reason", equalTo("REACTION_PLANNED"))
                .body("errors[0].extensions.value", equalTo(campaign));

        ws.publish(ws.publication("Northwind answers", "Northwind", "CIO Daily", TODAY, 1.0, "CIOs", 1.0, "POSITIVE"));
        ws.as("viewer", "campaignReaction", "id", campaign)
                .body("data.campaign.reaction.progress.restored", equalTo(true))
                .body("data.campaign.reaction.progress.gapChange", near(-0.72))
                .body("data.campaign.reaction.progress.cell.urgency", equalTo("NONE"))
                .body("data.campaign.reaction.balanceSince[-1].cell.gap", near(0));

        for (String status : List.of("PLANNED", "RUNNING")) {
            ws.as("analyst", "changeCampaignStatus", "id", campaign, "status", status, "resolveAlert", true)
                    .body("errors", nullValue());
        }
        ws.as("viewer", "alertReaction", "id", alert).body("data.alert.state", equalTo("OPEN"));
        ws.as("analyst", "changeCampaignStatus", "id", campaign, "status", "COMPLETED", "resolveAlert", true)
                .body("errors", nullValue())
                .body("data.changeCampaignStatus.status", equalTo("COMPLETED"));
        ws.as("viewer", "alertReaction", "id", alert)
                .body("data.alert.state", equalTo("RESOLVED"))
                .body("data.alert.resolution", containsString("Reaction completed"))
                .body("data.alert.reactionCampaign.status", equalTo("COMPLETED"));
    }

    @Test
    void completingWithoutAskingLeavesTheAlertOpenAndStrangersCannotReact() {
        MediaWorkspace ws = MediaWorkspace.create();
        String alert = contosoAlert(ws);
        ws.as("outsider", "planReaction", "alertId", alert).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        MediaWorkspace.create()
                .as("analyst", "planReaction", "alertId", alert)
                .body("errors[0].extensions.field", equalTo("alertId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        ws.as("viewer", "planReaction", "alertId", alert).body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        String campaign =
                ws.as("analyst", "planReaction", "alertId", alert).extract().path("data.planReaction.id");
        for (String status : List.of("PLANNED", "RUNNING", "COMPLETED")) {
            ws.as("analyst", "changeCampaignStatus", "id", campaign, "status", status)
                    .body("errors", nullValue());
        }
        ws.as("viewer", "alertReaction", "id", alert).body("data.alert.state", equalTo("OPEN"));
    }

    /** A JSON number (REST Assured reads it as a float) within 0.0001 of the value. */
    private static Matcher<Float> near(double value) {
        return allOf(greaterThan((float) (value - 1e-4)), lessThan((float) (value + 1e-4)));
    }

    /** Weighs CIOs × CIO Daily 0.8 and publishes a Contoso story there: the id of the alert it raises, once stored. */
    private static String contosoAlert(MediaWorkspace ws) {
        ws.setWeights(List.of(ws.weight("CIOs", "CIO Daily", 0.8)));
        ws.publish(ws.publication("Contoso story", "Contoso", "CIO Daily", TODAY, 1.0, "CIOs", 1.0, "POSITIVE"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !((List<?>) ws.as("viewer", "alerts").extract().path("data.alerts.edges")).isEmpty());
        return ws.as("viewer", "alerts").extract().path("data.alerts.edges[0].node.id");
    }
}
