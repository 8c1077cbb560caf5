package app.resonance.contact;

import app.resonance.common.graphql.Batches;
import app.resonance.common.validation.StorableText;
import app.resonance.company.CompanyView;
import app.resonance.consent.ConsentChangeView;
import app.resonance.consent.ConsentChannel;
import app.resonance.consent.ConsentState;
import app.resonance.consent.ConsentView;
import app.resonance.timeline.TimelineConnection;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Contacts, their consent and timeline, and the contacts of a company; nested fields are batched per level. */
@GraphQLApi
@Authenticated
public class ContactGraphQL {

    private final ContactService service;

    ContactGraphQL(ContactService service) {
        this.service = service;
    }

    @Query("contacts")
    @Description("A page of the workspace's contacts (Relay connection): first ≤ 500, default 50.")
    public Uni<@NonNull ContactConnection> contacts(
            @Id @NonNull String workspaceId,
            Integer first,
            String after,
            @Description("The start of the first name, last name or email, in any case.") @Size(max = 320) @StorableText
                    String search,
            @Valid ContactFilter filter,
            @DefaultValue("NAME_ASC") ContactOrder orderBy) {
        return service.page(workspaceId, search, filter, first, after, orderBy);
    }

    @NonNull
    @Description("How many contacts the search and filter select (all pages).")
    public Uni<List<@NonNull Integer>> totalCount(@Source List<ContactConnection> connections) {
        return Uni.join()
                .all(connections.stream().map(service::count).toList())
                .andFailFast()
                .map(counts -> counts.stream().map(Long::intValue).toList());
    }

    @Query("contact")
    public Uni<@NonNull ContactView> contact(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.get(workspaceId, id);
    }

    @Description("The contact's company; null for a contact of none (B2C).")
    public Uni<List<CompanyView>> company(@Source List<ContactView> contacts) {
        return service.companies(contacts)
                .map(byId -> contacts.stream()
                        .map(contact -> contact.companyId() == null ? null : byId.get(contact.companyId()))
                        .toList());
    }

    @NonNull
    @Description("The consent on every channel, in the order EMAIL, SMS, PHONE, POST.")
    public Uni<List<@NonNull List<@NonNull ConsentView>>> consents(@Source List<ContactView> contacts) {
        return service.consents(Batches.keys(contacts, ContactView::id))
                .map(byContact -> contacts.stream()
                        .map(contact -> byContact.get(contact.id()))
                        .toList());
    }

    @NonNull
    @Description("The last changes of consent, newest first: first ≤ 500, default 50.")
    public Uni<List<@NonNull List<@NonNull ConsentChangeView>>> consentHistory(
            @Source List<ContactView> contacts, Integer first) {
        return service.consentHistory(Batches.keys(contacts, ContactView::id), first)
                .map(byContact -> contacts.stream()
                        .map(contact -> byContact.getOrDefault(contact.id(), List.of()))
                        .toList());
    }

    @NonNull
    @Description("What happened to the contact, newest first: first ≤ 500, default 50.")
    public Uni<List<@NonNull TimelineConnection>> timeline(
            @Source List<ContactView> contacts, Integer first, String after) {
        return service.timelines(Batches.keys(contacts, ContactView::id), first, after)
                .map(byContact -> contacts.stream()
                        .map(contact -> byContact.get(contact.id()))
                        .toList());
    }

    @NonNull
    @Description("How many contacts work for the company.")
    public Uni<List<@NonNull Integer>> contactCount(@Source List<CompanyView> companies) {
        return service.contactCounts(Batches.keys(companies, CompanyView::id))
                .map(counts -> companies.stream()
                        .map(company -> counts.getOrDefault(company.id(), 0L).intValue())
                        .toList());
    }

    @Mutation("createContact")
    public Uni<@NonNull ContactView> createContact(
            @Id @NonNull String workspaceId, @NonNull @Valid ContactInput input) {
        return service.create(workspaceId, input);
    }

    @Mutation("updateContact")
    @Description("Replaces the contact's fields.")
    public Uni<@NonNull ContactView> updateContact(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid ContactInput input) {
        return service.update(workspaceId, id, input);
    }

    @Mutation("deleteContact")
    @Description("Deletes the contact with its consent, history and timeline; answers its id.")
    @Id
    public Uni<@NonNull String> deleteContact(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }

    @Mutation("setConsent")
    @Description("Sets the contact's consent on the channel, with a line of its history and a timeline entry;"
            + " UNKNOWN clears it. The state it already has changes nothing.")
    public Uni<@NonNull ContactView> setConsent(
            @Id @NonNull String workspaceId,
            @Id @NonNull String contactId,
            @NonNull ConsentChannel channel,
            @NonNull ConsentState state,
            @NonNull @NotBlank @Size(max = 200) @StorableText @Description("Where the consent was given or withdrawn.")
                    String source) {
        return service.setConsent(workspaceId, contactId, channel, state, source);
    }

    @Mutation("setConsents")
    @Description("Sets one channel's consent of many contacts at once, each with a line of its history and a timeline"
            + " entry, as setConsent does; contacts already in the state are left alone. Answers how many changed.")
    public Uni<@NonNull Integer> setConsents(
            @Id @NonNull String workspaceId,
            @NonNull @Description("Ids of contacts, at most " + ContactIds.MAX_AT_ONCE + ".")
                    List<@NonNull String> contactIds,
            @NonNull ConsentChannel channel,
            @NonNull ConsentState state,
            @NonNull @NotBlank @Size(max = 200) @StorableText @Description("Where the consent was given or withdrawn.")
                    String source) {
        return service.setConsents(workspaceId, contactIds, channel, state, source);
    }
}
