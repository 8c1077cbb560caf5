package app.resonance.contact;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class ContactApiTest {

    private static Map<String, Object> contact(Object... fields) {
        Map<String, Object> input = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            input.put((String) fields[i], fields[i + 1]);
        }
        return input;
    }

    private static String create(MediaWorkspace ws, Map<String, Object> input) {
        return ws.as("analyst", "createContact", "input", input)
                .body("errors", nullValue())
                .extract()
                .path("data.createContact.id");
    }

    private static String company(MediaWorkspace ws, String name) {
        return ws.as("analyst", "createCompany", "input", Map.of("name", name))
                .body("errors", nullValue())
                .extract()
                .path("data.createCompany.id");
    }

    @Test
    void analystsKeepContactsWithTheirCompanyAndEachChangeLandsOnTheTimeline() {
        MediaWorkspace ws = MediaWorkspace.create();
        String frost = company(ws, "Frost & Co");
        String id = ws.as(
                        "analyst",
                        "createContact",
                        "input",
                        contact(
                                "firstName", " Anna ",
                                "lastName", "Nowak",
                                "position", "Head of stores",
                                "keyStaff", true,
                                "email", "Anna.Nowak@frost.example",
                                "phone", "+48 22 555 01 02",
                                "country", "PL",
                                "preferredLanguage", "pl",
                                "companyId", frost))
                .body("errors", nullValue())
                .body("data.createContact.firstName", equalTo("Anna"))
                .body("data.createContact.keyStaff", equalTo(true))
                .body("data.createContact.management", equalTo(false))
                .body("data.createContact.city", equalTo(""))
                .body("data.createContact.company.name", equalTo("Frost & Co"))
                .extract()
                .path("data.createContact.id");
        ws.as("viewer", "company", "id", frost).body("data.company.contactCount", equalTo(1));

        ws.as(
                        "analyst",
                        "updateContact",
                        "id",
                        id,
                        "input",
                        contact("firstName", "Anna", "lastName", "Nowak-Kowalska", "email", "anna@frost.example"))
                .body("errors", nullValue())
                .body("data.updateContact.company", nullValue());
        ws.as("viewer", "contact", "id", id)
                .body("data.contact.timeline.edges.node.kind", contains("UPDATED", "CREATED"))
                .body(
                        "data.contact.timeline.edges[0].node.details",
                        equalTo("{\"fields\":[\"companyId\",\"lastName\",\"position\",\"keyStaff\",\"email\",\"phone\","
                                + "\"country\",\"preferredLanguage\"]}"));
        ws.as("viewer", "company", "id", frost).body("data.company.contactCount", equalTo(0));

        ws.as("analyst", "deleteContact", "id", id).body("data.deleteContact", equalTo(id));
        ws.as("viewer", "contact", "id", id).body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    @Test
    void badValuesAreNamedByTheirField() {
        MediaWorkspace ws = MediaWorkspace.create();
        MediaWorkspace other = MediaWorkspace.create();
        ws.as("analyst", "createContact", "input", contact("email", "not an address"))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("email"));
        ws.as("analyst", "createContact", "input", contact("lastName", "Tel", "phone", "call me"))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("phone"));
        ws.as("analyst", "createContact", "input", contact("lastName", "Lang", "preferredLanguage", "english"))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("preferredLanguage"));
        ws.as("analyst", "createContact", "input", contact("lastName", "Nowhere", "country", "XX"))
                .body("errors[0].extensions.field", equalTo("country"))
                .body("errors[0].extensions.reason", equalTo("UNKNOWN_COUNTRY"));
        ws.as("analyst", "createContact", "input", contact("position", "Nobody", "firstName", " "))
                .body("errors[0].extensions.field", equalTo("lastName"))
                .body("errors[0].extensions.reason", equalTo("NAME_OR_EMAIL_MISSING"));
        ws.as("analyst", "createContact", "input", contact("lastName", "Stray", "companyId", company(other, "Theirs")))
                .body("errors[0].extensions.field", equalTo("companyId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        create(ws, contact("lastName", "First", "externalId", "CRM-1"));
        ws.as("analyst", "createContact", "input", contact("lastName", "Second", "externalId", "CRM-1"))
                .body("errors[0].extensions.code", equalTo("DUPLICATE"))
                .body("errors[0].extensions.field", equalTo("externalId"))
                .body("errors[0].extensions.value", equalTo("CRM-1"));
        ws.as("viewer", "createContact", "input", contact("lastName", "Viewer's"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("viewer", "contacts").body("data.contacts.edges.node.lastName", contains("First"));
    }

    @Test
    void consentIsSetClearedAndKeptInHistoryAndTheSameStateAgainChangesNothing() {
        MediaWorkspace ws = MediaWorkspace.create();
        String id = create(ws, contact("email", "ola@example.com"));

        ws.as("analyst", "setConsent", "contactId", id, "channel", "EMAIL", "state", "GRANTED", "source", "Fair form")
                .body("errors", nullValue())
                .body("data.setConsent.consents.channel", contains("EMAIL", "SMS", "PHONE", "POST"))
                .body("data.setConsent.consents.state", contains("GRANTED", "UNKNOWN", "UNKNOWN", "UNKNOWN"))
                .body("data.setConsent.consents[0].source", equalTo("Fair form"))
                .body("data.setConsent.consents[0].changedBy", equalTo("analyst"));
        ws.as("analyst", "setConsent", "contactId", id, "channel", "EMAIL", "state", "GRANTED", "source", "Again")
                .body("data.setConsent.consents[0].source", equalTo("Fair form"))
                .body("data.setConsent.consentHistory", hasSize(1));
        ws.as("analyst", "setConsent", "contactId", id, "channel", "EMAIL", "state", "WITHDRAWN", "source", "Reply")
                .body("data.setConsent.consents[0].state", equalTo("WITHDRAWN"));
        ws.as("analyst", "setConsent", "contactId", id, "channel", "EMAIL", "state", "UNKNOWN", "source", "Cleanup")
                .body("data.setConsent.consents[0].state", equalTo("UNKNOWN"))
                .body("data.setConsent.consents[0].source", nullValue())
                .body("data.setConsent.consentHistory.state", contains("UNKNOWN", "WITHDRAWN", "GRANTED"))
                .body("data.setConsent.consentHistory.source", contains("Cleanup", "Reply", "Fair form"));

        ws.as("viewer", "contact", "id", id)
                .body(
                        "data.contact.timeline.edges.node.kind",
                        contains("CONSENT_CHANGED", "CONSENT_CHANGED", "CONSENT_CHANGED", "CREATED"))
                .body("data.contact.timeline.edges[2].node.details", containsString("\"from\":\"UNKNOWN\""))
                .body("data.contact.timeline.edges[2].node.details", containsString("\"to\":\"GRANTED\""));

        ws.as("viewer", "setConsent", "contactId", id, "channel", "SMS", "state", "GRANTED", "source", "x")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("analyst", "setConsent", "contactId", id, "channel", "SMS", "state", "GRANTED", "source", " ")
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("source"));
        ws.as(
                        "analyst",
                        "setConsent",
                        "contactId",
                        "00000000-0000-0000-0000-000000000001",
                        "channel",
                        "SMS",
                        "state",
                        "GRANTED",
                        "source",
                        "x")
                .body("errors[0].extensions.field", equalTo("contactId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    @Test
    void consentOfManyContactsIsSetAtOnceAndThoseAlreadyInTheStateAreLeftAlone() {
        MediaWorkspace ws = MediaWorkspace.create();
        String ola = create(ws, contact("email", "ola@example.com"));
        String jan = create(ws, contact("email", "jan@example.com"));
        String eva = create(ws, contact("email", "eva@example.com"));
        ws.as("analyst", "setConsent", "contactId", ola, "channel", "POST", "state", "GRANTED", "source", "Card");

        ws.as(
                        "analyst",
                        "setConsents",
                        "contactIds",
                        List.of(ola, jan, eva, jan),
                        "channel",
                        "POST",
                        "state",
                        "GRANTED",
                        "source",
                        "Fair list")
                .body("errors", nullValue())
                .body("data.setConsents", equalTo(2));
        ws.as("viewer", "contact", "id", ola)
                .body("data.contact.consentHistory.source", contains("Card"))
                .body("data.contact.timeline.edges.node.kind", contains("CONSENT_CHANGED", "CREATED"));
        ws.as("viewer", "contact", "id", eva)
                .body("data.contact.consents[3].channel", equalTo("POST"))
                .body("data.contact.consents[3].state", equalTo("GRANTED"))
                .body("data.contact.consents[3].source", equalTo("Fair list"))
                .body("data.contact.consentHistory.state", contains("GRANTED"))
                .body("data.contact.timeline.edges[0].node.details", containsString("\"from\":\"UNKNOWN\""));

        ws.as(
                        "analyst",
                        "setConsents",
                        "contactIds",
                        List.of(ola, jan),
                        "channel",
                        "POST",
                        "state",
                        "UNKNOWN",
                        "source",
                        "Cleanup")
                .body("data.setConsents", equalTo(2));
        ws.as("viewer", "contact", "id", jan)
                .body("data.contact.consents[3].state", equalTo("UNKNOWN"))
                .body("data.contact.consentHistory.state", contains("UNKNOWN", "GRANTED"));

        String stranger = create(MediaWorkspace.create(), contact("email", "stranger@example.com"));
        ws.as(
                        "analyst",
                        "setConsents",
                        "contactIds",
                        List.of(eva, stranger),
                        "channel",
                        "POST",
                        "state",
                        "WITHDRAWN",
                        "source",
                        "x")
                .body("errors[0].extensions.field", equalTo("contactIds[1]"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        ws.as("viewer", "contact", "id", eva).body("data.contact.consents[3].state", equalTo("GRANTED"));
        ws.as("viewer", "setConsents", "contactIds", List.of(eva), "channel", "SMS", "state", "GRANTED", "source", "x")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("analyst", "setConsents", "contactIds", List.of(), "channel", "SMS", "state", "GRANTED", "source", "x")
                .body("errors[0].extensions.field", equalTo("contactIds"));
    }

    @Test
    void theTimelinePagesNewestFirst() {
        MediaWorkspace ws = MediaWorkspace.create();
        String id = create(ws, contact("email", "pager@example.com"));
        for (String channel : List.of("EMAIL", "SMS", "PHONE", "POST")) {
            ws.as("analyst", "setConsent", "contactId", id, "channel", channel, "state", "GRANTED", "source", "Form")
                    .body("errors", nullValue());
        }
        List<String> all = ws.as("viewer", "contact", "id", id).extract().path("data.contact.timeline.edges.node.id");
        assertEquals(5, all.size());
        String cursor = ws.as("viewer", "contact", "id", id, "timelineFirst", 3)
                .body("data.contact.timeline.pageInfo.hasNextPage", equalTo(true))
                .body("data.contact.timeline.edges.node.id", equalTo(all.subList(0, 3)))
                .extract()
                .path("data.contact.timeline.pageInfo.endCursor");
        ws.as("viewer", "contact", "id", id, "timelineFirst", 3, "timelineAfter", cursor)
                .body("data.contact.timeline.pageInfo.hasNextPage", equalTo(false))
                .body("data.contact.timeline.edges.node.id", equalTo(all.subList(3, 5)))
                .body("data.contact.timeline.edges[1].node.kind", equalTo("CREATED"));
    }

    @Test
    void searchFiltersAndSortsPageStablyByKeyset() {
        MediaWorkspace ws = MediaWorkspace.create();
        String frost = company(ws, "Frost & Co");
        String nowak = create(
                ws,
                contact(
                        "firstName",
                        "Anna",
                        "lastName",
                        "Nowak",
                        "email",
                        "anna@frost.example",
                        "companyId",
                        frost,
                        "keyStaff",
                        true,
                        "country",
                        "PL"));
        create(
                ws,
                contact(
                        "firstName",
                        "Jan",
                        "lastName",
                        "nowicki",
                        "email",
                        "jan@polar.example",
                        "country",
                        "PL",
                        "management",
                        true));
        create(ws, contact("firstName", "Annika", "lastName", "Berg", "country", "SE", "preferredLanguage", "en"));
        create(ws, contact("email", "zed@nowhere.example", "companyId", frost));
        create(ws, contact("firstName", "Bob", "lastName", "Smith", "email", "BOB@smith.example"));
        ws.as("analyst", "setConsent", "contactId", nowak, "channel", "EMAIL", "state", "GRANTED", "source", "Form")
                .body("errors", nullValue());

        ws.as("viewer", "contacts", "search", "now")
                .body("data.contacts.edges.node.lastName", contains("Nowak", "nowicki"))
                .body("data.contacts.totalCount", equalTo(2));
        ws.as("viewer", "contacts", "search", "ANN")
                .body("data.contacts.edges.node.firstName", contains("Annika", "Anna"));
        ws.as("viewer", "contacts", "search", "bob@s").body("data.contacts.edges.node.lastName", contains("Smith"));
        ws.as("viewer", "contacts", "search", "frost").body("data.contacts.edges", empty());
        ws.as("viewer", "contacts", "filter", Map.of("companyId", frost))
                .body("data.contacts.edges.node.email", contains("zed@nowhere.example", "anna@frost.example"));
        ws.as("viewer", "contacts", "filter", Map.of("countries", List.of("PL"), "keyStaff", false))
                .body("data.contacts.edges.node.lastName", contains("nowicki"));
        ws.as("viewer", "contacts", "filter", Map.of("management", true))
                .body("data.contacts.edges.node.lastName", contains("nowicki"));
        ws.as("viewer", "contacts", "filter", Map.of("hasEmail", false))
                .body("data.contacts.edges.node.lastName", contains("Berg"));
        ws.as("viewer", "contacts", "filter", Map.of("preferredLanguages", List.of("en", "pl")))
                .body("data.contacts.edges.node.lastName", contains("Berg"));
        ws.as("viewer", "contacts", "filter", Map.of("consent", Map.of("channel", "EMAIL", "state", "GRANTED")))
                .body("data.contacts.edges.node.lastName", contains("Nowak"))
                .body("data.contacts.edges[0].node.consents[0].state", equalTo("GRANTED"));
        ws.as("viewer", "contacts", "filter", Map.of("consent", Map.of("channel", "EMAIL", "state", "UNKNOWN")))
                .body("data.contacts.totalCount", equalTo(4));
        ws.as("viewer", "contacts", "filter", Map.of("companyId", "not-an-id"))
                .body("errors[0].extensions.field", equalTo("filter.companyId"));

        ws.as("viewer", "contacts")
                .body("data.contacts.edges.node.lastName", contains("", "Berg", "Nowak", "nowicki", "Smith"));
        for (String order : List.of("NAME_ASC", "NAME_DESC", "UPDATED_AT_DESC", "CREATED_AT_ASC")) {
            List<String> all =
                    ws.as("viewer", "contacts", "orderBy", order).extract().path("data.contacts.edges.node.id");
            List<String> paged = new ArrayList<>();
            String after = null;
            boolean more = true;
            while (more) {
                var page = ws.as("viewer", "contacts", "orderBy", order, "first", 2, "after", after)
                        .body("errors", nullValue())
                        .body("data.contacts.edges", not(hasSize(0)))
                        .extract();
                paged.addAll(page.path("data.contacts.edges.node.id"));
                more = page.path("data.contacts.pageInfo.hasNextPage");
                after = page.path("data.contacts.pageInfo.endCursor");
            }
            assertEquals(all, paged, order);
        }
        String nameCursor = ws.as("viewer", "contacts", "first", 1).extract().path("data.contacts.pageInfo.endCursor");
        ws.as("viewer", "contacts", "orderBy", "UPDATED_AT_ASC", "after", nameCursor)
                .body("errors[0].extensions.reason", equalTo("INVALID_CURSOR"));
    }
}
