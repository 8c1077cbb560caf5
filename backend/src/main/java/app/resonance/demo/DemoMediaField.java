package app.resonance.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The cast of the demo: an IT vendor (cloud and data platform), three competitors, the audiences
 * they court and the channels those audiences read. Plain data; {@link DemoCoverage} writes the
 * story with it, {@link #weights} rates the channels per segment. Web addresses use the reserved {@code .example} domain, except for the real social
 * networks, so that no link points at somebody's real site.
 */
final class DemoMediaField {

    private DemoMediaField() {}

    record Segment(String name, String immersion, double reactionWeight, String profile, String significance) {}

    /** {@code focus}: segments this channel serves above what its type suggests. */
    record Channel(String name, String type, String url, String publisher, List<String> focus) {}

    record Brand(String name, String kind, List<String> products) {}

    record Weight(String segment, String channel, double weight) {}

    static final String CIOS = "CIOs";
    static final String ENGINEERS = "IT engineers";
    static final String ANALYSTS = "Industry analysts";
    static final String INVESTORS = "Investors";
    static final String PRESS = "Business press readers";
    static final String PROCUREMENT = "Procurement managers";

    static final String MEDIA = "MEDIA";
    static final String BLOG = "INDUSTRY_BLOG";
    static final String SOCIAL = "SOCIAL_NETWORK";
    static final String AGENCY = "NEWS_AGENCY";
    static final String TV_RADIO = "TV_RADIO";
    static final String OTHER = "OTHER";

    static final String CLIENT = "Northwind Systems";
    static final String CONTOSO = "Contoso Cloud";
    static final String FABRIKAM = "Fabrikam Data";
    static final String INITECH = "Initech Software";

    static final List<Segment> SEGMENTS = List.of(
            new Segment(
                    CIOS,
                    "EXPERT",
                    0.9,
                    "Chief information officers and IT directors of mid-size and large companies; they own the cloud and data platform budget.",
                    "They sign the contracts: a vendor that is not on a CIO's shortlist does not get the deal."),
            new Segment(
                    ENGINEERS,
                    "EXPERT",
                    0.7,
                    "Platform, DevOps and data engineers who evaluate, build on and operate the platform every day.",
                    "They run the trials and proofs of concept; their verdict travels up to the CIO and out to their peers."),
            new Segment(
                    ANALYSTS,
                    "EXPERT",
                    0.8,
                    "Analysts of research and advisory firms who rank cloud and data platform vendors.",
                    "Their rankings are quoted in almost every tender and board presentation."),
            new Segment(
                    INVESTORS,
                    "ENGAGED",
                    0.6,
                    "Equity analysts, fund managers and shareholders who follow listed software vendors.",
                    "They move the share price, and with it the means to invest and to hire."),
            new Segment(
                    PRESS,
                    "GENERAL",
                    0.3,
                    "Managers and professionals who follow technology through general business media, radio and TV.",
                    "They shape the brand's public reputation and the pool of people who want to work for it."),
            new Segment(
                    PROCUREMENT,
                    "ENGAGED",
                    0.5,
                    "Purchasing and vendor-management staff who negotiate licences and cloud commitments.",
                    "They compare price, terms and vendor risk, and can stall a deal the IT side already wants."));

    static final List<Channel> CHANNELS = List.of(
            new Channel("CIO Weekly", MEDIA, "https://www.cioweekly.example", "Daily Media Group", List.of(CIOS)),
            new Channel(
                    "The Business Ledger",
                    MEDIA,
                    "https://www.businessledger.example",
                    "Ledger Media",
                    List.of(INVESTORS, PRESS)),
            new Channel(
                    "TechMarkets Review",
                    MEDIA,
                    "https://www.techmarkets.example",
                    "Ledger Media",
                    List.of(INVESTORS, ANALYSTS)),
            new Channel(
                    "Enterprise Cloud Magazine",
                    MEDIA,
                    "https://www.enterprisecloudmag.example",
                    "Stackhouse Publishing",
                    List.of(CIOS, ENGINEERS)),
            new Channel(
                    "Data Leaders Journal",
                    MEDIA,
                    "https://www.dataleaders.example",
                    "Stackhouse Publishing",
                    List.of(CIOS, ANALYSTS)),
            new Channel(
                    "Financial Courier",
                    MEDIA,
                    "https://www.financialcourier.example",
                    "Courier Holdings",
                    List.of(INVESTORS)),
            new Channel(
                    "Digital Economy Times",
                    MEDIA,
                    "https://www.digitaleconomytimes.example",
                    "Courier Holdings",
                    List.of(PRESS)),
            new Channel(
                    "DevOps Digest", BLOG, "https://devopsdigest.example", "Stackhouse Publishing", List.of(ENGINEERS)),
            new Channel(
                    "The Data Engineer", BLOG, "https://thedataengineer.example", "Pipeline Press", List.of(ENGINEERS)),
            new Channel(
                    "Cloud Native Notes",
                    BLOG,
                    "https://cloudnativenotes.example",
                    "Open Infrastructure Foundation",
                    List.of(ENGINEERS)),
            new Channel(
                    "Gartwell Insights Blog",
                    BLOG,
                    "https://blog.gartwell.example",
                    "Gartwell Research",
                    List.of(ANALYSTS, CIOS)),
            new Channel(
                    "Procurement Pulse",
                    BLOG,
                    "https://procurementpulse.example",
                    "Sourcing Institute",
                    List.of(PROCUREMENT)),
            new Channel("LinkedIn", SOCIAL, "https://www.linkedin.com", "LinkedIn", List.of(CIOS, PROCUREMENT)),
            new Channel("X", SOCIAL, "https://x.com", "X Corp.", List.of(ENGINEERS, INVESTORS)),
            new Channel("Reddit r/sysadmin", SOCIAL, "https://www.reddit.com/r/sysadmin", "Reddit", List.of(ENGINEERS)),
            new Channel("YouTube", SOCIAL, "https://www.youtube.com", "Google", List.of(ENGINEERS)),
            new Channel(
                    "Global Wire", AGENCY, "https://www.globalwire.example", "Global Wire Agency", List.of(INVESTORS)),
            new Channel("TechWire", AGENCY, "https://www.techwire.example", "TechWire News Agency", List.of(ANALYSTS)),
            new Channel(
                    "Market News Service",
                    AGENCY,
                    "https://www.marketnews.example",
                    "Courier Holdings",
                    List.of(INVESTORS)),
            new Channel(
                    "Business Tonight",
                    TV_RADIO,
                    "https://tv.businesstonight.example",
                    "National Broadcasting",
                    List.of(PRESS, INVESTORS)),
            new Channel(
                    "Tech Talk Radio", TV_RADIO, "https://techtalkradio.example", "City Radio Network", List.of(PRESS)),
            new Channel(
                    "Morning Markets",
                    TV_RADIO,
                    "https://morningmarkets.example",
                    "National Broadcasting",
                    List.of(INVESTORS)),
            new Channel(
                    "Gartwell Research Reports",
                    OTHER,
                    "https://www.gartwell.example/research",
                    "Gartwell Research",
                    List.of(ANALYSTS, CIOS)),
            new Channel(
                    "PeerStack Reviews",
                    OTHER,
                    "https://www.peerstack.example",
                    "PeerStack",
                    List.of(PROCUREMENT, ENGINEERS)),
            new Channel(
                    "Cloud Summit Europe",
                    OTHER,
                    "https://cloudsummit.example",
                    "Summit Events",
                    List.of(CIOS, ENGINEERS)),
            new Channel(
                    "Data Talks Podcast",
                    OTHER,
                    "https://datatalks.example",
                    "Pipeline Press",
                    List.of(ENGINEERS, ANALYSTS)));

    static final List<Brand> BRANDS = List.of(
            new Brand(CLIENT, "CLIENT", List.of("Northwind Data Cloud", "Northwind Lakehouse", "Northwind Sentinel")),
            new Brand(CONTOSO, "COMPETITOR", List.of("Contoso Fabric", "Contoso Edge", "Contoso AI Studio")),
            new Brand(FABRIKAM, "COMPETITOR", List.of("Fabrikam Warehouse", "Fabrikam Stream", "Fabrikam Catalog")),
            new Brand(INITECH, "COMPETITOR", List.of("Initech ERP Cloud", "Initech Insight", "Initech Connect")));

    /**
     * How much each segment reads each channel type, before a channel's own focus: CIOs read
     * business media and analyst reports, engineers blogs and social networks, investors agencies
     * and financial media, the general public media and TV.
     */
    static final Map<String, Map<String, Double>> AFFINITY = Map.of(
            CIOS, Map.of(MEDIA, 0.8, BLOG, 0.4, SOCIAL, 0.5, AGENCY, 0.4, TV_RADIO, 0.25, OTHER, 0.7),
            ENGINEERS, Map.of(MEDIA, 0.3, BLOG, 0.9, SOCIAL, 0.8, AGENCY, 0.15, TV_RADIO, 0.1, OTHER, 0.55),
            ANALYSTS, Map.of(MEDIA, 0.6, BLOG, 0.55, SOCIAL, 0.35, AGENCY, 0.7, TV_RADIO, 0.2, OTHER, 0.8),
            INVESTORS, Map.of(MEDIA, 0.75, BLOG, 0.2, SOCIAL, 0.35, AGENCY, 0.9, TV_RADIO, 0.6, OTHER, 0.25),
            PRESS, Map.of(MEDIA, 0.85, BLOG, 0.1, SOCIAL, 0.6, AGENCY, 0.5, TV_RADIO, 0.8, OTHER, 0.1),
            PROCUREMENT, Map.of(MEDIA, 0.45, BLOG, 0.3, SOCIAL, 0.3, AGENCY, 0.25, TV_RADIO, 0.15, OTHER, 0.6));

    /**
     * w(s, c) for most pairs: the segment's affinity to the channel's type, varied per channel, plus
     * a bonus where the channel focuses on the segment. Pairs below 0.15 are left out (weight 0),
     * as an analyst would not bother to rate them.
     */
    static List<Weight> weights(Random random) {
        List<Weight> weights = new ArrayList<>();
        for (Segment segment : SEGMENTS) {
            for (Channel channel : CHANNELS) {
                double base = AFFINITY.get(segment.name()).get(channel.type()) * (0.75 + 0.5 * random.nextDouble());
                double weight = Math.min(1, base + (channel.focus().contains(segment.name()) ? 0.25 : 0));
                if (weight >= 0.15) {
                    weights.add(new Weight(segment.name(), channel.name(), Math.round(weight * 100) / 100.0));
                }
            }
        }
        return weights;
    }

    static final List<String> AUTHORS = List.of(
            "Anna Kowalska",
            "James Whitfield",
            "Priya Raman",
            "Lukas Brandt",
            "Sofia Marchetti",
            "Daniel Okafor",
            "Hannah Lindqvist",
            "Marco Ferreira",
            "Emily Chen",
            "Tomás Novak",
            "Aisha Rahman",
            "Oliver Grant",
            "Mei Tanaka",
            "Pierre Dubois",
            "Grace Mwangi",
            "Viktor Petrov",
            "Laura Jensen",
            "Samuel Adeyemi",
            "Nora Fischer",
            "Ravi Menon");

    static final List<String> CUSTOMERS = List.of(
            "Tailspin Toys",
            "Woodgrove Bank",
            "Adventure Works",
            "Litware",
            "Alpine Ski House",
            "Lucerne Publishing",
            "Wide World Importers",
            "Coho Vineyard",
            "Margie's Travel",
            "Proseware",
            "Blue Yonder Airlines",
            "Trey Research");

    static final List<String> CITIES =
            List.of("Warsaw", "Dublin", "Lisbon", "Austin", "Bangalore", "Berlin", "Toronto", "Singapore");

    static final List<String> FEATURES = List.of(
            "vector search",
            "streaming ingestion",
            "a serverless tier",
            "row-level security",
            "an AI copilot",
            "zero-copy data sharing",
            "autoscaling",
            "sovereign-cloud regions");
}
