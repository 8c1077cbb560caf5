package app.resonance.contact;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ContactDuplicate")
@Description("Two contacts suspected to be one person, and every reason why.")
public record ContactDuplicateView(
        @NonNull ContactView contact,
        @NonNull ContactView other,
        @NonNull List<@NonNull DuplicateReason> reasons) {}
