package app.resonance.equipment;

import app.resonance.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of equipment, the latest purchase first. */
public record EquipmentConnection(
        @NonNull List<@NonNull EquipmentEdge> edges,
        @NonNull PageInfo pageInfo) {

    public record EquipmentEdge(
            @NonNull String cursor, @NonNull EquipmentView node) {}
}
