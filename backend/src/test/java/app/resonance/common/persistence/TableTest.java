package app.resonance.common.persistence;

import static app.resonance.common.persistence.Table.column;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SQL fragments a table description writes, on a small table. */
class TableTest {

    private record NoteRow(UUID id, UUID workspaceId, String text, double weight) {}

    private static final Table<NoteRow> NOTE = Table.of(
            "note",
            column("id", "uuid", NoteRow::id),
            column("workspace_id", "uuid", NoteRow::workspaceId),
            column("text", "text", NoteRow::text),
            column("weight", "float8", NoteRow::weight));

    private static final UUID ID = UUID.randomUUID();
    private static final UUID WORKSPACE = UUID.randomUUID();

    @Test
    void listsTheColumnsInOrderPlainOrUnderAnAlias() {
        assertEquals("id, workspace_id, text, weight", NOTE.list());
        assertEquals("n.id, n.workspace_id, n.text, n.weight", NOTE.listAs("n"));
        assertEquals("id uuid, workspace_id uuid, text text, weight float8", NOTE.definitions());
    }

    @Test
    void anInsertAndAnUpdateShareTheParametersOfTheRowsValues() {
        assertEquals("$1, $2, $3, $4", NOTE.parameters());
        assertEquals("text = $3, weight = $4", NOTE.assignments("id", "workspace_id"));
        assertEquals("$2", NOTE.parameter("workspace_id"));
        assertArrayEquals(
                new Object[] {ID, WORKSPACE, "hello", 0.5}, NOTE.values(new NoteRow(ID, WORKSPACE, "hello", 0.5)));
        assertThrows(IllegalArgumentException.class, () -> NOTE.parameter("title"));
    }

    @Test
    void aTableWithoutSomeColumnsKeepsTheOthersInOrder() {
        Table<NoteRow> staged = NOTE.without("workspace_id");
        assertEquals("id, text, weight", staged.list());
        assertEquals(
                "text = excluded.text, weight = excluded.weight",
                staged.without("id").excludedAssignments());
        assertArrayEquals(new Object[] {ID, "hello", 0.5}, staged.values(new NoteRow(ID, WORKSPACE, "hello", 0.5)));
    }

    @Test
    void manyRowsBindAsOneTypedArrayPerColumnForUnnest() {
        assertEquals(
                "unnest($2::uuid[], $3::uuid[], $4::text[], $5::float8[]) as u(id, workspace_id, text, weight)",
                NOTE.unnest(2));
        Object[] arrays =
                NOTE.arrays(List.of(new NoteRow(ID, WORKSPACE, "a", 0.1), new NoteRow(ID, WORKSPACE, null, 1)));
        assertArrayEquals(new UUID[] {ID, ID}, (UUID[]) arrays[0]);
        assertArrayEquals(new String[] {"a", null}, (String[]) arrays[2]);
        assertArrayEquals(new Double[] {0.1, 1.0}, (Double[]) arrays[3]);
    }

    @Test
    void aTypeWithoutAnArrayBindingIsRefusedWhenTheTableIsDescribed() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Table.of("event", column("at", "timestamp", (OffsetDateTime at) -> at)));
    }
}
