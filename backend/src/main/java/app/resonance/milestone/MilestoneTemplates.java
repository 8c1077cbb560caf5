package app.resonance.milestone;

import java.util.List;
import java.util.Map;

/**
 * The milestones a campaign of a type usually needs, each counted in days from the event date (negative:
 * before it). Types without an event rhythm of their own (promotions, discounts, bonus programmes, PR
 * actions) have none.
 */
final class MilestoneTemplates {

    /** One milestone of a template. */
    record Step(String name, int daysFromEvent) {}

    private static final Map<String, List<Step>> BY_TYPE = Map.of(
            "CONFERENCE",
            List.of(
                    new Step("Target groups ready", -56),
                    new Step("Invitations sent", -42),
                    new Step("Second wave sent", -28),
                    new Step("Postcards mailed", -21),
                    new Step("Registration closes", -7),
                    new Step("Reminders sent", -2),
                    new Step("Event day", 0),
                    new Step("Follow-up sent", 2),
                    new Step("Sales calls done", 21)),
            "EXHIBITION",
            List.of(
                    new Step("Stand booked", -120),
                    new Step("Materials printed", -14),
                    new Step("Equipment delivered", -3),
                    new Step("Stand assembled", -1),
                    new Step("Exhibition opens", 0),
                    new Step("Leads followed up", 14)),
            "WEBINAR",
            List.of(
                    new Step("Speakers confirmed", -35),
                    new Step("Landing page live", -28),
                    new Step("Invitations sent", -21),
                    new Step("Rehearsal done", -2),
                    new Step("Reminders sent", -1),
                    new Step("Webinar day", 0),
                    new Step("Recording sent", 1),
                    new Step("Follow-up sent", 3)),
            "MAILING",
            List.of(
                    new Step("Target group ready", -14),
                    new Step("Copy approved", -10),
                    new Step("Design approved", -7),
                    new Step("Test send checked", -2),
                    new Step("Mailing sent", 0),
                    new Step("Results reviewed", 14)));

    private MilestoneTemplates() {}

    /** The template of a campaign type (as stored, e.g. CONFERENCE), in date order; empty when it has none. */
    static List<Step> of(String campaignType) {
        return BY_TYPE.getOrDefault(campaignType, List.of());
    }
}
