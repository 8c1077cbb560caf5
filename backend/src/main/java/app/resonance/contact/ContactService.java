package app.resonance.contact;

import static app.resonance.common.Texts.blankToNull;

import app.resonance.common.error.Duplicate;
import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.SqlConditions;
import app.resonance.common.persistence.TenantRows;
import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.time.DatabaseTime;
import app.resonance.company.CompanyService;
import app.resonance.company.CompanyView;
import app.resonance.consent.ConsentChangeView;
import app.resonance.consent.ConsentChannel;
import app.resonance.consent.ConsentService;
import app.resonance.consent.ConsentState;
import app.resonance.consent.ConsentView;
import app.resonance.contact.ContactConnection.ContactEdge;
import app.resonance.timeline.Timeline;
import app.resonance.timeline.TimelineConnection;
import app.resonance.timeline.TimelineEntry;
import app.resonance.timeline.TimelineKind;
import app.resonance.timeline.TimelineSubject;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import app.resonance.workspace.WorkspaceTransactions;
import app.resonance.workspace.WorkspaceTransactions.Writer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ContactService {

    /** The foreign key from a contact to a company of its own workspace. */
    private static final String COMPANY_IN_WORKSPACE = "contact_workspace_id_company_id_fkey";

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private final TenantRows<ContactRow> contacts;
    private final ContactRepository repository;
    private final WorkspaceAccess access;
    private final WorkspaceTransactions transactions;
    private final CompanyService companies;
    private final ConsentService consents;
    private final Timeline timeline;
    private final Clock clock;

    ContactService(
            ContactRepository repository,
            WorkspaceAccess access,
            WorkspaceTransactions transactions,
            CompanyService companies,
            ConsentService consents,
            Timeline timeline,
            Clock clock) {
        this.contacts = repository.rows();
        this.repository = repository;
        this.access = access;
        this.transactions = transactions;
        this.companies = companies;
        this.consents = consents;
        this.timeline = timeline;
        this.clock = clock;
    }

    public Uni<ContactConnection> page(
            String workspaceId,
            String search,
            ContactFilter filter,
            Integer first,
            String after,
            ContactOrder orderBy) {
        ContactOrder order = orderBy == null ? ContactOrder.NAME_ASC : orderBy;
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> page(query(ws, search, filter), first, after, order));
    }

    /**
     * A page of the contacts the conditions select, for another feature's list of contacts (quality): the
     * conditions are over {@code contact c}, limited to a workspace whose access the caller checked.
     */
    public Uni<ContactConnection> page(SqlConditions query, Integer first, String after, ContactOrder order) {
        int size = PageSize.of(first);
        return contacts.page(query, order.keyset, Cursor.decode(after), size + 1)
                .map(rows -> {
                    Page<ContactEdge> page = Page.of(
                            rows,
                            size,
                            row -> new ContactEdge(row.cursor(), ContactView.of(row.row())),
                            ContactEdge::cursor);
                    return new ContactConnection(page.edges(), page.pageInfo(), query);
                });
    }

    /** Counts what the connection's search and filter select (the caller was let in when it was made). */
    Uni<Long> count(ContactConnection connection) {
        return contacts.count(connection.query());
    }

    public Uni<ContactView> get(String workspaceId, String id) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> view(ws, Ids.parse("id", id), "id"));
    }

    public Uni<ContactView> create(String workspaceId, ContactInput input) {
        return transactions
                .write(workspaceId, writer -> {
                    OffsetDateTime now = DatabaseTime.now(clock);
                    ContactRow contact = row(TimeOrderedIds.next(), writer.workspaceId(), input, now, now);
                    return contacts.insert(writer.connection(), contact)
                            .call(saved -> record(writer, saved, TimelineKind.CREATED, Map.of()));
                })
                .onFailure()
                .transform(failure -> refused(failure, input))
                .map(ContactView::of);
    }

    /** Replaces the contact's fields; a change of nothing changes nothing (no new updatedAt, no timeline entry). */
    public Uni<ContactView> update(String workspaceId, String id, ContactInput input) {
        return transactions
                .write(
                        workspaceId,
                        writer -> locked(writer, Ids.parse("id", id), "id").chain(before -> {
                            OffsetDateTime now = DatabaseTime.now(clock);
                            ContactRow after = row(before.id(), before.workspaceId(), input, before.createdAt(), now);
                            List<String> changed = ContactRow.TABLE.changed(before, after, "created_at", "updated_at");
                            if (changed.isEmpty()) {
                                return Uni.createFrom().item(before);
                            }
                            return contacts.update(writer.connection(), after)
                                    .call(saved -> record(
                                            writer, saved, TimelineKind.UPDATED, TimelineEntry.changedFields(changed)));
                        }))
                .onFailure()
                .transform(failure -> refused(failure, input))
                .map(ContactView::of);
    }

    /** Deletes the contact with its consents, history and timeline; answers its id. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return transactions.write(workspaceId, writer -> {
            UUID contactId = Ids.parse("id", id);
            return contacts.delete(writer.connection(), writer.workspaceId(), contactId)
                    .map(deleted -> {
                        if (!deleted) {
                            throw noSuchContact("id");
                        }
                        return contactId;
                    });
        });
    }

    /** Sets the contact's consent on the channel (see {@link ConsentService#set}); answers the contact. */
    public Uni<ContactView> setConsent(
            String workspaceId, String contactId, ConsentChannel channel, ConsentState state, String source) {
        return transactions.write(
                workspaceId,
                writer -> locked(writer, Ids.parse("contactId", contactId), "contactId")
                        .call(contact -> consents.set(writer, List.of(contact.id()), channel, state, source))
                        .map(ContactView::of));
    }

    /** Sets one channel's consent of many contacts at once (see {@link ConsentService#set}); answers how many changed. */
    public Uni<Integer> setConsents(
            String workspaceId, List<String> contactIds, ConsentChannel channel, ConsentState state, String source) {
        return transactions.write(
                workspaceId,
                writer -> contacts.lock(writer.connection(), writer.workspaceId(), ContactIds.parse(contactIds))
                        .invoke(locked -> ContactIds.requireKnown(contactIds, locked))
                        .chain(locked -> consents.set(writer, locked, channel, state, source)));
    }

    /** The companies of these contacts (contacts the caller may read), by company id. */
    Uni<Map<UUID, CompanyView>> companies(List<ContactView> contacts) {
        Map<UUID, Set<UUID>> idsByWorkspace = contacts.stream()
                .filter(contact -> contact.companyId() != null)
                .collect(Collectors.groupingBy(
                        ContactView::workspaceId, Collectors.mapping(ContactView::companyId, Collectors.toSet())));
        if (idsByWorkspace.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Uni.join()
                .all(idsByWorkspace.entrySet().stream()
                        .map(entry -> companies.views(entry.getKey(), entry.getValue()))
                        .toList())
                .andFailFast()
                .map(lists -> lists.stream()
                        .flatMap(List::stream)
                        .collect(Collectors.toMap(CompanyView::id, company -> company)));
    }

    /** How many contacts each company has (companies the caller may read). */
    Uni<Map<UUID, Long>> contactCounts(Collection<UUID> companyIds) {
        return repository.countsByCompany(companyIds);
    }

    Uni<Map<UUID, List<ConsentView>>> consents(Collection<UUID> contactIds) {
        return consents.current(contactIds);
    }

    Uni<Map<UUID, List<ConsentChangeView>>> consentHistory(Collection<UUID> contactIds, Integer first) {
        return consents.history(contactIds, first);
    }

    Uni<Map<UUID, TimelineConnection>> timelines(Collection<UUID> contactIds, Integer first, String after) {
        return timeline.pages(TimelineSubject.CONTACT, contactIds, first, after);
    }

    private Uni<ContactView> view(UUID workspaceId, UUID id, String argument) {
        return contacts.rows(workspaceId, List.of(id))
                .map(rows -> rows.stream().findFirst().map(ContactView::of).orElseThrow(() -> noSuchContact(argument)));
    }

    /** The contact, locked until the writer's transaction ends; an error on the argument when there is none. */
    private Uni<ContactRow> locked(Writer writer, UUID id, String argument) {
        return contacts.lock(writer.connection(), writer.workspaceId(), id)
                .onItem()
                .ifNull()
                .failWith(() -> noSuchContact(argument));
    }

    private Uni<Void> record(Writer writer, ContactRow contact, TimelineKind kind, Map<String, Object> details) {
        return timeline.record(
                writer.connection(),
                TimelineEntry.ofContact(
                        contact.workspaceId(), contact.id(), contact.updatedAt(), kind, writer.username(), details));
    }

    private static ContactRow row(
            UUID id, UUID workspaceId, ContactInput input, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        String firstName = text(input.firstName());
        String lastName = text(input.lastName());
        String email = text(input.email());
        if (firstName.isEmpty() && lastName.isEmpty() && email.isEmpty()) {
            throw new InvalidInput(
                    "lastName", Reason.NAME_OR_EMAIL_MISSING, "give a first name, a last name or an email");
        }
        String country = blankToNull(input.country());
        if (country != null && !COUNTRIES.contains(country)) {
            throw new InvalidInput(
                    "country", Reason.UNKNOWN_COUNTRY, country, country + " is not an ISO 3166-1 alpha-2 country code");
        }
        String companyId = blankToNull(input.companyId());
        return new ContactRow(
                id,
                workspaceId,
                companyId == null ? null : Ids.parse("companyId", companyId),
                firstName,
                lastName,
                text(input.position()),
                Boolean.TRUE.equals(input.keyStaff()),
                Boolean.TRUE.equals(input.management()),
                email,
                text(input.phone()),
                text(input.addressLine()),
                text(input.postalCode()),
                text(input.city()),
                country,
                blankToNull(input.preferredLanguage()),
                blankToNull(input.externalId()),
                createdAt,
                updatedAt);
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(blankToNull(value), "");
    }

    /** What the database refused, named by the field it is about. */
    private static Throwable refused(Throwable failure, ContactInput input) {
        if (COMPANY_IN_WORKSPACE.equals(DatabaseErrors.brokenForeignKey(failure))) {
            return new InvalidInput("companyId", Reason.NOT_FOUND, "no such company in this workspace");
        }
        if (failure instanceof Duplicate duplicate && "externalId".equals(duplicate.field())) {
            String externalId = blankToNull(input.externalId());
            return new Duplicate(
                    "externalId",
                    Reason.EXTERNAL_ID_TAKEN,
                    externalId,
                    "another contact of this workspace has the external id " + externalId);
        }
        return failure;
    }

    /** The workspace's contacts the search and filter select, as SQL conditions over {@code contact c}. */
    static SqlConditions query(UUID workspaceId, String search, ContactFilter filter) {
        SqlConditions query = new SqlConditions();
        query.add("c.workspace_id = " + query.param(workspaceId));
        if (search != null && !search.isBlank()) {
            // Three index range scans, one per index (contact_first_name, contact_last_name, contact_email), OR-ed.
            String prefix = query.param(search.strip());
            query.add("((" + SqlConditions.startsWith("lower(c.first_name)", prefix) + ") or ("
                    + SqlConditions.startsWith("lower(c.last_name)", prefix) + ") or (c.email_normalized <> '' and "
                    + SqlConditions.startsWith("c.email_normalized", prefix) + "))");
        }
        if (filter == null) {
            return query;
        }
        if (filter.companyId() != null) {
            query.add("c.company_id = " + query.param(Ids.parse("filter.companyId", filter.companyId())));
        }
        if (filter.keyStaff() != null) {
            query.add("c.key_staff = " + query.param(filter.keyStaff()));
        }
        if (filter.management() != null) {
            query.add("c.management = " + query.param(filter.management()));
        }
        query.anyOf("c.country", filter.countries()).anyOf("c.preferred_language", filter.preferredLanguages());
        if (filter.hasEmail() != null) {
            query.add(filter.hasEmail() ? "c.email <> ''" : "c.email = ''");
        }
        if (filter.consent() != null) {
            String channel = query.param(filter.consent().channel().name());
            query.add(
                    filter.consent().state() == ConsentState.UNKNOWN
                            ? "not exists (select 1 from consent k where k.contact_id = c.id and k.channel = " + channel
                                    + ")"
                            : "exists (select 1 from consent k where k.contact_id = c.id and k.channel = " + channel
                                    + " and k.state = "
                                    + query.param(filter.consent().state().name()) + ")");
        }
        return query;
    }

    private static InvalidInput noSuchContact(String argument) {
        return new InvalidInput(argument, Reason.NOT_FOUND, "no such contact in this workspace");
    }
}
