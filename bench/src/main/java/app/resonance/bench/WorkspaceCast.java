package app.resonance.bench;

import java.util.List;
import java.util.Locale;

/**
 * Names for any number of segments, channels and brands: plausible words first, then
 * combinations, always unique, always within the schema's length limits.
 */
final class WorkspaceCast {

    static final List<String> CHANNEL_TYPES =
            List.of("MEDIA", "INDUSTRY_BLOG", "SOCIAL_NETWORK", "NEWS_AGENCY", "TV_RADIO", "OTHER");
    static final List<String> IMMERSIONS = List.of("EXPERT", "ENGAGED", "GENERAL");

    private static final List<String> ROLES = List.of(
            "CIOs",
            "CTOs",
            "IT engineers",
            "Data engineers",
            "Security officers",
            "Industry analysts",
            "Investors",
            "Business press readers",
            "Procurement managers",
            "Developers",
            "Solution architects",
            "CFOs",
            "Operations managers",
            "Startup founders",
            "Public sector IT",
            "Students");
    private static final List<String> REGIONS = List.of(
            "EMEA", "Americas", "APAC", "DACH", "Nordics", "UK and Ireland", "France", "Iberia", "Poland", "Japan");

    private static final List<String> CHANNEL_PREFIXES = List.of(
            "Cloud",
            "Data",
            "Enterprise",
            "Tech",
            "Business",
            "Digital",
            "IT",
            "Software",
            "Market",
            "Finance",
            "Platform",
            "Security");
    /** Per channel type, in the order of {@link #CHANNEL_TYPES}. */
    private static final List<List<String>> CHANNEL_SUFFIXES = List.of(
            List.of("Weekly", "Journal", "Review", "Times", "Magazine"),
            List.of("Blog", "Notes", "Digest", "Insider"),
            List.of("Community", "Forum", "Group", "Channel"),
            List.of("Wire", "Newswire", "Press Agency"),
            List.of("Tonight", "Radio", "TV", "Hour"),
            List.of("Reports", "Summit", "Podcast", "Reviews"));

    private static final List<String> PUBLISHERS = List.of(
            "Daily Media Group",
            "Ledger Media",
            "Stackhouse Publishing",
            "Courier Holdings",
            "Pipeline Press",
            "Gartwell Research",
            "National Broadcasting",
            "City Radio Network",
            "Summit Events",
            "Open Infrastructure Foundation",
            "Sourcing Institute",
            "PeerStack");

    private static final List<String> COMPETITORS = List.of(
            "Contoso Cloud",
            "Fabrikam Data",
            "Initech Software",
            "Globex Analytics",
            "Umbrella Compute",
            "Tailspin Data",
            "Litware Cloud",
            "Proseware Systems",
            "Wingtip Platforms",
            "Adatum Software");
    static final String CLIENT = "Northwind Systems";

    private WorkspaceCast() {}

    /** The roles first, then the roles per region, then numbered. */
    static String segmentName(int i) {
        String role = ROLES.get(i % ROLES.size());
        int round = i / ROLES.size();
        if (round == 0) {
            return role;
        }
        String region = REGIONS.get((round - 1) % REGIONS.size());
        int lap = (round - 1) / REGIONS.size();
        return role + " (" + region + (lap == 0 ? "" : " " + (lap + 1)) + ")";
    }

    static String channelType(int i) {
        return CHANNEL_TYPES.get(i % CHANNEL_TYPES.size());
    }

    static String channelName(int i) {
        int type = i % CHANNEL_TYPES.size();
        int k = i / CHANNEL_TYPES.size();
        List<String> suffixes = CHANNEL_SUFFIXES.get(type);
        int combinations = CHANNEL_PREFIXES.size() * suffixes.size();
        String name = CHANNEL_PREFIXES.get(k % CHANNEL_PREFIXES.size()) + " "
                + suffixes.get((k / CHANNEL_PREFIXES.size()) % suffixes.size());
        return k < combinations ? name : name + " " + (k / combinations + 1);
    }

    static String channelUrl(String name) {
        return "https://www." + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".example";
    }

    static String publisher(int i) {
        return PUBLISHERS.get(i % PUBLISHERS.size());
    }

    static String brandName(int i) {
        if (i == 0) {
            return CLIENT;
        }
        return i <= COMPETITORS.size() ? COMPETITORS.get(i - 1) : "Competitor " + i;
    }

    static String brandKind(int i) {
        return i == 0 ? "CLIENT" : "COMPETITOR";
    }
}
