package app.resonance.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.demo.DemoCoverage.Assessment;
import app.resonance.demo.DemoCoverage.Publication;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated coverage fits the schema's rules and is the same on every start-up of the same day. */
class DemoCoverageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @Test
    void theSameSeedAndDayGiveTheSameCoverage() {
        assertEquals(DemoCoverage.generate(7, TODAY), DemoCoverage.generate(7, TODAY));
    }

    @Test
    void everyPublicationFitsTheSchemaAndTheLastSixMonths() {
        List<Publication> publications = DemoCoverage.generate(DemoMediaFieldLoader.SEED, TODAY);
        assertEquals(600, publications.size());
        assertEquals("demo-0001", publications.get(0).externalId());
        assertEquals("demo-0600", publications.get(599).externalId());
        for (Publication p : publications) {
            assertTrue(p.title().length() <= 500 && p.title().equals(p.title().strip()), p.title());
            assertTrue(p.url().startsWith("https://"), p.url());
            assertTrue(p.weight() >= 0 && p.weight() <= 1, p.toString());
            assertTrue(
                    p.publishedAt().isBefore(TODAY.atStartOfDay().atOffset(ZoneOffset.UTC))
                            && p.publishedAt()
                                    .isAfter(TODAY.minusMonths(6)
                                            .minusDays(2)
                                            .atStartOfDay()
                                            .atOffset(ZoneOffset.UTC)),
                    p.publishedAt().toString());
            List<String> segments =
                    p.assessments().stream().map(Assessment::segment).toList();
            assertTrue(
                    segments.size() >= 1
                            && segments.size() <= 4
                            && segments.stream().distinct().count() == segments.size(),
                    segments.toString());
            assertTrue(p.assessments().stream().allMatch(a -> a.impact() >= 0 && a.impact() <= 1), p.toString());
        }
    }

    @Test
    void channelWeightsCoverMostPairsWithinZeroAndOne() {
        List<DemoMediaField.Weight> weights = DemoMediaField.weights(new java.util.Random(1));
        int pairs = DemoMediaField.SEGMENTS.size() * DemoMediaField.CHANNELS.size();
        assertTrue(weights.size() > pairs / 2 && weights.size() < pairs, weights.size() + " of " + pairs);
        assertTrue(weights.stream().allMatch(w -> w.weight() > 0 && w.weight() <= 1));
    }
}
