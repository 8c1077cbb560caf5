package app.resonance.targetgroup;

import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A field of the contact: KEY_STAFF, MANAGEMENT, HAS_EMAIL and HAS_COMPANY take `is`; COUNTRY "
        + "(ISO 3166 alpha-2) and PREFERRED_LANGUAGE (e.g. pt-BR) take `anyOf`.")
@StorableText
@ListsWithoutNulls
public record ContactCondition(@NonNull Field field, Boolean is, List<String> anyOf) {

    @Enum("ContactField")
    public enum Field {
        KEY_STAFF,
        MANAGEMENT,
        HAS_EMAIL,
        HAS_COMPANY,
        COUNTRY,
        PREFERRED_LANGUAGE;

        boolean takesList() {
            return this == COUNTRY || this == PREFERRED_LANGUAGE;
        }
    }
}
