package app.resonance.targetgroup;

import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.GraphQL;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small customer base inserted with plain SQL (the customer API is another feature's): a workspace made
 * through the API with members admin, analyst and viewer, and companies, contacts, analytics, equipment,
 * purchases and consent written row by row, each looked up by a short name in the tests.
 */
final class CustomerBase {

    /** Contact ids grow in the order contacts are made, so pages of members (by id) come in that order. */
    private static final AtomicLong NEXT_CONTACT = new AtomicLong(System.currentTimeMillis() << 16);

    final String workspaceId;
    final Map<String, UUID> ids = new HashMap<>();
    private final UUID ws;
    private final Pool pool;

    private CustomerBase(String workspaceId, Pool pool) {
        this.workspaceId = workspaceId;
        this.ws = UUID.fromString(workspaceId);
        this.pool = pool;
    }

    static CustomerBase create(Pool pool) {
        String id = GraphQL.as(
                        "admin",
                        "createWorkspace",
                        "name",
                        "Customers " + UUID.randomUUID().toString().substring(0, 8))
                .body("errors", nullValue())
                .extract()
                .path("data.createWorkspace.id");
        GraphQL.as("admin", "addMember", "workspaceId", id, "username", "analyst")
                .body("errors", nullValue());
        GraphQL.as("admin", "addMember", "workspaceId", id, "username", "viewer")
                .body("errors", nullValue());
        return new CustomerBase(id, pool);
    }

    /** Runs the operation as the user in this workspace: {@code workspaceId} is added to the variables. */
    ValidatableResponse as(String username, String operation, Object... variables) {
        Object[] all = Arrays.copyOf(variables, variables.length + 2);
        all[variables.length] = "workspaceId";
        all[variables.length + 1] = workspaceId;
        return GraphQL.as(username, operation, all);
    }

    UUID id(String name) {
        UUID id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no fixture row " + name);
        }
        return id;
    }

    /** status, size, upsell potential, region, industry, owner (a username or null). */
    void company(String name, String status, String size, String upsell, String region, String industry, String owner) {
        UUID id = UUID.randomUUID();
        run(
                "insert into company (id, workspace_id, name, status, size, upsell_potential, region, industry, owner,"
                        + " created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), now())",
                id,
                ws,
                name,
                status,
                size,
                upsell,
                region,
                industry,
                owner);
        ids.put(name, id);
    }

    /** A contact named by its first name; company null for a consumer; country and language may be null. */
    void contact(
            String firstName,
            String company,
            boolean keyStaff,
            boolean management,
            String email,
            String country,
            String language) {
        UUID id = new UUID(NEXT_CONTACT.incrementAndGet(), 0);
        run(
                "insert into contact (id, workspace_id, company_id, first_name, last_name, key_staff, management, email,"
                        + " country, preferred_language, created_at, updated_at)"
                        + " values ($1, $2, $3, $4, 'Test', $5, $6, $7, $8, $9, now(), now())",
                id,
                ws,
                company == null ? null : id(company),
                firstName,
                keyStaff,
                management,
                email,
                country,
                language);
        ids.put(firstName, id);
    }

    /** appliesTo COMPANY or CONTACT; options for an ENUMERATION. */
    void analytic(String name, String appliesTo, String type, String... options) {
        UUID id = UUID.randomUUID();
        run(
                "insert into analytic (id, workspace_id, applies_to, name, type, options, created_at)"
                        + " values ($1, $2, $3, $4, $5, $6, now())",
                id,
                ws,
                appliesTo,
                name,
                type,
                options);
        ids.put(name, id);
    }

    /** The analytic's value of the company or contact: a String, BigDecimal, LocalDate or Boolean. */
    void value(String analytic, String owner, Object value) {
        boolean company = companyNamed(owner);
        run(
                "insert into analytic_value (workspace_id, analytic_id, company_id, contact_id, value_text, value_number,"
                        + " value_date, value_boolean) values ($1, $2, $3, $4, $5, $6, $7, $8)",
                ws,
                id(analytic),
                company ? id(owner) : null,
                company ? null : id(owner),
                value instanceof String ? value : null,
                value instanceof BigDecimal ? value : null,
                value instanceof LocalDate ? value : null,
                value instanceof Boolean ? value : null);
    }

    void equipment(String owner, String product, String model, LocalDate produced, LocalDate bought) {
        boolean company = companyNamed(owner);
        run(
                "insert into equipment (id, workspace_id, company_id, contact_id, product, model, production_date,"
                        + " purchase_date, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, now())",
                UUID.randomUUID(),
                ws,
                company ? id(owner) : null,
                company ? null : id(owner),
                product,
                model,
                produced,
                bought);
    }

    /** A purchase by the contact (on behalf of the company when given) with items as category, quantity pairs. */
    void purchase(String contact, String company, OffsetDateTime at, String amount, Object... items) {
        UUID id = UUID.randomUUID();
        run(
                "insert into purchase (id, workspace_id, company_id, contact_id, purchased_at, amount, currency,"
                        + " created_at) values ($1, $2, $3, $4, $5, $6, 'EUR', now())",
                id,
                ws,
                company == null ? null : id(company),
                contact == null ? null : id(contact),
                at.withOffsetSameInstant(ZoneOffset.UTC),
                new BigDecimal(amount));
        for (int i = 0; i < items.length; i += 2) {
            run(
                    "insert into purchase_item (workspace_id, purchase_id, product, category, quantity)"
                            + " values ($1, $2, 'Item', $3, $4)",
                    ws,
                    id,
                    items[i],
                    items[i + 1]);
        }
    }

    void consent(String contact, String channel, String state) {
        run(
                "insert into consent (workspace_id, contact_id, channel, state, source, changed_at, changed_by)"
                        + " values ($1, $2, $3, $4, 'test', now(), 'analyst')",
                ws,
                id(contact),
                channel,
                state);
    }

    private boolean companyNamed(String name) {
        return pool.preparedQuery("select 1 from company where id = $1")
                        .executeAndAwait(Tuple.of(id(name)))
                        .size()
                > 0;
    }

    private void run(String sql, Object... values) {
        List<Object> params = new ArrayList<>(Arrays.asList(values));
        pool.preparedQuery(sql).executeAndAwait(Tuple.from(params));
    }
}
