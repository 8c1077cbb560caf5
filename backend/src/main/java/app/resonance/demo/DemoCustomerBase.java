package app.resonance.demo;

import app.resonance.consent.ConsentChannel;
import app.resonance.consent.ConsentCondition;
import app.resonance.consent.ConsentState;
import app.resonance.targetgroup.AnalyticCondition;
import app.resonance.targetgroup.CompanyCondition;
import app.resonance.targetgroup.Condition;
import app.resonance.targetgroup.ContactCondition;
import app.resonance.targetgroup.DateRange;
import app.resonance.targetgroup.EquipmentCondition;
import app.resonance.targetgroup.Owner;
import app.resonance.targetgroup.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The customer bases of the two demo workspaces, as plain data: the IT vendor's B2B accounts, ready for
 * its customer conference, and a refrigeration equipment maker's dealers and operators, ready for its
 * trade exhibition. Seeded, so every start writes the same story; dated relative to today. Addresses
 * use the reserved {@code .example} domain.
 */
final class DemoCustomerBase {

    private DemoCustomerBase() {}

    record Company(
            String externalId,
            String name,
            String industry,
            String region,
            String size,
            String status,
            String upsellPotential,
            String owner,
            Map<String, String> analytics) {}

    record Contact(
            String externalId,
            String companyExternalId,
            String firstName,
            String lastName,
            String position,
            boolean keyStaff,
            boolean management,
            String email,
            String phone,
            String city,
            String country,
            String preferredLanguage,
            Map<String, String> analytics,
            /** Channel (EMAIL, SMS, PHONE, POST) to GRANTED or WITHDRAWN; a channel left out is unknown. */
            Map<String, String> consent) {}

    record Equipment(
            String externalId,
            String companyExternalId,
            String product,
            String model,
            LocalDate productionDate,
            LocalDate purchaseDate,
            int quantity) {}

    record Item(String product, String category, int quantity) {}

    record Purchase(
            String externalId,
            String companyExternalId,
            String contactExternalId,
            OffsetDateTime purchasedAt,
            BigDecimal amount,
            String currency,
            List<Item> items) {}

    /**
     * A workspace-defined analytic; {@code options} only for an ENUMERATION; {@code key}: the quality record
     * counts the records that have it.
     */
    record Analytic(
            String appliesTo, String name, String type, List<String> options, String description, boolean key) {}

    /**
     * A target group the marketing team prepared, with the channel and format it is meant for in its
     * description; its rule is made once the analytics have ids (by name).
     */
    record TargetGroup(String name, String description, Function<Map<String, String>, Rule> rule) {}

    record Book(
            String workspace,
            List<Analytic> analytics,
            List<Company> companies,
            List<Contact> contacts,
            List<Equipment> equipment,
            List<Purchase> purchases,
            List<TargetGroup> targetGroups) {}

    private static final List<String> FIRST_NAMES = List.of(
            "Anna",
            "Piotr",
            "Katarzyna",
            "Tomasz",
            "Olena",
            "Andrii",
            "Iryna",
            "Dmytro",
            "Sophie",
            "Lukas",
            "Julia",
            "Maximilian",
            "Maria",
            "Jan",
            "Elena",
            "Sergei",
            "Agnieszka",
            "Marek",
            "Natalia",
            "Oleksandr",
            "Laura",
            "Felix",
            "Ewa",
            "Pavel",
            "Hanna",
            "Jonas",
            "Zofia",
            "Viktor",
            "Emma",
            "Michal");
    private static final List<String> LAST_NAMES = List.of(
            "Nowak",
            "Kowalski",
            "Wisniewska",
            "Shevchenko",
            "Kovalenko",
            "Bondarenko",
            "Muller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Ivanova",
            "Petrov",
            "Lewandowski",
            "Zielinska",
            "Melnyk",
            "Tkachenko",
            "Weber",
            "Wagner",
            "Kaminski",
            "Wojcik",
            "Sokolova",
            "Becker",
            "Hoffmann",
            "Mazur",
            "Kravchenko");
    private static final List<String> CITIES = List.of(
            "Warsaw|PL",
            "Krakow|PL",
            "Gdansk|PL",
            "Wroclaw|PL",
            "Kyiv|UA",
            "Lviv|UA",
            "Dnipro|UA",
            "Berlin|DE",
            "Munich|DE",
            "Hamburg|DE",
            "Vienna|AT",
            "Prague|CZ");
    private static final Map<String, String> LANGUAGE_OF_COUNTRY =
            Map.of("PL", "pl", "UA", "uk", "DE", "en", "AT", "en", "CZ", "en");
    private static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");
    private static final List<String> UPSELL = List.of("LOW", "MEDIUM", "HIGH");
    private static final List<String> OWNERS = List.of("admin", "analyst");

    // The IT vendor (Northwind Systems: a cloud and data platform).

    static final String EDITION = "Platform edition";
    static final String CUSTOMER_SINCE = "Customer since";
    static final String ATTENDED_LAST_CONFERENCE = "Attended last conference";
    private static final List<String> IT_INDUSTRIES = List.of(
            "Banking",
            "Insurance",
            "Retail",
            "Manufacturing",
            "Healthcare",
            "Public sector",
            "Logistics",
            "Telecommunications",
            "Energy",
            "Media");
    private static final List<String> IT_NAME_PARTS = List.of(
            "Baltic",
            "Vistula",
            "Carpathian",
            "Danube",
            "Nordic",
            "Amber",
            "Silesian",
            "Dnipro",
            "Alpine",
            "Central",
            "Polaris",
            "Meridian",
            "Granite",
            "Harbor",
            "Summit");
    private static final List<String> IT_NAME_KINDS = List.of(
            "Bank",
            "Insurance",
            "Retail Group",
            "Industries",
            "Health",
            "Logistics",
            "Telecom",
            "Energy",
            "Media",
            "Holding");
    private static final List<String> IT_POSITIONS = List.of(
            "CIO",
            "IT director",
            "Head of data",
            "Platform engineer",
            "Data engineer",
            "DevOps lead",
            "Procurement manager",
            "CFO",
            "Security officer",
            "Solution architect");
    private static final List<String> IT_PRODUCTS = List.of(
            "Platform licence|Licences",
            "Data warehouse add-on|Licences",
            "Premium support|Support",
            "Migration service|Services",
            "Training day|Services");

    static Book itVendor(Random random, LocalDate today) {
        List<Analytic> analytics = List.of(
                new Analytic(
                        "COMPANY",
                        EDITION,
                        "ENUMERATION",
                        List.of("Starter", "Business", "Enterprise"),
                        "The edition of the platform the account runs.",
                        true),
                new Analytic("COMPANY", CUSTOMER_SINCE, "DATE", List.of(), "The date of the first contract.", false),
                new Analytic(
                        "CONTACT",
                        ATTENDED_LAST_CONFERENCE,
                        "BOOLEAN",
                        List.of(),
                        "Came to last year's customer conference.",
                        false));
        List<Company> companies = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        List<Purchase> purchases = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            String industry = pick(random, IT_INDUSTRIES);
            String status = weighted(random, "CURRENT", 50, "POTENTIAL", 40, "FORMER", 10);
            Map<String, String> values = new LinkedHashMap<>();
            if (!status.equals("POTENTIAL")) {
                values.put(EDITION, weighted(random, "Starter", 30, "Business", 50, "Enterprise", 20));
                values.put(
                        CUSTOMER_SINCE,
                        today.minusDays(200 + random.nextInt(3000)).toString());
            }
            String name = pick(random, IT_NAME_PARTS) + " " + pick(random, IT_NAME_KINDS) + " " + (c + 1);
            Company company = new Company(
                    "nw-co-" + c,
                    name,
                    industry,
                    city(random).name(),
                    pick(random, SIZES),
                    status,
                    pick(random, UPSELL),
                    pick(random, OWNERS),
                    values);
            companies.add(company);
            int staff = 4 + random.nextInt(13);
            for (int p = 0; p < staff; p++) {
                String position = pick(random, IT_POSITIONS);
                Contact contact = contact(
                        random,
                        "nw-ct-" + contacts.size(),
                        company,
                        domain(name),
                        position,
                        position.startsWith("CIO") || position.startsWith("Head") || position.contains("architect"),
                        position.startsWith("CIO") || position.startsWith("CFO") || position.contains("director"));
                if (status.equals("CURRENT") && random.nextInt(4) == 0) {
                    contact.analytics().put(ATTENDED_LAST_CONFERENCE, "true");
                }
                contacts.add(contact);
            }
            if (!status.equals("POTENTIAL")) {
                int count = 1 + random.nextInt(6);
                for (int n = 0; n < count; n++) {
                    purchases.add(
                            purchase(random, "nw-pu-" + purchases.size(), company.externalId(), today, IT_PRODUCTS));
                }
            }
        }
        List<TargetGroup> groups = List.of(
                new TargetGroup(
                        "Conference: key staff of current accounts",
                        "Personalised email invitation in two waves, then a call from the account manager.",
                        ids -> all(
                                company(CompanyCondition.Field.STATUS, "CURRENT"),
                                contact(ContactCondition.Field.KEY_STAFF),
                                consent(ConsentChannel.EMAIL, ConsentState.GRANTED))),
                new TargetGroup(
                        "Conference: management of prospects",
                        "Mailed invitation card, then a call.",
                        ids -> all(
                                company(CompanyCondition.Field.STATUS, "POTENTIAL"),
                                contact(ContactCondition.Field.MANAGEMENT),
                                consent(ConsentChannel.POST, ConsentState.GRANTED))));
        return new Book(DemoData.WORKSPACE, analytics, companies, contacts, List.of(), purchases, groups);
    }

    // The refrigeration equipment maker (Polar Frost Refrigeration).

    static final String SEGMENT = "Market segment";
    static final String SERVICE_CONTRACT = "Service contract";
    static final String REFRIGERATION_WORKSPACE = "Polar Frost Refrigeration (demo)";
    private static final List<String> MARKET_SEGMENTS =
            List.of("Food retail", "HoReCa", "Pharmacy", "Cold chain logistics", "Food production");
    private static final List<String> FRIDGE_NAME_PARTS =
            List.of("Frost", "Arctic", "Fresh", "Nord", "Glacier", "Cool", "Ice", "Crystal", "Market", "Gastro");
    private static final List<String> FRIDGE_NAME_KINDS =
            List.of("Market", "Gastro", "Pharma", "Logistics", "Foods", "Hotels", "Dairy", "Bakery");
    private static final List<String> FRIDGE_POSITIONS = List.of(
            "Owner",
            "Managing director",
            "Store manager",
            "Chief engineer",
            "Facility manager",
            "Buyer",
            "Service technician",
            "Head chef");
    private static final List<String> FRIDGE_SALES = List.of(
            "Service visit|Service",
            "Spare parts kit|Parts",
            "Refrigerant refill|Service",
            "Door gasket set|Parts",
            "Blast chiller|Equipment");
    private static final List<String> FRIDGE_PRODUCTS = List.of(
            "Refrigerated display case|RD",
            "Walk-in cold room|WC",
            "Blast chiller|BC",
            "Ice machine|IM",
            "Condensing unit|CU");

    static Book refrigeration(Random random, LocalDate today) {
        List<Analytic> analytics = List.of(
                new Analytic(
                        "COMPANY",
                        SEGMENT,
                        "ENUMERATION",
                        MARKET_SEGMENTS,
                        "The market the account serves; it decides which products and bonuses fit.",
                        true),
                new Analytic(
                        "COMPANY",
                        SERVICE_CONTRACT,
                        "BOOLEAN",
                        List.of(),
                        "The account has a maintenance contract.",
                        false));
        List<Company> companies = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        List<Equipment> equipment = new ArrayList<>();
        List<Purchase> purchases = new ArrayList<>();
        for (int c = 0; c < 180; c++) {
            String segment = pick(random, MARKET_SEGMENTS);
            String status = weighted(random, "CURRENT", 55, "POTENTIAL", 35, "FORMER", 10);
            Map<String, String> values = new LinkedHashMap<>();
            values.put(SEGMENT, segment);
            if (status.equals("CURRENT")) {
                values.put(SERVICE_CONTRACT, Boolean.toString(random.nextBoolean()));
            }
            String name = pick(random, FRIDGE_NAME_PARTS) + " " + pick(random, FRIDGE_NAME_KINDS) + " " + (c + 1);
            Company company = new Company(
                    "pf-co-" + c,
                    name,
                    segment,
                    city(random).name(),
                    pick(random, SIZES),
                    status,
                    weighted(random, "LOW", 40, "MEDIUM", 35, "HIGH", 25),
                    pick(random, OWNERS),
                    values);
            companies.add(company);
            int staff = 2 + random.nextInt(5);
            for (int p = 0; p < staff; p++) {
                String position = FRIDGE_POSITIONS.get(p < 2 ? p : random.nextInt(FRIDGE_POSITIONS.size()));
                contacts.add(contact(
                        random,
                        "pf-ct-" + contacts.size(),
                        company,
                        domain(name),
                        position,
                        position.contains("engineer") || position.contains("manager") || position.equals("Buyer"),
                        position.equals("Owner") || position.equals("Managing director")));
            }
            if (!status.equals("POTENTIAL")) {
                int pieces = 1 + random.nextInt(5);
                for (int n = 0; n < pieces; n++) {
                    String[] product = pick(random, FRIDGE_PRODUCTS).split("\\|");
                    // Production years from 2010 on: the exhibition's offers split the fleet before and after 2019.
                    LocalDate produced = LocalDate.of(2010 + random.nextInt(today.getYear() - 2010), 1, 1)
                            .plusDays(random.nextInt(360));
                    LocalDate bought = produced.plusDays(20 + random.nextInt(150));
                    equipment.add(new Equipment(
                            "pf-eq-" + equipment.size(),
                            company.externalId(),
                            product[0],
                            product[1] + "-" + (100 + random.nextInt(800)),
                            produced,
                            bought.isAfter(today) ? today : bought,
                            1 + random.nextInt(4)));
                }
                int count = random.nextInt(4);
                for (int n = 0; n < count; n++) {
                    purchases.add(
                            purchase(random, "pf-pu-" + purchases.size(), company.externalId(), today, FRIDGE_SALES));
                }
            }
        }
        List<TargetGroup> groups = List.of(
                new TargetGroup(
                        "Exhibition: current clients with equipment from 2019, upsell medium or high",
                        "Personalised email to key staff.",
                        ids -> all(
                                company(CompanyCondition.Field.STATUS, "CURRENT"),
                                equipment(new DateRange(LocalDate.of(2019, 1, 1), null), null),
                                company(CompanyCondition.Field.UPSELL_POTENTIAL, "MEDIUM", "HIGH"),
                                contact(ContactCondition.Field.KEY_STAFF))),
                new TargetGroup(
                        "Exhibition: current clients operating equipment bought before 2016",
                        "Personalised postal flyer to management describing the trade-in bonuses.",
                        ids -> all(
                                company(CompanyCondition.Field.STATUS, "CURRENT"),
                                equipment(null, new DateRange(null, LocalDate.of(2015, 12, 31))),
                                contact(ContactCondition.Field.MANAGEMENT))),
                new TargetGroup(
                        "Exhibition: potential clients in food retail and HoReCa",
                        "Postal flyer to management.",
                        ids -> all(
                                company(CompanyCondition.Field.STATUS, "POTENTIAL"),
                                analytic(ids.get(SEGMENT), "Food retail", "HoReCa"),
                                contact(ContactCondition.Field.MANAGEMENT))));
        return new Book(REFRIGERATION_WORKSPACE, analytics, companies, contacts, equipment, purchases, groups);
    }

    private static Rule all(Condition... conditions) {
        return new Rule(
                Arrays.stream(conditions)
                        .map(condition -> new Rule(null, null, null, condition))
                        .toList(),
                null,
                null,
                null);
    }

    private static Condition company(CompanyCondition.Field field, String... anyOf) {
        return new Condition(null, new CompanyCondition(field, List.of(anyOf)), null, null, null, null, null);
    }

    private static Condition contact(ContactCondition.Field field) {
        return new Condition(new ContactCondition(field, true, null), null, null, null, null, null, null);
    }

    private static Condition consent(ConsentChannel channel, ConsentState state) {
        return new Condition(null, null, null, null, null, new ConsentCondition(channel, state), null);
    }

    private static Condition analytic(String analyticId, String... anyOf) {
        return new Condition(
                null,
                null,
                new AnalyticCondition(analyticId, null, List.of(anyOf), null, null, null, null),
                null,
                null,
                null,
                null);
    }

    private static Condition equipment(DateRange productionDate, DateRange purchaseDate) {
        return new Condition(
                null,
                null,
                null,
                new EquipmentCondition(Owner.CONTACT_OR_COMPANY, null, null, productionDate, purchaseDate),
                null,
                null,
                null);
    }

    private record City(String name, String country) {}

    private static City city(Random random) {
        String[] parts = pick(random, CITIES).split("\\|");
        return new City(parts[0], parts[1]);
    }

    private static Contact contact(
            Random random,
            String externalId,
            Company company,
            String domain,
            String position,
            boolean keyStaff,
            boolean management) {
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        City city = city(random);
        Map<String, String> consent = new LinkedHashMap<>();
        String email = weighted(random, "GRANTED", 70, "WITHDRAWN", 8, "", 22);
        if (!email.isEmpty()) {
            consent.put("EMAIL", email);
        }
        if (random.nextInt(100) < 60) {
            consent.put("POST", "GRANTED");
        }
        if (random.nextInt(100) < 45) {
            consent.put("PHONE", random.nextInt(10) == 0 ? "WITHDRAWN" : "GRANTED");
        }
        if (random.nextInt(100) < 25) {
            consent.put("SMS", "GRANTED");
        }
        // A few people have no address on file, which the quality dashboard shows.
        String address = random.nextInt(100) < 6
                ? ""
                : (first + "." + last).toLowerCase(Locale.ROOT) + "." + externalId.replaceAll("\\D", "") + "@" + domain;
        return new Contact(
                externalId,
                company.externalId(),
                first,
                last,
                position,
                keyStaff,
                management,
                address,
                "+48 " + (500 + random.nextInt(400)) + " " + (100 + random.nextInt(900)) + " "
                        + (100 + random.nextInt(900)),
                city.name(),
                city.country(),
                LANGUAGE_OF_COUNTRY.get(city.country()),
                new LinkedHashMap<>(),
                consent);
    }

    private static Purchase purchase(
            Random random, String externalId, String companyExternalId, LocalDate today, List<String> catalogue) {
        OffsetDateTime at = today.minusDays(1 + random.nextInt(1500))
                .atTime(8 + random.nextInt(10), random.nextInt(60))
                .atOffset(ZoneOffset.UTC);
        List<Item> items = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO;
        int lines = 1 + random.nextInt(3);
        for (int n = 0; n < lines; n++) {
            int quantity = 1 + random.nextInt(5);
            String[] product = pick(random, catalogue).split("\\|");
            items.add(new Item(product[0], product[1], quantity));
            amount = amount.add(BigDecimal.valueOf(200 + random.nextInt(2000)).multiply(BigDecimal.valueOf(quantity)));
        }
        return new Purchase(
                externalId, companyExternalId, null, at, amount.setScale(2, RoundingMode.HALF_UP), "EUR", items);
    }

    /** "Frost Market 12" → "frost-market-12.example". */
    private static String domain(String companyName) {
        return companyName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".example";
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of three values with the given weights (in percent). */
    private static String weighted(Random random, String a, int wa, String b, int wb, String c, int wc) {
        int roll = random.nextInt(wa + wb + wc);
        return roll < wa ? a : roll < wa + wb ? b : c;
    }
}
