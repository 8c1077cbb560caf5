package app.resonance.contact;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Suspected duplicate contacts: the list, "not duplicates", and merging two contacts into one. */
@GraphQLApi
@Authenticated
public class ContactDuplicateGraphQL {

    private final ContactDuplicates duplicates;
    private final ContactMerge merge;

    ContactDuplicateGraphQL(ContactDuplicates duplicates, ContactMerge merge) {
        this.duplicates = duplicates;
        this.merge = merge;
    }

    @Query("contactDuplicates")
    @Description("Pairs of contacts suspected to be one person (Relay connection: first ≤ 500, default 50), each"
            + " with every reason; only pairs with the given reason when one is given. Pairs dismissed as not"
            + " duplicates are left out. Found afresh on every call: seconds at a million contacts.")
    public Uni<@NonNull ContactDuplicateConnection> contactDuplicates(
            @Id @NonNull String workspaceId, DuplicateReason reason, Integer first, String after) {
        return duplicates.page(workspaceId, reason, first, after);
    }

    @Mutation("dismissContactDuplicate")
    @Description("Marks two contacts as not duplicates: they are no longer listed or counted as a suspected pair.")
    public Uni<@NonNull Boolean> dismissContactDuplicate(
            @Id @NonNull String workspaceId, @Id @NonNull String contactId, @Id @NonNull String otherId) {
        return duplicates.dismiss(workspaceId, contactId, otherId);
    }

    @Mutation("mergeContacts")
    @Description("Merges the merged contact into the survivor in one transaction and answers the survivor: it keeps"
            + " the purchases, equipment, consent with its history (per channel the most recent change wins),"
            + " timeline, analytic values (its own where both have one) and target group inclusions and"
            + " exclusions of both; its blank fields take the merged contact's values; a MERGED timeline entry"
            + " records who merged whom; the merged contact is deleted.")
    public Uni<@NonNull ContactView> mergeContacts(
            @Id @NonNull String workspaceId, @Id @NonNull String survivorId, @Id @NonNull String mergedId) {
        return merge.merge(workspaceId, survivorId, mergedId);
    }
}
