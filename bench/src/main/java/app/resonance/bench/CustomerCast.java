package app.resonance.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Plausible values for a customer base of a refrigeration equipment vendor selling to food retail,
 * restaurants and hotels; all within the schema's limits.
 */
final class CustomerCast {

    static final List<String> INDUSTRIES = List.of(
            "Food retail",
            "Restaurants",
            "Hotels",
            "Catering",
            "Food production",
            "Pharmacy",
            "Logistics",
            "Dairy",
            "Bakery",
            "Beverages",
            "Convenience stores",
            "Hospitals");
    static final List<String> REGIONS = List.of(
            "Mazovia",
            "Lesser Poland",
            "Silesia",
            "Greater Poland",
            "Pomerania",
            "Lower Silesia",
            "Lodz",
            "West",
            "Bavaria",
            "Saxony",
            "Hesse",
            "Berlin",
            "Kyiv",
            "Lviv",
            "Odesa",
            "Kharkiv",
            "Vilnius",
            "Riga",
            "Tallinn",
            "Prague",
            "Brno",
            "Bratislava",
            "Vienna",
            "Budapest");
    static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");
    static final List<String> UPSELL = List.of("LOW", "MEDIUM", "HIGH");
    static final List<String> SECTORS = List.of("Chain", "Independent", "Franchise", "Public", "Wholesale");
    static final List<String> POSITIONS = List.of(
            "Owner",
            "Managing director",
            "Purchasing manager",
            "Store manager",
            "Chef",
            "Facility manager",
            "Technician",
            "Finance director",
            "Operations manager",
            "Assistant");
    /** A city with its ISO country code. */
    record Place(String city, String country) {}

    static final List<Place> PLACES = List.of(
            new Place("Warsaw", "PL"),
            new Place("Krakow", "PL"),
            new Place("Katowice", "PL"),
            new Place("Poznan", "PL"),
            new Place("Gdansk", "PL"),
            new Place("Wroclaw", "PL"),
            new Place("Lodz", "PL"),
            new Place("Munich", "DE"),
            new Place("Berlin", "DE"),
            new Place("Kyiv", "UA"),
            new Place("Lviv", "UA"),
            new Place("Vilnius", "LT"),
            new Place("Riga", "LV"),
            new Place("Tallinn", "EE"),
            new Place("Prague", "CZ"),
            new Place("Vienna", "AT"));
    static final List<String> LANGUAGES = List.of("pl", "pl", "en", "uk", "ru", "de");
    static final List<String> PRODUCTS = List.of(
            "Display cabinet",
            "Walk-in cold room",
            "Blast chiller",
            "Ice machine",
            "Refrigerated counter",
            "Chest freezer",
            "Condensing unit",
            "Wine cooler",
            "Refrigerated island",
            "Service contract");
    static final List<String> CATEGORIES =
            List.of("Refrigeration", "Freezing", "Spare parts", "Service", "Installation", "Accessories");
    static final List<String> CONSENT_SOURCES = List.of("Web form", "Trade fair 2025", "Contract", "Phone call");
    static final List<String> FIRST_NAMES = List.of(
            "Anna",
            "Piotr",
            "Katarzyna",
            "Tomasz",
            "Maria",
            "Pawel",
            "Agnieszka",
            "Michal",
            "Olena",
            "Andrii",
            "Iryna",
            "Oleksandr",
            "Jonas",
            "Lena",
            "Lukas",
            "Sophie",
            "Jan",
            "Eva",
            "Martin",
            "Petra",
            "Ruta",
            "Mantas",
            "Liga",
            "Janis",
            "Kadri",
            "Marek",
            "Zofia",
            "Krzysztof",
            "Natalia",
            "Dmytro",
            "Yulia",
            "Felix",
            "Emma",
            "Jakub",
            "Tereza",
            "Ewa",
            "Adam",
            "Magdalena",
            "Serhii",
            "Kateryna");
    static final List<String> LAST_NAMES = List.of(
            "Nowak",
            "Kowalski",
            "Wisniewska",
            "Wojcik",
            "Kaminski",
            "Lewandowska",
            "Zielinski",
            "Szymanska",
            "Shevchenko",
            "Kovalenko",
            "Bondarenko",
            "Tkachenko",
            "Muller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Novak",
            "Svoboda",
            "Dvorak",
            "Kazlauskas",
            "Berzins",
            "Tamm",
            "Saar",
            "Mazur",
            "Krawczyk",
            "Pawlak",
            "Dudek",
            "Melnyk",
            "Kravchenko",
            "Hoffmann",
            "Wagner",
            "Becker",
            "Horak",
            "Cerny",
            "Jankowski",
            "Grabowska",
            "Pietrzak",
            "Lysenko",
            "Marchenko",
            "Baran",
            "Sikora",
            "Walczak",
            "Rutkowska",
            "Ostrowski",
            "Koch",
            "Richter",
            "Wolf",
            "Klein",
            "Zimmermann");
    private static final List<String> NAME_PARTS = List.of(
            "Nord",
            "Frost",
            "Polar",
            "Arctic",
            "Fresh",
            "Green",
            "Baltic",
            "Vistula",
            "Carpathian",
            "Golden",
            "Silver",
            "Sun",
            "Royal",
            "City",
            "Market",
            "Urban",
            "Euro",
            "Central",
            "Prime",
            "Alpine");
    private static final List<String> NAME_KINDS = List.of(
            "Foods",
            "Market",
            "Hotels",
            "Catering",
            "Bistro",
            "Dairy",
            "Bakery",
            "Pharma",
            "Logistics",
            "Stores",
            "Kitchen",
            "Delikatesy",
            "Gastro",
            "Group",
            "Trade");
    private static final List<String> LEGAL_FORMS = List.of("Sp. z o.o.", "S.A.", "GmbH", "TOV", "UAB", "s.r.o.", "");
    private static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net", "mail.example");

    private CustomerCast() {}

    static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Names repeat (chains, branches), as in a real base; name + region mostly tells them apart. */
    static String companyName(SplittableRandom random) {
        String legal = pick(random, LEGAL_FORMS);
        String name = pick(random, NAME_PARTS) + " " + pick(random, NAME_KINDS) + " " + (1 + random.nextInt(99));
        return legal.isEmpty() ? name : name + " " + legal;
    }

    /** The first name of contact {@code index}: computed, so a later duplicate can repeat it. */
    static String firstName(int index) {
        return FIRST_NAMES.get(Math.floorMod(mix(index), FIRST_NAMES.size()));
    }

    static String lastName(int index) {
        return LAST_NAMES.get(Math.floorMod(mix(index) >>> 16, LAST_NAMES.size()));
    }

    /** Unique per contact index. */
    static String email(int index) {
        return (firstName(index) + "." + lastName(index)).toLowerCase(Locale.ROOT) + "." + index + "@"
                + DOMAINS.get(index % DOMAINS.size());
    }

    static String phone(SplittableRandom random) {
        return "+48 " + (500 + random.nextInt(400)) + " " + (100 + random.nextInt(900)) + " "
                + (100 + random.nextInt(900));
    }

    static String model(SplittableRandom random) {
        return (char) ('A' + random.nextInt(6)) + "-" + (100 + random.nextInt(900));
    }

    private static int mix(int index) {
        int h = index * 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
