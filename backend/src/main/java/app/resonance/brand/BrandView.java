package app.resonance.brand;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Brand")
public record BrandView(@Id @NonNull UUID id, @NonNull String name, @NonNull BrandKind kind) {

    static BrandView of(Brand brand) {
        return new BrandView(brand.id, brand.name, brand.kind);
    }
}
