package app.resonance.alert;

import app.resonance.balance.Urgency;
import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("AlertFilter")
@StorableText
@ListsWithoutNulls
@Description("All given criteria must hold; null or empty lists mean all.")
public record AlertFilter(
        List<AlertState> states,
        @Description("New urgency of the alert") List<Urgency> urgencies,
        @Id List<String> segmentIds,
        @Id List<String> channelIds,
        @Description("Keycloak username of the assignee") String assignee) {}
