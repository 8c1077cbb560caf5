package app.resonance.brand;

import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Brand")
public record BrandView(
        @Id @NonNull UUID id, @NonNull String name, @NonNull BrandKind kind) {

    /** The brand in a SQL row, its columns named with the prefix ("b_" in the publication page's join). */
    public static BrandView from(Row row, String prefix) {
        return new BrandView(
                row.getUUID(prefix + "id"),
                row.getString(prefix + "name"),
                BrandKind.valueOf(row.getString(prefix + "kind")));
    }

    static BrandView of(Brand brand) {
        return new BrandView(brand.id, brand.name, brand.kind);
    }
}
