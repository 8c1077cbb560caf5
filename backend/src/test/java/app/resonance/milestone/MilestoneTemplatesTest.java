package app.resonance.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class MilestoneTemplatesTest {

    @Test
    void aConferenceRunsFromTargetGroupsToSalesCalls() {
        assertEquals(
                List.of(
                        "Target groups ready",
                        "Invitations sent",
                        "Second wave sent",
                        "Postcards mailed",
                        "Registration closes",
                        "Reminders sent",
                        "Event day",
                        "Follow-up sent",
                        "Sales calls done"),
                MilestoneTemplates.of("CONFERENCE").stream()
                        .map(MilestoneTemplates.Step::name)
                        .toList());
    }

    @Test
    void anExhibitionHasItsStandEquipmentAndMaterials() {
        List<String> names = MilestoneTemplates.of("EXHIBITION").stream()
                .map(MilestoneTemplates.Step::name)
                .toList();
        assertTrue(
                names.containsAll(
                        List.of("Stand booked", "Stand assembled", "Equipment delivered", "Materials printed")),
                names.toString());
    }

    @Test
    void templatesAreInDateOrderAndPromotionsHaveNone() {
        for (String type : List.of("CONFERENCE", "EXHIBITION", "WEBINAR", "MAILING")) {
            List<MilestoneTemplates.Step> steps = MilestoneTemplates.of(type);
            assertEquals(
                    steps.stream()
                            .sorted(Comparator.comparingInt(MilestoneTemplates.Step::daysFromEvent))
                            .toList(),
                    steps,
                    type);
        }
        assertEquals(List.of(), MilestoneTemplates.of("PROMO"));
        assertEquals(List.of(), MilestoneTemplates.of("PR_ACTION"));
    }
}
