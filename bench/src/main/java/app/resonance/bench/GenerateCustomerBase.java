package app.resonance.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a big customer base as CSV files: companies, contacts (most at a company, the rest
 * consumers), equipment of the companies, purchases with their items, consent and two analytics.
 * Same options and seed, same files; every file is written as it is made, so memory stays flat.
 * About 1 % of the contacts repeat an earlier contact's email in other case (suspected duplicates).
 *
 * <pre>
 * java -cp bench/target/resonance-bench.jar app.resonance.bench.GenerateCustomerBase --out /tmp/customers-1m
 * </pre>
 */
public final class GenerateCustomerBase {

    private static final LocalDate FIRST_PRODUCTION = LocalDate.of(2008, 1, 1);

    private final Options options;
    private final SplittableRandom random;

    GenerateCustomerBase(Options options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        new GenerateCustomerBase(options).write();
        System.out.printf(
                "Wrote %,d companies, %,d contacts, %,d equipment rows, %,d purchases to %s in %.1f s%n",
                options.companies(),
                options.contacts(),
                options.equipment(),
                options.purchases(),
                options.out().toAbsolutePath(),
                (System.nanoTime() - started) / 1e9);
    }

    void write() throws IOException {
        Files.createDirectories(options.out());
        writeCompanies();
        writeContacts();
        writeEquipment();
        writePurchases();
    }

    /** With the company analytic "Sector" (an ENUMERATION) set for about 80 % of them. */
    private void writeCompanies() throws IOException {
        try (CSVPrinter companies = printer(
                "companies.csv",
                "external_id",
                "name",
                "industry",
                "region",
                "size",
                "status",
                "upsell_potential",
                "sector")) {
            for (int i = 0; i < options.companies(); i++) {
                int roll = random.nextInt(100);
                companies.printRecord(
                        companyId(i),
                        CustomerCast.companyName(random),
                        CustomerCast.pick(random, CustomerCast.INDUSTRIES),
                        CustomerCast.pick(random, CustomerCast.REGIONS),
                        CustomerCast.SIZES.get(weighted(45, 30, 18)),
                        roll < 35 ? "CURRENT" : roll < 90 ? "POTENTIAL" : "FORMER",
                        random.nextInt(10) < 4 ? null : CustomerCast.pick(random, CustomerCast.UPSELL),
                        random.nextInt(10) < 2 ? null : CustomerCast.pick(random, CustomerCast.SECTORS));
            }
        }
    }

    private void writeContacts() throws IOException {
        try (CSVPrinter contacts = printer(
                        "contacts.csv",
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
                        "preferred_language",
                        "lead_score");
                CSVPrinter consent =
                        printer("consent.csv", "contact_external_id", "channel", "state", "source", "changed_at")) {
            long end = endOfPeriod();
            for (int i = 0; i < options.contacts(); i++) {
                // Seven in ten work at a company; the rest are consumers.
                boolean atCompany = options.companies() > 0 && random.nextInt(10) < 7;
                // One in a hundred is an earlier contact again, the email in capitals.
                int person = i > 0 && random.nextInt(100) == 0 ? random.nextInt(i) : i;
                String email = random.nextInt(20) == 0 ? null : CustomerCast.email(person);
                if (person != i && email != null) {
                    email = email.toUpperCase(Locale.ROOT);
                }
                String id = contactId(i);
                CustomerCast.Place place = CustomerCast.PLACES.get(random.nextInt(CustomerCast.PLACES.size()));
                contacts.printRecord(
                        id,
                        atCompany ? companyId(random.nextInt(options.companies())) : null,
                        CustomerCast.firstName(person),
                        CustomerCast.lastName(person),
                        atCompany ? CustomerCast.pick(random, CustomerCast.POSITIONS) : null,
                        atCompany && random.nextInt(5) == 0,
                        atCompany && random.nextInt(10) == 0,
                        email,
                        random.nextInt(3) == 0 ? null : CustomerCast.phone(random),
                        place.city(),
                        place.country(),
                        CustomerCast.pick(random, CustomerCast.LANGUAGES),
                        random.nextBoolean() ? null : random.nextInt(101));
                consent(consent, id, "EMAIL", 60, 5, end);
                consent(consent, id, "SMS", 20, 5, end);
                consent(consent, id, "POST", 40, 2, end);
            }
        }
    }

    private void consent(CSVPrinter csv, String contact, String channel, int granted, int withdrawn, long end)
            throws IOException {
        int roll = random.nextInt(100);
        if (roll < granted + withdrawn) {
            long at = end - random.nextLong(3L * 365 * 86_400);
            csv.printRecord(
                    contact,
                    channel,
                    roll < granted ? "GRANTED" : "WITHDRAWN",
                    CustomerCast.pick(random, CustomerCast.CONSENT_SOURCES),
                    Instant.ofEpochSecond(at));
        }
    }

    private void writeEquipment() throws IOException {
        long days = FIRST_PRODUCTION.until(options.end()).toTotalMonths() * 30;
        try (CSVPrinter equipment = printer(
                "equipment.csv",
                "external_id",
                "company_external_id",
                "product",
                "model",
                "production_date",
                "purchase_date",
                "quantity")) {
            for (int i = 0; i < options.equipment() && options.companies() > 0; i++) {
                LocalDate produced = FIRST_PRODUCTION.plusDays(random.nextLong(days));
                LocalDate bought = produced.plusDays(random.nextInt(300));
                equipment.printRecord(
                        "eq-" + i,
                        companyId(random.nextInt(options.companies())),
                        CustomerCast.pick(random, CustomerCast.PRODUCTS),
                        CustomerCast.model(random),
                        produced,
                        bought.isAfter(options.end()) ? null : bought,
                        1 + random.nextInt(5));
            }
        }
    }

    /**
     * Purchases in time order over three years, one line per item (a purchase's lines share its
     * external id); mostly by contacts at a company, on the company's behalf.
     */
    private void writePurchases() throws IOException {
        long end = endOfPeriod();
        long start = end - 3L * 365 * 86_400;
        long n = options.purchases();
        try (CSVPrinter purchases = printer(
                "purchases.csv",
                "external_id",
                "contact_external_id",
                "purchased_at",
                "amount",
                "currency",
                "product",
                "category",
                "quantity")) {
            for (long i = 0; i < n && options.contacts() > 0; i++) {
                long at = start + (long) ((i + random.nextDouble()) * (end - start) / n);
                String id = "pu-" + i;
                String contact = contactId(random.nextInt(options.contacts()));
                String when = Instant.ofEpochSecond(Math.min(at, end - 1)).toString();
                BigDecimal amount = BigDecimal.valueOf(1_000 + random.nextInt(500_000), 2);
                int items = 1 + weighted(70, 20, 10);
                for (int item = 0; item < items; item++) {
                    purchases.printRecord(
                            id,
                            contact,
                            when,
                            amount,
                            "EUR",
                            CustomerCast.pick(random, CustomerCast.PRODUCTS),
                            CustomerCast.pick(random, CustomerCast.CATEGORIES),
                            1 + random.nextInt(3));
                }
            }
        }
    }

    /** 0, 1 or 2 with the given percentages for 0 and 1 and (when three are given) 2; 3 for the rest. */
    private int weighted(int... percents) {
        int roll = random.nextInt(100);
        int bound = 0;
        for (int i = 0; i < percents.length; i++) {
            bound += percents[i];
            if (roll < bound) {
                return i;
            }
        }
        return percents.length;
    }

    private long endOfPeriod() {
        return options.end().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static String companyId(int index) {
        return "co-" + index;
    }

    private static String contactId(int index) {
        return "ct-" + index;
    }

    private CSVPrinter printer(String file, String... header) throws IOException {
        Writer writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(options.out().resolve(file)), StandardCharsets.UTF_8),
                1 << 16);
        return new CSVPrinter(
                writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    record Options(int companies, int contacts, int equipment, long purchases, Path out, long seed, LocalDate end) {

        static final String USAGE = """
                Usage: GenerateCustomerBase [--companies N] [--contacts N] [--equipment N] [--purchases N]
                                            [--out DIR] [--seed SEED] [--end YYYY-MM-DD]
                  defaults: 200000 companies, 1000000 contacts, 300000 equipment rows, 5000000 purchases over
                            the three years before --end (today, UTC), out ./bench-customers, seed 42""";

        static Options parse(String[] args) {
            CommandLine line = new CommandLine(
                    args,
                    "Writes the CSV files of a benchmark customer base.",
                    List.of("--companies", "--contacts", "--equipment", "--purchases", "--out", "--seed", "--end"));
            Options options = new Options(
                    line.integer("--companies", 200_000),
                    line.integer("--contacts", 1_000_000),
                    line.integer("--equipment", 300_000),
                    line.number("--purchases", 5_000_000),
                    line.path("--out", Path.of("bench-customers")),
                    line.number("--seed", 42),
                    line.date("--end", LocalDate.now(ZoneOffset.UTC)));
            CommandLine.require(
                    options.companies() >= 0
                            && options.contacts() >= 0
                            && options.equipment() >= 0
                            && options.purchases() >= 0,
                    "Counts must be 0 or more");
            return options;
        }
    }
}
