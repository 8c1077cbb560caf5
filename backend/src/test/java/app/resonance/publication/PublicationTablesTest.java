package app.resonance.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.common.persistence.Table;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A field added to a row record without its column (or a column that reads the wrong field) fails
 * here, not in the one statement that would have lost it: every component of the record is a column
 * of its table, in the same order, named in snake_case, with the component's value (an enum by name).
 */
class PublicationTablesTest {

    @Test
    void everyFieldOfAPublicationRowIsAColumnOfPublication() throws ReflectiveOperationException {
        PublicationRow row = new PublicationRow(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "title",
                "https://example.com",
                "author",
                OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.UTC),
                0.5,
                "external");
        assertColumnsAreTheFields(PublicationRow.TABLE, row);
    }

    @Test
    void everyFieldOfAnAssessmentRowIsAColumnOfAssessment() throws ReflectiveOperationException {
        AssessmentRow row =
                new AssessmentRow(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 0.25, Sentiment.NEGATIVE);
        assertColumnsAreTheFields(AssessmentRow.TABLE, row);
    }

    private static <R extends Record> void assertColumnsAreTheFields(Table<R> table, R row)
            throws ReflectiveOperationException {
        List<String> fields = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (RecordComponent component : row.getClass().getRecordComponents()) {
            fields.add(component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
            Object value = component.getAccessor().invoke(row);
            values.add(value instanceof Enum<?> constant ? constant.name() : value);
        }
        assertEquals(fields, table.columns().stream().map(Table.Column::name).toList(), "columns of " + table.name());
        assertEquals(values, List.of(table.values(row)), "values of " + table.name());
    }
}
