package app.resonance.demo;

import static app.resonance.demo.DemoMediaField.AGENCY;
import static app.resonance.demo.DemoMediaField.ANALYSTS;
import static app.resonance.demo.DemoMediaField.BLOG;
import static app.resonance.demo.DemoMediaField.CIOS;
import static app.resonance.demo.DemoMediaField.CLIENT;
import static app.resonance.demo.DemoMediaField.CONTOSO;
import static app.resonance.demo.DemoMediaField.ENGINEERS;
import static app.resonance.demo.DemoMediaField.FABRIKAM;
import static app.resonance.demo.DemoMediaField.INVESTORS;
import static app.resonance.demo.DemoMediaField.MEDIA;
import static app.resonance.demo.DemoMediaField.OTHER;
import static app.resonance.demo.DemoMediaField.PRESS;
import static app.resonance.demo.DemoMediaField.PROCUREMENT;
import static app.resonance.demo.DemoMediaField.SOCIAL;
import static app.resonance.demo.DemoMediaField.TV_RADIO;

import app.resonance.demo.DemoMediaField.Brand;
import app.resonance.demo.DemoMediaField.Channel;
import app.resonance.demo.DemoMediaField.Segment;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Six months of coverage of the demo's four brands, written from title templates with a fixed
 * seed, so every start-up tells the same story relative to its own day:
 * <ul>
 * <li>a steady background of launches, reviews, results, deals, rankings and pricing news;</li>
 * <li>Northwind's weak cells: never on TV or radio, thin in financial news, and procurement
 * managers mostly unhappy with its licensing;</li>
 * <li>a Northwind Data Cloud outage about 75 days ago: a week-long spike of negative coverage;</li>
 * <li>a Fabrikam security breach about 40 days ago;</li>
 * <li>Contoso's AI Studio campaign in the last 30 days: a surge in blogs and social networks,
 * aimed at IT engineers, that the client has not answered.</li>
 * </ul>
 */
final class DemoCoverage {

    static final int BACKGROUND = 470;
    static final int CONTOSO_SURGE = 70;
    static final int NORTHWIND_OUTAGE = 40;
    static final int FABRIKAM_BREACH = 20;

    record Assessment(String segment, double impact, String sentiment) {}

    record Publication(
            String externalId,
            OffsetDateTime publishedAt,
            String brand,
            String channel,
            String title,
            String url,
            String author,
            double weight,
            List<Assessment> assessments) {}

    /** Titles by tone, so that a title never contradicts the sentiment of its assessments. */
    private record Topic(
            List<String> audience,
            List<String> channelTypes,
            double positive,
            double negative,
            List<String> positiveTitles,
            List<String> neutralTitles,
            List<String> negativeTitles) {

        List<String> titles(String tone) {
            return switch (tone) {
                case "POSITIVE" -> positiveTitles;
                case "NEGATIVE" -> negativeTitles;
                default -> neutralTitles;
            };
        }
    }

    private static final Topic LAUNCH = new Topic(
            List.of(CIOS, ENGINEERS, ANALYSTS, PRESS),
            List.of(MEDIA, BLOG, SOCIAL, AGENCY, OTHER),
            0.6,
            0.07,
            List.of(
                    "{brand} launches {product} with {feature}",
                    "{product} brings {feature} to every customer",
                    "First look: {feature} in {product} impresses early users"),
            List.of(
                    "{brand} unveils {product} {version}",
                    "{product} {version} is now generally available",
                    "What's new in {product} {version}"),
            List.of(
                    "{product} {version} arrives late and without {feature}",
                    "Early users report rough edges in {product} {version}"));

    private static final Topic TECHNICAL = new Topic(
            List.of(ENGINEERS, ANALYSTS, CIOS),
            List.of(BLOG, SOCIAL, OTHER, MEDIA),
            0.45,
            0.2,
            List.of(
                    "Hands-on with {product}: {feature} done right",
                    "Migrating {n} TB to {product}: faster than we expected",
                    "Benchmark: {product} leads on query latency"),
            List.of(
                    "{product} {version} release notes: what changes for operators",
                    "Setting up {feature} in {product}, step by step",
                    "Comparing {product} with its rivals on {feature}"),
            List.of(
                    "Why our team moved off {product}",
                    "{product} {version} breaks {feature} for some workloads",
                    "Benchmark: {product} falls behind on cost per query"));

    private static final Topic FINANCIAL = new Topic(
            List.of(INVESTORS, PRESS, ANALYSTS),
            List.of(MEDIA, AGENCY, TV_RADIO),
            0.4,
            0.3,
            List.of(
                    "{brand} beats estimates as cloud revenue grows {pct}%",
                    "{brand} raises full-year guidance", "{brand} shares jump after a record quarter"),
            List.of(
                    "{brand} reports quarterly results in line with forecasts",
                    "{brand} to hold investor day in {city}"),
            List.of(
                    "{brand} shares slip after cautious guidance",
                    "{brand} misses revenue targets as deals slip",
                    "{brand} cuts {pct}% of its sales staff"));

    private static final Topic CUSTOMER = new Topic(
            List.of(CIOS, PROCUREMENT, ANALYSTS, PRESS),
            List.of(MEDIA, AGENCY, SOCIAL, OTHER),
            0.6,
            0.05,
            List.of(
                    "{customer} picks {brand} for its data platform",
                    "{customer} cuts reporting time by {pct}% with {product}",
                    "{customer} expands its {brand} contract"),
            List.of("{customer} runs a pilot of {product}", "{customer} compares {product} with two rivals"),
            List.of("{customer} drops {product} after a failed rollout"));

    private static final Topic ANALYST = new Topic(
            List.of(ANALYSTS, CIOS, INVESTORS),
            List.of(OTHER, BLOG, MEDIA, AGENCY),
            0.45,
            0.2,
            List.of(
                    "{brand} named a leader in the cloud data platform ranking",
                    "Analysts praise {brand}'s roadmap for {feature}"),
            List.of(
                    "Market guide: where {brand} fits among cloud data platforms",
                    "{brand} holds its place in the annual vendor ranking"),
            List.of(
                    "Analysts: {brand} trails rivals on {feature}",
                    "{brand} drops out of the leaders in the vendor ranking"));

    private static final Topic PRICING = new Topic(
            List.of(PROCUREMENT, CIOS),
            List.of(MEDIA, BLOG, OTHER, SOCIAL),
            0.2,
            0.4,
            List.of("{brand} cuts {product} prices by {pct}%", "{brand} simplifies licensing for {product}"),
            List.of(
                    "What {product} really costs: a total-cost comparison",
                    "{brand} changes how {product} is licensed"),
            List.of(
                    "{product} price rise of {pct}% angers customers",
                    "Customers complain about {brand}'s audit clauses"));

    private static final Topic EMPLOYER = new Topic(
            List.of(PRESS, ENGINEERS, INVESTORS),
            List.of(MEDIA, SOCIAL, TV_RADIO),
            0.55,
            0.05,
            List.of(
                    "{brand} opens an engineering hub in {city}",
                    "{brand} named one of the best places to work in tech",
                    "{brand} to hire 300 engineers in {city}"),
            List.of("{brand} appoints a new chief technology officer", "Inside {brand}'s engineering culture"),
            List.of("{brand} staff criticise the return-to-office plan"));

    private static final Topic OUTAGE = new Topic(
            List.of(CIOS, ENGINEERS, INVESTORS, PRESS),
            List.of(AGENCY, MEDIA, SOCIAL, BLOG),
            0.02,
            0.85,
            List.of("{brand} restores {product} and promises service credits"),
            List.of(
                    "{brand} publishes the root-cause report on the {product} outage",
                    "What the {product} outage means for cloud buyers"),
            List.of(
                    "Outage at {brand} takes {product} offline for hours",
                    "{product} customers report lost data after the outage",
                    "{brand} outage hits banks and retailers",
                    "Engineers vent as {product} stays down"));

    private static final Topic BREACH = new Topic(
            List.of(CIOS, ENGINEERS, PROCUREMENT, PRESS),
            List.of(MEDIA, AGENCY, BLOG, SOCIAL),
            0,
            0.85,
            List.of(),
            List.of("{brand} explains the {product} vulnerability"),
            List.of(
                    "{brand} confirms a security flaw in {product}",
                    "Attackers exploited a {product} flaw for weeks",
                    "Regulator looks into the {brand} data breach"));

    private static final List<Topic> BACKGROUND_TOPICS =
            List.of(LAUNCH, TECHNICAL, FINANCIAL, CUSTOMER, ANALYST, PRICING, EMPLOYER);
    /** Shares in the order of {@link #BACKGROUND_TOPICS}. */
    private static final double[] TOPIC_SHARE = {0.17, 0.2, 0.14, 0.16, 0.1, 0.11, 0.12};
    /** Northwind is thin in financial news: the investors' cell the client should work on. */
    private static final double[] CLIENT_TOPIC_SHARE = {0.2, 0.22, 0.03, 0.18, 0.12, 0.12, 0.13};
    /** In the order of {@link DemoMediaField#BRANDS}: Northwind, Contoso, Fabrikam, Initech. */
    private static final double[] BRAND_SHARES = {0.32, 0.28, 0.22, 0.18};

    private final Random random;
    private final LocalDate today;
    private final List<Publication> publications = new ArrayList<>();

    private DemoCoverage(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** All publications, oldest first, numbered demo-0001, demo-0002, … in that order. */
    static List<Publication> generate(long seed, LocalDate today) {
        DemoCoverage coverage = new DemoCoverage(seed, today);
        coverage.background();
        coverage.northwindOutage();
        coverage.fabrikamBreach();
        coverage.contosoSurge();
        return coverage.numbered();
    }

    private void background() {
        for (int i = 0; i < BACKGROUND; i++) {
            Brand brand = pick(DemoMediaField.BRANDS, BRAND_SHARES);
            boolean client = brand.name().equals(CLIENT);
            Topic topic = pick(BACKGROUND_TOPICS, client ? CLIENT_TOPIC_SHARE : TOPIC_SHARE);
            List<String> types = client
                    ? topic.channelTypes().stream()
                            .filter(type -> !type.equals(TV_RADIO))
                            .toList()
                    : topic.channelTypes();
            publish(brand, pick(brand.products()), topic, types, 1 + random.nextInt(182), tone(topic), List.of());
        }
    }

    private void northwindOutage() {
        Brand northwind = brand(CLIENT);
        for (int i = 0; i < NORTHWIND_OUTAGE; i++) {
            // Most of it on the first two days, then it fades.
            int daysAgo = 75 - (int) Math.floor(6 * Math.pow(random.nextDouble(), 2.5));
            publish(
                    northwind,
                    "Northwind Data Cloud",
                    OUTAGE,
                    OUTAGE.channelTypes(),
                    daysAgo,
                    tone(OUTAGE),
                    List.of(CIOS));
        }
    }

    private void fabrikamBreach() {
        Brand fabrikam = brand(FABRIKAM);
        for (int i = 0; i < FABRIKAM_BREACH; i++) {
            int daysAgo = 40 - (int) Math.floor(5 * Math.pow(random.nextDouble(), 2));
            publish(
                    fabrikam,
                    "Fabrikam Catalog",
                    BREACH,
                    BREACH.channelTypes(),
                    daysAgo,
                    tone(BREACH),
                    List.of(PROCUREMENT));
        }
    }

    private void contosoSurge() {
        Brand contoso = brand(CONTOSO);
        for (int i = 0; i < CONTOSO_SURGE; i++) {
            // Growing towards today: the campaign is still running.
            int daysAgo = 1 + (int) Math.floor(30 * Math.pow(random.nextDouble(), 1.8));
            Topic topic = random.nextDouble() < 0.6 ? LAUNCH : TECHNICAL;
            String tone = random.nextDouble() < 0.85 ? "POSITIVE" : "NEUTRAL";
            publish(contoso, "Contoso AI Studio", topic, List.of(BLOG, SOCIAL), daysAgo, tone, List.of(ENGINEERS));
        }
    }

    /** One publication; {@code mustAssess} segments are always among the assessed ones, with a high impact. */
    private void publish(
            Brand brand,
            String product,
            Topic topic,
            List<String> channelTypes,
            int daysAgo,
            String tone,
            List<String> mustAssess) {
        Channel channel = pick(DemoMediaField.CHANNELS.stream()
                .filter(candidate -> channelTypes.contains(candidate.type()))
                .toList());
        String title = fill(pick(topic.titles(tone)), brand, product);
        OffsetDateTime publishedAt = today.minusDays(daysAgo)
                .atTime(LocalTime.of(6 + random.nextInt(15), random.nextInt(60)))
                .atOffset(ZoneOffset.UTC);
        String url = channel.url() + "/" + publishedAt.toLocalDate().toString().replace('-', '/') + "/" + slug(title);
        String author = channel.type().equals(AGENCY) ? channel.name() + " staff" : pick(DemoMediaField.AUTHORS);
        double weight = round(0.2 + 0.8 * random.nextDouble());
        publications.add(new Publication(
                null,
                publishedAt,
                brand.name(),
                channel.name(),
                title,
                url,
                author,
                weight,
                assessments(brand, topic, tone, mustAssess)));
    }

    private List<Assessment> assessments(Brand brand, Topic topic, String tone, List<String> mustAssess) {
        List<String> audience = new ArrayList<>(topic.audience());
        Collections.shuffle(audience, random);
        List<String> others = new ArrayList<>(DemoMediaField.SEGMENTS.stream()
                .map(Segment::name)
                .filter(name -> !audience.contains(name))
                .toList());
        Collections.shuffle(others, random);
        List<String> ordered = new ArrayList<>(mustAssess);
        audience.stream().filter(name -> !ordered.contains(name)).forEach(ordered::add);
        others.stream().filter(name -> !ordered.contains(name)).forEach(ordered::add);

        int count = Math.max(mustAssess.size(), pick(List.of(1, 2, 3, 4), new double[] {0.25, 0.35, 0.25, 0.15}));
        List<Assessment> assessments = new ArrayList<>();
        for (String segment : ordered.subList(0, count)) {
            boolean core = mustAssess.contains(segment) || topic.audience().contains(segment);
            double impact = core ? 0.35 + 0.6 * random.nextDouble() : 0.05 + 0.35 * random.nextDouble();
            assessments.add(new Assessment(segment, round(impact), sentiment(brand, segment, tone)));
        }
        return assessments;
    }

    /** Segments mostly share the publication's tone; some read it as neutral. */
    private String sentiment(Brand brand, String segment, String tone) {
        if (brand.name().equals(CLIENT) && segment.equals(PROCUREMENT)) {
            // Northwind's licensing is a standing complaint among buyers.
            return random.nextDouble() < 0.6 ? "NEGATIVE" : "NEUTRAL";
        }
        return random.nextDouble() < 0.8 ? tone : "NEUTRAL";
    }

    private String tone(Topic topic) {
        double roll = random.nextDouble();
        return roll < topic.positive()
                ? "POSITIVE"
                : roll < topic.positive() + topic.negative() ? "NEGATIVE" : "NEUTRAL";
    }

    private String fill(String template, Brand brand, String product) {
        return template.replace("{brand}", brand.name())
                .replace("{product}", product)
                .replace("{customer}", pick(DemoMediaField.CUSTOMERS))
                .replace("{city}", pick(DemoMediaField.CITIES))
                .replace("{feature}", pick(DemoMediaField.FEATURES))
                .replace("{pct}", Integer.toString(5 + random.nextInt(36)))
                .replace("{n}", Integer.toString(10 * (2 + random.nextInt(50))))
                .replace("{version}", (3 + random.nextInt(3)) + "." + random.nextInt(10));
    }

    private List<Publication> numbered() {
        publications.sort(Comparator.comparing(Publication::publishedAt).thenComparing(Publication::title));
        List<Publication> numbered = new ArrayList<>(publications.size());
        for (int i = 0; i < publications.size(); i++) {
            Publication p = publications.get(i);
            numbered.add(new Publication(
                    "demo-%04d".formatted(i + 1),
                    p.publishedAt(),
                    p.brand(),
                    p.channel(),
                    p.title(),
                    p.url(),
                    p.author(),
                    p.weight(),
                    p.assessments()));
        }
        return numbered;
    }

    private static Brand brand(String name) {
        return DemoMediaField.BRANDS.stream()
                .filter(brand -> brand.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T pick(List<T> items, double[] shares) {
        double roll = random.nextDouble() * Arrays.stream(shares).sum();
        for (int i = 0; i < items.size(); i++) {
            roll -= shares[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
