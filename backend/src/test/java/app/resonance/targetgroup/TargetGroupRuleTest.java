package app.resonance.targetgroup;

import static app.resonance.targetgroup.Rules.all;
import static app.resonance.targetgroup.Rules.analytic;
import static app.resonance.targetgroup.Rules.any;
import static app.resonance.targetgroup.Rules.company;
import static app.resonance.targetgroup.Rules.condition;
import static app.resonance.targetgroup.Rules.contact;
import static app.resonance.targetgroup.Rules.map;
import static app.resonance.targetgroup.Rules.none;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of condition against a customer base small enough to count by hand (below), through
 * {@code previewTargetGroup}: the rule compiled to SQL selects exactly the contacts a person reading the
 * fixture would pick.
 *
 * <pre>
 * Frost Foods  CURRENT   LARGE HIGH   North "Food Retail" owner analyst  Business type Retail,  Employees 500
 *              equipment Freezer F-100 produced 2017-06-01 bought 2018-03-01
 * Cold Chain   POTENTIAL SMALL MEDIUM south "Logistics"                 Business type Horeca,  Employees 40
 * Old Ice      FORMER    MICRO LOW    North "food retail"                Employees 8
 *              equipment Chiller C-1 produced 2012-01-01 bought 2013-01-01
 *
 * anna   Frost Foods key staff             PL pl  birthday 1990-05-01 reader yes  likes "Freezer X"  email granted
 * boris  Frost Foods management            UA uk  birthday 1985-12-31 reader no                      email withdrawn
 * carla  Cold Chain  key staff, management DE en  no e-mail                                          SMS granted
 * dmitri Old Ice                           PL ru
 * eve    (none)                            -  -   birthday 2000-01-01  equipment Freezer Mini 2021-01-01 / 2021-02-01
 * fred   (none)                            GB en  likes "freezer x"
 *
 * purchases: anna for Frost Foods 2026-01-31 22:30Z (23:30 in Warsaw, Jan 31) 50 EUR
 *            boris for Frost Foods 2026-01-31 23:30Z (00:30 in Warsaw, Feb 1) 70 EUR
 *            carla 1, 2 and 6 days ago: 10, 20, 30 EUR
 *            dmitri 1, 2 and 8 days ago: 100 EUR each
 *            fred 1 day ago: 100 EUR, 5 items "Spare parts" and 1 item "Tools"
 * </pre>
 */
@QuarkusTest
@RealStackTest
class TargetGroupRuleTest {

    private static CustomerBase base;

    @Inject
    Pool pool;

    @BeforeEach
    void aSmallCustomerBase() {
        if (base != null) {
            return;
        }
        base = CustomerBase.create(pool);
        base.company("Frost Foods", "CURRENT", "LARGE", "HIGH", "North", "Food Retail", "analyst");
        base.company("Cold Chain", "POTENTIAL", "SMALL", "MEDIUM", "south", "Logistics", null);
        base.company("Old Ice", "FORMER", "MICRO", "LOW", "North", "food retail", null);
        base.contact("anna", "Frost Foods", true, false, "anna@frost.example", "PL", "pl");
        base.contact("boris", "Frost Foods", false, true, "boris@frost.example", "UA", "uk");
        base.contact("carla", "Cold Chain", true, true, "", "DE", "en");
        base.contact("dmitri", "Old Ice", false, false, "dmitri@ice.example", "PL", "ru");
        base.contact("eve", null, false, false, "eve@home.example", null, null);
        base.contact("fred", null, false, false, "fred@home.example", "GB", "en");

        base.analytic("Business type", "COMPANY", "ENUMERATION", "Retail", "Wholesale", "Horeca");
        base.value("Business type", "Frost Foods", "Retail");
        base.value("Business type", "Cold Chain", "Horeca");
        base.analytic("Employees", "COMPANY", "NUMBER");
        base.value("Employees", "Frost Foods", new BigDecimal("500"));
        base.value("Employees", "Cold Chain", new BigDecimal("40"));
        base.value("Employees", "Old Ice", new BigDecimal("8"));
        base.analytic("Birthday", "CONTACT", "DATE");
        base.value("Birthday", "anna", LocalDate.parse("1990-05-01"));
        base.value("Birthday", "boris", LocalDate.parse("1985-12-31"));
        base.value("Birthday", "eve", LocalDate.parse("2000-01-01"));
        base.analytic("Newsletter reader", "CONTACT", "BOOLEAN");
        base.value("Newsletter reader", "anna", true);
        base.value("Newsletter reader", "boris", false);
        base.analytic("Favourite product", "CONTACT", "TEXT");
        base.value("Favourite product", "anna", "Freezer X");
        base.value("Favourite product", "fred", "freezer x");

        base.equipment("Frost Foods", "Freezer", "F-100", LocalDate.parse("2017-06-01"), LocalDate.parse("2018-03-01"));
        base.equipment("Old Ice", "Chiller", "C-1", LocalDate.parse("2012-01-01"), LocalDate.parse("2013-01-01"));
        base.equipment("eve", "Freezer", "Mini", LocalDate.parse("2021-01-01"), LocalDate.parse("2021-02-01"));

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        base.purchase("anna", "Frost Foods", OffsetDateTime.parse("2026-01-31T22:30:00Z"), "50");
        base.purchase("boris", "Frost Foods", OffsetDateTime.parse("2026-01-31T23:30:00Z"), "70");
        base.purchase("carla", null, now.minus(1, ChronoUnit.DAYS), "10");
        base.purchase("carla", null, now.minus(2, ChronoUnit.DAYS), "20");
        base.purchase("carla", null, now.minus(6, ChronoUnit.DAYS), "30");
        base.purchase("dmitri", null, now.minus(1, ChronoUnit.DAYS), "100");
        base.purchase("dmitri", null, now.minus(2, ChronoUnit.DAYS), "100");
        base.purchase("dmitri", null, now.minus(8, ChronoUnit.DAYS), "100");
        base.purchase("fred", null, now.minus(1, ChronoUnit.DAYS), "100", "Spare parts", 5, "Tools", 1);

        base.consent("anna", "EMAIL", "GRANTED");
        base.consent("boris", "EMAIL", "WITHDRAWN");
        base.consent("carla", "SMS", "GRANTED");
    }

    @Test
    void contactFieldsSelectByFlagsCountriesLanguagesEmailAndCompany() {
        assertSelects(contact("KEY_STAFF", "is", true), "anna", "carla");
        assertSelects(contact("MANAGEMENT", "is", true), "boris", "carla");
        assertSelects(contact("COUNTRY", "anyOf", List.of("pl", "DE")), "anna", "carla", "dmitri");
        assertSelects(contact("PREFERRED_LANGUAGE", "anyOf", List.of("en")), "carla", "fred");
        assertSelects(contact("HAS_EMAIL", "is", false), "carla");
        assertSelects(contact("HAS_COMPANY", "is", false), "eve", "fred");
    }

    @Test
    void noneOfAConditionIncludesContactsWithoutTheField() {
        assertSelects(none(contact("COUNTRY", "anyOf", List.of("PL"))), "boris", "carla", "eve", "fred");
    }

    @Test
    void companyFieldsSelectTheContactsOfMatchingCompanies() {
        assertSelects(company("STATUS", "CURRENT"), "anna", "boris");
        assertSelects(company("SIZE", "SMALL", "MICRO"), "carla", "dmitri");
        assertSelects(company("UPSELL_POTENTIAL", "MEDIUM", "HIGH"), "anna", "boris", "carla");
        assertSelects(company("INDUSTRY", "FOOD RETAIL"), "anna", "boris", "dmitri");
        assertSelects(company("REGION", "north"), "anna", "boris", "dmitri");
        assertSelects(company("OWNER", "analyst"), "anna", "boris");
    }

    @Test
    void analyticsOfEveryTypeSelectByTheirValues() {
        assertSelects(
                analytic(base.id("Business type"), "anyOf", List.of("Retail", "Horeca")), "anna", "boris", "carla");
        assertSelects(analytic(base.id("Business type"), "isSet", false), "dmitri", "eve", "fred");
        assertSelects(analytic(base.id("Employees"), "number", map("atLeast", 40)), "anna", "boris", "carla");
        assertSelects(analytic(base.id("Employees"), "number", map("atLeast", 10, "atMost", 100)), "carla");
        assertSelects(analytic(base.id("Employees"), "number", map("atMost", 8)), "dmitri");
        assertSelects(analytic(base.id("Birthday"), "date", map("to", "1989-12-31")), "boris");
        assertSelects(analytic(base.id("Birthday"), "date", map("from", "1990-05-01")), "anna", "eve");
        assertSelects(analytic(base.id("Newsletter reader"), "is", true), "anna");
        assertSelects(analytic(base.id("Newsletter reader"), "is", false), "boris");
        assertSelects(analytic(base.id("Favourite product"), "equals", " FREEZER X"), "anna", "fred");
        assertSelects(analytic(base.id("Favourite product"), "isSet", true), "anna", "fred");
    }

    @Test
    void equipmentOfTheContactOrTheirCompanySelectsByProductAndDates() {
        assertSelects(condition("equipment"), "anna", "boris", "dmitri", "eve");
        assertSelects(condition("equipment", "owner", "CONTACT"), "eve");
        assertSelects(condition("equipment", "owner", "COMPANY"), "anna", "boris", "dmitri");
        assertSelects(condition("equipment", "purchaseDate", map("to", "2018-12-31")), "anna", "boris", "dmitri");
        assertSelects(condition("equipment", "productionDate", map("from", "2017-06-01")), "anna", "boris", "eve");
        assertSelects(condition("equipment", "product", "freezer", "model", "F-100"), "anna", "boris");
        assertSelects(
                condition(
                        "equipment",
                        "productionDate",
                        map("from", "2012-01-01", "to", "2012-01-01"),
                        "purchaseDate",
                        map("from", "2013-01-01", "to", "2013-01-01")),
                "dmitri");
    }

    @Test
    void purchasesInARollingWindowCountSumAndCountItems() {
        assertSelects(condition("purchases", "measure", "COUNT", "atLeast", 3, "lastDays", 7), "carla");
        assertSelects(condition("purchases", "measure", "COUNT", "atLeast", 2, "lastDays", 7), "carla", "dmitri");
        assertSelects(
                condition("purchases", "measure", "AMOUNT", "atLeast", 60, "atMost", 100, "lastDays", 7),
                "carla",
                "fred");
        assertSelects(condition("purchases", "measure", "AMOUNT", "atLeast", 60.01, "lastDays", 7), "dmitri", "fred");
        assertSelects(condition("purchases", "measure", "ITEMS", "category", "spare PARTS", "atLeast", 5), "fred");
        assertSelects(condition("purchases", "measure", "ITEMS", "atLeast", 6), "fred");
        assertSelects(condition("purchases", "measure", "COUNT", "category", "tools", "atLeast", 1), "fred");
    }

    @Test
    void atMostIncludesContactsWithoutAnyPurchase() {
        assertSelects(condition("purchases", "measure", "COUNT", "atMost", 0), "eve");
        assertSelects(
                condition("purchases", "measure", "COUNT", "atMost", 1, "lastDays", 7), "anna", "boris", "eve", "fred");
    }

    @Test
    void purchasesOfTheCompanyCountForEachOfItsContacts() {
        assertSelects(condition("purchases", "owner", "COMPANY", "measure", "COUNT", "atLeast", 2), "anna", "boris");
        assertSelects(condition("purchases", "owner", "COMPANY", "measure", "AMOUNT", "atMost", 0), "carla", "dmitri");
    }

    @Test
    void aPeriodIsCalendarDaysInTheRulesTimeZone() {
        Map<String, Object> january = condition(
                "purchases", "measure", "COUNT", "atLeast", 1, "period", map("from", "2026-01-01", "to", "2026-01-31"));
        // anna bought at 23:30 on the last day in Warsaw; boris at 00:30 the day after.
        assertSelectsIn("Europe/Warsaw", january, "anna");
        assertSelectsIn("UTC", january, "anna", "boris");
        assertSelectsIn(
                "Europe/Warsaw",
                condition(
                        "purchases",
                        "measure",
                        "COUNT",
                        "atLeast",
                        1,
                        "period",
                        map("from", "2026-02-01", "to", "2026-02-01")),
                "boris");
    }

    @Test
    void consentSelectsByChannelAndStateWithUnknownForNoRecord() {
        assertSelects(condition("consent", "channel", "EMAIL", "state", "GRANTED"), "anna");
        assertSelects(condition("consent", "channel", "EMAIL", "state", "WITHDRAWN"), "boris");
        assertSelects(condition("consent", "channel", "EMAIL", "state", "UNKNOWN"), "carla", "dmitri", "eve", "fred");
        assertSelects(condition("consent", "channel", "SMS", "state", "GRANTED"), "carla");
    }

    @Test
    void allAnyAndNoneNest() {
        assertSelects(
                all(
                        any(contact("KEY_STAFF", "is", true), contact("MANAGEMENT", "is", true)),
                        none(company("STATUS", "CURRENT"))),
                "carla");
        assertSelects(
                any(
                        all(company("STATUS", "CURRENT"), none(contact("KEY_STAFF", "is", true))),
                        condition("consent", "channel", "SMS", "state", "GRANTED")),
                "boris",
                "carla");
        assertSelects(all(), "anna", "boris", "carla", "dmitri", "eve", "fred");
        assertSelects(any());
    }

    @Test
    void valuesAreNeverPartOfTheStatement() {
        String hostile = "'); drop table contact; --";
        assertSelects(contact("COUNTRY", "anyOf", List.of(hostile)));
        assertSelects(company("INDUSTRY", hostile, "$1"));
        assertSelects(analytic(base.id("Favourite product"), "equals", hostile));
        assertSelects(condition("equipment", "product", hostile, "model", "%"));
        assertSelects(condition("purchases", "measure", "ITEMS", "category", hostile, "atLeast", 1));
        assertSelects(contact("HAS_EMAIL", "is", true), "anna", "boris", "dmitri", "eve", "fred");
    }

    private static void assertSelects(Map<String, Object> rule, String... firstNames) {
        assertSelectsIn("UTC", rule, firstNames);
    }

    private static void assertSelectsIn(String timeZone, Map<String, Object> rule, String... firstNames) {
        var answer = base.as("viewer", "previewTargetGroup", "rule", rule, "timeZone", timeZone)
                .extract()
                .jsonPath();
        Object errors = answer.get("errors");
        assertNull(errors, () -> rule + " answered " + answer.prettify());
        List<String> members = answer.getList("data.previewTargetGroup.members.firstName");
        assertEquals(List.of(firstNames), List.copyOf(new TreeSet<>(members)), rule::toString);
        assertEquals(firstNames.length, answer.getInt("data.previewTargetGroup.count"), rule::toString);
    }
}
