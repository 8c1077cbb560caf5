package app.resonance.demo;

import app.resonance.analytic.AnalyticAppliesTo;
import app.resonance.analytic.AnalyticInput;
import app.resonance.analytic.AnalyticService;
import app.resonance.analytic.AnalyticType;
import app.resonance.analytic.AnalyticValueInput;
import app.resonance.common.paging.PageInfo;
import app.resonance.common.paging.PageSize;
import app.resonance.company.CompanyConnection.CompanyEdge;
import app.resonance.company.CompanyImport;
import app.resonance.company.CompanyService;
import app.resonance.company.CompanyView;
import app.resonance.consent.ConsentChannel;
import app.resonance.consent.ConsentState;
import app.resonance.contact.ContactConnection.ContactEdge;
import app.resonance.contact.ContactIds;
import app.resonance.contact.ContactImport;
import app.resonance.contact.ContactService;
import app.resonance.contact.ContactView;
import app.resonance.demo.DemoCustomerBase.Analytic;
import app.resonance.demo.DemoCustomerBase.Book;
import app.resonance.demo.DemoCustomerBase.Item;
import app.resonance.demo.DemoCustomerBase.Purchase;
import app.resonance.demo.DemoCustomerBase.TargetGroup;
import app.resonance.equipment.EquipmentImport;
import app.resonance.purchase.PurchaseImport;
import app.resonance.targetgroup.TargetGroupInput;
import app.resonance.targetgroup.TargetGroupService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Loads a demo customer base as a marketing team would: the workspace's admin defines the analytics,
 * imports companies, contacts, equipment and purchases from files (the features' own imports), records the
 * analytics and the consents people gave, and prepares the target groups the next event addresses.
 */
@ApplicationScoped
class DemoCustomerBaseLoader {

    private static final String AUTHOR = "admin";
    private static final String CONSENT_SOURCE = "Web form (demo data)";
    private static final String TIME_ZONE = "Europe/Warsaw";

    private final DemoAuthor author;
    private final AnalyticService analytics;
    private final CompanyService companies;
    private final ContactService contacts;
    private final TargetGroupService targetGroups;
    private final CompanyImport companyImport;
    private final ContactImport contactImport;
    private final EquipmentImport equipmentImport;
    private final PurchaseImport purchaseImport;

    DemoCustomerBaseLoader(
            DemoAuthor author,
            AnalyticService analytics,
            CompanyService companies,
            ContactService contacts,
            TargetGroupService targetGroups,
            CompanyImport companyImport,
            ContactImport contactImport,
            EquipmentImport equipmentImport,
            PurchaseImport purchaseImport) {
        this.author = author;
        this.analytics = analytics;
        this.companies = companies;
        this.contacts = contacts;
        this.targetGroups = targetGroups;
        this.companyImport = companyImport;
        this.contactImport = contactImport;
        this.equipmentImport = equipmentImport;
        this.purchaseImport = purchaseImport;
    }

    /** Contacts written, or 0 when the workspace has companies already. Blocks, like the imports it runs. */
    int seed(UUID workspaceId, Book book) {
        String ws = workspaceId.toString();
        if (!as(() -> companies.page(ws, null, null, 1, null, null)).edges().isEmpty()) {
            return 0;
        }
        Map<String, String> analyticIds = new HashMap<>();
        for (Analytic analytic : book.analytics()) {
            analyticIds.put(
                    analytic.name(),
                    as(() -> analytics.create(
                                    ws,
                                    new AnalyticInput(
                                            AnalyticAppliesTo.valueOf(analytic.appliesTo()),
                                            analytic.name(),
                                            AnalyticType.valueOf(analytic.type()),
                                            analytic.options(),
                                            analytic.description(),
                                            analytic.key())))
                            .id()
                            .toString());
        }
        importFiles(workspaceId, book);

        Map<String, String> companyIds = ids(after -> companies
                .page(ws, null, null, PageSize.MAX, after, null)
                .map(page -> page(
                        page.edges().stream().map(CompanyEdge::node).toList(),
                        CompanyView::externalId,
                        CompanyView::id,
                        page.pageInfo())));
        Map<String, String> contactIds = ids(after -> contacts.page(ws, null, null, PageSize.MAX, after, null)
                .map(page -> page(
                        page.edges().stream().map(ContactEdge::node).toList(),
                        ContactView::externalId,
                        ContactView::id,
                        page.pageInfo())));

        Map<String, Analytic> byName =
                book.analytics().stream().collect(Collectors.toMap(Analytic::name, Function.identity()));
        book.companies()
                .forEach(company ->
                        setValues(ws, analyticIds, byName, companyIds.get(company.externalId()), company.analytics()));
        book.contacts()
                .forEach(contact ->
                        setValues(ws, analyticIds, byName, contactIds.get(contact.externalId()), contact.analytics()));

        // One bulk change per channel and state, as a team records a form's answers.
        Map<String, List<String>> consenting = new LinkedHashMap<>();
        book.contacts()
                .forEach(contact -> contact.consent()
                        .forEach((channel, state) -> consenting
                                .computeIfAbsent(channel + " " + state, key -> new ArrayList<>())
                                .add(contactIds.get(contact.externalId()))));
        consenting.forEach((key, ids) -> {
            String[] channelAndState = key.split(" ");
            for (int from = 0; from < ids.size(); from += ContactIds.MAX_AT_ONCE) {
                List<String> batch = ids.subList(from, Math.min(ids.size(), from + ContactIds.MAX_AT_ONCE));
                as(() -> contacts.setConsents(
                        ws,
                        batch,
                        ConsentChannel.valueOf(channelAndState[0]),
                        ConsentState.valueOf(channelAndState[1]),
                        CONSENT_SOURCE));
            }
        });

        for (TargetGroup group : book.targetGroups()) {
            as(() -> targetGroups.create(
                    ws,
                    new TargetGroupInput(group.name(), group.description()),
                    group.rule().apply(analyticIds),
                    TIME_ZONE));
        }
        return book.contacts().size();
    }

    private void importFiles(UUID workspaceId, Book book) {
        DemoFiles.load(
                "companies",
                header -> companyImport.open(workspaceId, AUTHOR, header),
                List.of("external_id", "name", "industry", "region", "size", "status", "upsell_potential"),
                book.companies().stream()
                        .map(c -> DemoFiles.cells(
                                c.externalId(),
                                c.name(),
                                c.industry(),
                                c.region(),
                                c.size(),
                                c.status(),
                                c.upsellPotential()))
                        .toList());
        DemoFiles.load(
                "contacts",
                header -> contactImport.open(workspaceId, AUTHOR, header),
                List.of(
                        "external_id",
                        "company_external_id",
                        "first_name",
                        "last_name",
                        "position",
                        "key_staff",
                        "management",
                        "email",
                        "phone",
                        "city",
                        "country",
                        "preferred_language"),
                book.contacts().stream()
                        .map(c -> DemoFiles.cells(
                                c.externalId(),
                                c.companyExternalId(),
                                c.firstName(),
                                c.lastName(),
                                c.position(),
                                c.keyStaff(),
                                c.management(),
                                c.email(),
                                c.phone(),
                                c.city(),
                                c.country(),
                                c.preferredLanguage()))
                        .toList());
        if (!book.equipment().isEmpty()) {
            DemoFiles.load(
                    "equipment",
                    header -> equipmentImport.open(workspaceId, header),
                    List.of(
                            "external_id",
                            "company_external_id",
                            "product",
                            "model",
                            "production_date",
                            "purchase_date",
                            "quantity"),
                    book.equipment().stream()
                            .map(e -> DemoFiles.cells(
                                    e.externalId(),
                                    e.companyExternalId(),
                                    e.product(),
                                    e.model(),
                                    e.productionDate(),
                                    e.purchaseDate(),
                                    e.quantity()))
                            .toList());
        }
        List<List<String>> purchaseRows = new ArrayList<>();
        for (Purchase p : book.purchases()) {
            for (Item item : p.items()) {
                purchaseRows.add(DemoFiles.cells(
                        p.externalId(),
                        p.companyExternalId(),
                        p.purchasedAt(),
                        p.amount(),
                        p.currency(),
                        item.product(),
                        item.category(),
                        item.quantity()));
            }
        }
        DemoFiles.load(
                "purchases",
                header -> purchaseImport.open(workspaceId, header),
                List.of(
                        "external_id",
                        "company_external_id",
                        "purchased_at",
                        "amount",
                        "currency",
                        "product",
                        "category",
                        "quantity"),
                purchaseRows);
    }

    private void setValues(
            String ws,
            Map<String, String> analyticIds,
            Map<String, Analytic> analytics,
            String recordId,
            Map<String, String> values) {
        values.forEach((name, value) -> {
            AnalyticValueInput input = switch (analytics.get(name).type()) {
                case "NUMBER" -> new AnalyticValueInput(null, new BigDecimal(value), null, null);
                case "DATE" -> new AnalyticValueInput(null, null, LocalDate.parse(value), null);
                case "BOOLEAN" -> new AnalyticValueInput(null, null, null, Boolean.valueOf(value));
                default -> new AnalyticValueInput(value, null, null, null);
            };
            as(() -> this.analytics.setValue(ws, analyticIds.get(name), recordId, input));
        });
    }

    /** A page of external id → id, and where the next one starts. */
    private record Page(Map<String, String> ids, String endCursor, boolean more) {}

    private static <T> Page page(
            List<T> records, Function<T, String> externalId, Function<T, UUID> id, PageInfo pageInfo) {
        Map<String, String> ids = new HashMap<>();
        // Records entered by hand have no external id: the demo's files cannot name them.
        records.stream()
                .filter(record -> externalId.apply(record) != null)
                .forEach(record ->
                        ids.put(externalId.apply(record), id.apply(record).toString()));
        return new Page(ids, pageInfo.endCursor(), pageInfo.hasNextPage());
    }

    private Map<String, String> ids(Function<String, Uni<Page>> pages) {
        Map<String, String> ids = new HashMap<>();
        String after = null;
        Page page;
        do {
            String from = after;
            page = as(() -> pages.apply(from));
            ids.putAll(page.ids());
            after = page.endCursor();
        } while (page.more());
        return ids;
    }

    private <T> T as(Supplier<Uni<T>> work) {
        return author.as(AUTHOR, work);
    }
}
