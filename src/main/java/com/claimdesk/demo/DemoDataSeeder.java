package com.claimdesk.demo;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ClosingDetails;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.refund.RefundSeedWriter;
import com.claimdesk.settings.ApprovalLevel;
import com.claimdesk.settlement.CostKind;
import com.claimdesk.settlement.CostLine;
import com.claimdesk.settlement.FeedbackOutcome;
import com.claimdesk.settlement.SettlementForm;
import com.claimdesk.settlement.SettlementSeedWriter;
import com.claimdesk.review.Rating;
import com.claimdesk.review.ReviewSeedWriter;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.Responsibility;
import com.claimdesk.complaint.RootCause;
import com.claimdesk.complaint.ComplaintSeedWriter;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserBootstrap;
import com.claimdesk.security.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.claimdesk.complaint.ComplaintStatus.AWAITING_APPROVAL;
import static com.claimdesk.complaint.ComplaintStatus.CLOSED;
import static com.claimdesk.complaint.ComplaintStatus.ESCALATED;
import static com.claimdesk.complaint.ComplaintStatus.INVESTIGATING;
import static com.claimdesk.complaint.ComplaintStatus.NEGOTIATING;
import static com.claimdesk.complaint.ComplaintStatus.NEW;
import static com.claimdesk.complaint.ComplaintStatus.RESOLVED;
import static com.claimdesk.complaint.Marketplace.ALIBABA_TRADE_ASSURANCE;
import static com.claimdesk.complaint.Marketplace.ALIEXPRESS;
import static com.claimdesk.complaint.Marketplace.AMAZON;
import static com.claimdesk.complaint.Marketplace.DIRECT_B2B;
import static com.claimdesk.complaint.Marketplace.OTHER;
import static com.claimdesk.complaint.Marketplace.OWN_SHOP;

/**
 * In demo mode, and only then (the bean does not exist otherwise), creates the demo users and, on an empty
 * database, {@value #CASE_COUNT} made-up cases. The cases come from a fixed seed so that every demo, screenshot and
 * bug report shows the same data; {@link #plan} is pure so the rules the data must obey can be tested without a
 * database.
 */
@Component
@com.claimdesk.base.ConditionalOnDemoMode
@Order(20)
public class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    public static final String DEMO_PASSWORD = "demo1234";

    static final long SEED = 20261123L;
    static final int CASE_COUNT = 300;
    /** The default queue is "my open cases"; signed in as {@code agent}, it must look like a working day. */
    static final int MIN_OPEN_CASES_OF_AGENT = 40;

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("agent", "Li Wei 李伟", Role.AGENT),
            new DemoUser("agent2", "Chen Jing 陈静", Role.AGENT),
            new DemoUser("agent3", "Wang Fang 王芳", Role.AGENT),
            new DemoUser("manager", "Zhang Min 张敏", Role.MANAGER),
            new DemoUser("lead", "Liu Yang 刘洋", Role.LEAD),
            new DemoUser("admin", "Admin 管理员", Role.ADMIN));

    public static final List<String> DEMO_USERNAMES = DEMO_USERS.stream().map(DemoUser::username).toList();

    private final UserBootstrap users;
    private final ComplaintSeedWriter writer;
    private final com.claimdesk.messaging.ThreadSeedWriter threads;
    private final com.claimdesk.deadline.DeadlineSeedWriter deadlines;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    private final SettlementSeedWriter settlementWriter;
    private final RefundSeedWriter refunds;
    private final ReviewSeedWriter reviews;

    DemoDataSeeder(UserBootstrap users, ComplaintSeedWriter writer,
                   com.claimdesk.messaging.ThreadSeedWriter threads, SettlementSeedWriter settlementWriter,
                   RefundSeedWriter refunds, ReviewSeedWriter reviews,
                   com.claimdesk.deadline.DeadlineSeedWriter deadlines, Clock clock,
                   org.springframework.transaction.PlatformTransactionManager transactions) {
        this.refunds = refunds;
        this.reviews = reviews;
        this.settlementWriter = settlementWriter;
        this.deadlines = deadlines;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.users = users;
        this.writer = writer;
        this.threads = threads;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // nobody is signed in at start-up: seeding is the system's work (SystemActor)
        com.claimdesk.security.SystemActor.run(this::seedDemo);
    }

    private void seedDemo() {
        List<String> created = new ArrayList<>();
        for (DemoUser u : DEMO_USERS) {
            if (users.createIfMissing(u.username(), u.displayName(), u.email(), DEMO_PASSWORD, EnumSet.of(u.role()),
                    false)) {
                created.add(u.username());
            }
        }
        if (!created.isEmpty()) {
            log.info("Created demo users {}", created);
        }
        printLogins();

        if (writer.count() > 0) {
            log.info("Demo mode: cases already present, none added");
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        for (String username : DEMO_USERNAMES) {
            users.find(username).map(UserRef::id).ifPresent(id -> ids.put(username, id));
        }
        long started = System.nanoTime();
        List<DemoCase> cases = plan(new Random(SEED), clock.instant(), ids);
        Map<Long, String> names = new HashMap<>();
        for (DemoUser u : DEMO_USERS) {
            if (ids.containsKey(u.username())) {
                names.put(ids.get(u.username()), u.displayName());
            }
        }
        Instant now = clock.instant();
        seed(cases, names, now, ids);
        log.info("Demo mode: created {} demo cases in {} ms", cases.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private void seed(List<DemoCase> cases, Map<Long, String> names, Instant now, Map<String, Long> ids) {
        Long leadId = ids.get("lead");
        Set<Long> agentIds = DEMO_USERS.stream().filter(u -> u.role() == Role.AGENT).map(u -> ids.get(u.username()))
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        Map<ApprovalLevel, Long> approvers = new java.util.EnumMap<>(ApprovalLevel.class);
        if (ids.containsKey("manager")) {
            approvers.put(ApprovalLevel.MANAGER, ids.get("manager"));
        }
        if (leadId != null) {
            approvers.put(ApprovalLevel.LEAD, leadId);
        }
        Set<String> lessonsWritten = new HashSet<>();
        int closedSeen = 0;
        // one transaction per case and its conversation: a failure leaves no half-written case
        for (DemoCase c : cases) {
            boolean reviewed = leadId != null && c.closing() != null && closedSeen++ % 3 != 2;
            transaction.executeWithoutResult(status -> {
                long id = writer.write(c.details(), c.statusPath(), c.assigneeId(), c.createdById(), c.createdAt(),
                        c.stepEvery(), c.closing());
                if (c.settlement() != null) {
                    long settledBy = c.assigneeId() != null ? c.assigneeId() : c.createdById();
                    // every refund in a ledger is an approved request (decision 070); an agent asks for it, so that
                    // a manager or lead can approve it: on a manager's or lead's case, the agent Li Wei did
                    Long requester = agentIds.contains(settledBy) ? Long.valueOf(settledBy) : ids.get("agent");
                    for (CostLine line : c.settlement().getCosts()) {
                        if (line.getKind() == CostKind.REFUND && line.getRefundRequestId() == null && requester != null) {
                            line.setRefundRequestId(refunds.writeApproved(id,
                                    com.claimdesk.base.Money.of(line.getAmount(), line.getCurrency()),
                                    "Refund agreed with the buyer (" + c.settlement().getResolution() + ")",
                                    requester, approvers, c.resolvedAt().minus(c.stepEvery().dividedBy(2)),
                                    c.resolvedAt().minus(c.stepEvery().dividedBy(4))));
                        }
                    }
                    settlementWriter.write(id, c.settlement(), c.resolvedAt(), settledBy);
                }
                if (reviewed) {
                    // two in three closed cases have had their review; the rest wait in the lead's queue
                    Instant at = c.resolvedAt().plus(c.stepEvery());
                    boolean rough = c.statusPath().contains(ComplaintStatus.ESCALATED);
                    reviews.review(id, rough ? Rating.COULD_BE_BETTER : Rating.GOOD,
                            rough ? "Escalated before we answered the buyer's offer; settle earlier." : null, leadId, at);
                    String note = c.closing().getPreventionNote();
                    String key = c.details().getCategory() + "/" + c.closing().getRootCause();
                    if (note != null && lessonsWritten.add(key)) {
                        reviews.lesson(id, c.details().getCategory(), c.details().getSku(), c.closing().getRootCause(),
                                note, leadId, at);
                    }
                }
                DemoConversations.write(threads, id, c, names.getOrDefault(c.assigneeId(), "Li Wei 李伟"), now);
            });
        }
    }

    private static void printLogins() {
        // printed on every start, on purpose: a demo is useless if the person who started it cannot sign in
        String line = "================================================================";
        StringBuilder out = new StringBuilder();
        out.append('\n').append(line).append('\n');
        out.append(" ClaimDesk DEMO MODE (made-up data). Sign in as one of:\n");
        out.append("   %-9s %-10s %-8s %s%n".formatted("username", "password", "role", "name"));
        for (DemoUser u : DEMO_USERS) {
            out.append("   %-9s %-10s %-8s %s%n".formatted(u.username(), DEMO_PASSWORD, u.role(), u.displayName()));
        }
        out.append(" A demo user that existed before keeps its own password.\n");
        out.append(line).append('\n');
        System.out.println(out);
    }

    record DemoUser(String username, String displayName, Role role) {
        String email() {
            return username + "@demo.claimdesk.example";
        }
    }

    /** One case to write: its facts, the statuses it walks through from NEW, and who has it. */
    record DemoCase(ComplaintDetails details, List<ComplaintStatus> statusPath, String assignee, Long assigneeId,
                    Long createdById, Instant createdAt, Duration stepEvery, ClosingDetails closing,
                    SettlementForm settlement) {

        /** When the case was (last) resolved: the settlement's day. */
        Instant resolvedAt() {
            int i = statusPath.lastIndexOf(ComplaintStatus.RESOLVED);
            return createdAt.plus(stepEvery.multipliedBy(i + 1L));
        }

        ComplaintStatus finalStatus() {
            return statusPath.isEmpty() ? NEW : statusPath.getLast();
        }

        boolean open() {
            return finalStatus().isOpen();
        }
    }

    /**
     * The demo cases, oldest first so that case numbers rise with the creation date. Pure: the same random seed
     * gives the same cases, shifted to {@code now}. {@code userIds} maps demo usernames to ids; a name missing from
     * it leaves its cases unassigned.
     */
    static List<DemoCase> plan(Random random, Instant now, Map<String, Long> userIds) {
        return new Planner(random, now, userIds).plan();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Reference data
    // ------------------------------------------------------------------------------------------------------------

    record Weighted<T>(T value, int weight) {
    }

    private static <T> Weighted<T> w(T value, int weight) {
        return new Weighted<>(value, weight);
    }

    /** Weights per 100 cases; 55 end open, 45 resolved or closed. */
    private static final List<Weighted<List<ComplaintStatus>>> STATUS_PATHS = List.of(
            w(List.of(), 12),
            w(List.of(INVESTIGATING), 15),
            w(List.of(INVESTIGATING, NEGOTIATING), 12),
            w(List.of(INVESTIGATING, NEGOTIATING, AWAITING_APPROVAL), 6),
            w(List.of(ESCALATED), 4),
            w(List.of(INVESTIGATING, NEGOTIATING, ESCALATED), 4),
            w(List.of(INVESTIGATING, RESOLVED, INVESTIGATING), 2),
            w(List.of(INVESTIGATING, RESOLVED), 6),
            w(List.of(INVESTIGATING, NEGOTIATING, RESOLVED), 11),
            w(List.of(INVESTIGATING, NEGOTIATING, RESOLVED, CLOSED), 14),
            w(List.of(INVESTIGATING, RESOLVED, CLOSED), 6),
            w(List.of(NEGOTIATING, RESOLVED, CLOSED), 3),
            w(List.of(INVESTIGATING, NEGOTIATING, AWAITING_APPROVAL, RESOLVED, CLOSED), 4),
            w(List.of(INVESTIGATING, RESOLVED, CLOSED, INVESTIGATING, RESOLVED), 1));

    /** How often each sub-reason comes up beyond the two cases every sub-reason gets. */
    private static final List<Weighted<SubReason>> SUB_REASONS = List.of(
            w(SubReason.NO_TRACKING, 3), w(SubReason.IN_TRANSIT_WITHIN_NORMAL_TIME, 7),
            w(SubReason.IN_TRANSIT_OVERDUE, 7), w(SubReason.CUSTOMS_INSPECTION, 4),
            w(SubReason.CUSTOMS_PAPERS_REQUIRED, 4), w(SubReason.CUSTOMS_NOT_CLEARED_BY_BUYER, 3),
            w(SubReason.SIGNED_BY_SOMEONE_ELSE, 4), w(SubReason.RETURNED_TO_SENDER, 3),
            w(SubReason.DAMAGED_IN_TRANSIT, 7), w(SubReason.DEFECTIVE_ON_ARRIVAL, 6),
            w(SubReason.BUYER_DISSATISFIED_NO_FAULT, 4), w(SubReason.FAILED_WITHIN_WARRANTY, 3),
            w(SubReason.SPECIFICATION_DIFFERS, 4), w(SubReason.APPEARANCE_DIFFERS, 3),
            w(SubReason.MATERIAL_OR_QUALITY_GRADE_DIFFERS, 3),
            w(SubReason.WRONG_MODEL, 3), w(SubReason.WRONG_VARIANT, 3), w(SubReason.ANOTHER_ORDER_SHIPPED, 1),
            w(SubReason.FEWER_PIECES, 3), w(SubReason.PARCEL_OF_MULTI_PARCEL_MISSING, 2),
            w(SubReason.ACCESSORIES_MISSING, 2),
            w(SubReason.SHIPPED_AFTER_PROMISED_DATE, 3), w(SubReason.DELIVERED_AFTER_PROMISED_DATE, 4),
            w(SubReason.DELAY_AGREED_DATE_NOT_EXTENDED, 3),
            w(SubReason.FEEDBACK_ON_PRODUCT, 2), w(SubReason.FEEDBACK_ON_SERVICE, 2),
            w(SubReason.FEEDBACK_ON_SHIPPING, 2),
            w(SubReason.CUSTOMS_FEES_CLAIMED, 2), w(SubReason.FREIGHT_CLAIMED, 1),
            w(SubReason.OTHER_COSTS_CLAIMED, 1), w(SubReason.CHARGEBACK_THREATENED, 1));

    private static final List<Weighted<Marketplace>> MARKETPLACES = List.of(
            w(ALIBABA_TRADE_ASSURANCE, 34), w(ALIEXPRESS, 30), w(AMAZON, 12), w(OWN_SHOP, 10), w(DIRECT_B2B, 9),
            w(OTHER, 5));

    /** Where the platform itself decides the buyer's country: Amazon and eBay ("other") sites per country. */
    private static final Map<Marketplace, Set<String>> MARKETPLACE_COUNTRIES = Map.of(
            AMAZON, Set.of("US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "JP", "AU"),
            OTHER, Set.of("US", "GB", "DE", "AU", "CA", "FR", "IT", "ES", "IE", "AT"));

    record Country(String code, String name, String language, String currency, int weight, List<String> customs,
                   List<String> names) {
    }

    // A name prefixed "fr:" (and so on) is a buyer who writes in that language rather than the country's first one.
    private static final List<Country> COUNTRIES = List.of(
            new Country("US", "the US", "en", "USD", 22, List.of("JFK New York", "Chicago O'Hare", "Los Angeles", "Miami"),
                    List.of("Emily Johnson", "Michael Brown", "Jessica Miller", "David Garcia", "Ashley Davis",
                            "Christopher Wilson", "Sarah Martinez", "Brandon Taylor", "Megan Anderson",
                            "Tyler Thompson", "Kevin Nguyen", "Lauren Robinson")),
            new Country("GB", "the UK", "en", "GBP", 8, List.of("Heathrow", "East Midlands", "Coventry"),
                    List.of("Oliver Smith", "Charlotte Jones", "Harry Williams", "Amelia Taylor", "George Evans",
                            "Sophie Wright", "Jack Hughes", "Emily Clarke", "Thomas Walker")),
            new Country("DE", "Germany", "de", "EUR", 8, List.of("Frankfurt", "Leipzig", "Köln"),
                    List.of("Jürgen Müller", "Anna Schmidt", "Lukas Schneider", "Katrin Fischer", "Stefan Weber",
                            "Sabine Wagner", "Maximilian Becker", "Julia Hoffmann", "Jörg Schäfer")),
            new Country("FR", "France", "fr", "EUR", 6, List.of("Roissy-Charles de Gaulle", "Chilly-Mazarin"),
                    List.of("Hélène Dubois", "Nicolas Martin", "Camille Bernard", "Julien Petit", "Élodie Moreau",
                            "Thomas Laurent", "Chloé Lefèvre", "Antoine Girard")),
            new Country("ES", "Spain", "es", "EUR", 5, List.of("Madrid-Barajas", "Barcelona El Prat"),
                    List.of("José Núñez", "Lucía García", "Javier Fernández", "Marta López", "Alejandro Martínez",
                            "Carmen Sánchez", "Pablo Romero")),
            new Country("IT", "Italy", "it", "EUR", 4, List.of("Milano Malpensa", "Roma Fiumicino"),
                    List.of("Giulia Rossi", "Marco Bianchi", "Francesca Romano", "Luca Ricci", "Chiara Colombo",
                            "Alessandro Esposito", "Matteo Greco")),
            new Country("NL", "the Netherlands", "nl", "EUR", 3, List.of("Rotterdam", "Amsterdam Schiphol"),
                    List.of("Daan de Vries", "Sanne Jansen", "Bram van Dijk", "Lotte Bakker", "Joris Visser",
                            "Femke Smit")),
            new Country("PL", "Poland", "pl", "EUR", 3, List.of("Warsaw", "Poznań"),
                    List.of("Łukasz Wójcik", "Agnieszka Kowalska", "Piotr Nowak", "Katarzyna Wiśniewska",
                            "Tomasz Zieliński", "Magdalena Kamińska")),
            new Country("BR", "Brazil", "pt", "USD", 5, List.of("Curitiba", "São Paulo Guarulhos"),
                    List.of("João Silva", "Ana Souza", "Lucas Oliveira", "Mariana Costa", "Rafael Pereira",
                            "Beatriz Almeida", "Gabriel Rodrigues")),
            new Country("MX", "Mexico", "es", "USD", 3, List.of("Mexico City", "Guadalajara"),
                    List.of("Luis Hernández", "Sofía Ramírez", "Diego Torres", "Valeria Flores", "Carlos Mendoza",
                            "Fernanda Cruz")),
            new Country("CA", "Canada", "en", "CAD", 4, List.of("Mississauga", "Vancouver", "Montréal"),
                    List.of("Ryan Campbell", "Jennifer MacDonald", "Ethan Wilson", "Hannah Stewart",
                            "fr:Marie-Ève Tremblay", "fr:Jean-François Gagnon", "fr:Geneviève Côté")),
            new Country("AU", "Australia", "en", "AUD", 5, List.of("Sydney", "Melbourne"),
                    List.of("Jack Mitchell", "Chloe Harris", "Liam O'Brien", "Isla Thompson", "Noah Kelly",
                            "Ruby Walsh", "Mia Nguyen")),
            new Country("SA", "Saudi Arabia", "ar", "USD", 3, List.of("Riyadh", "Jeddah"),
                    List.of("Abdullah Al-Qahtani", "Fahad Al-Harbi", "Noura Al-Otaibi", "Mohammed Al-Ghamdi",
                            "Sara Al-Dossari")),
            new Country("AE", "the UAE", "ar", "USD", 3, List.of("Dubai", "Abu Dhabi"),
                    List.of("Omar Al-Mansoori", "Fatima Al-Hashimi", "Khalid Al-Nuaimi", "Layla Haddad",
                            "Rashid Al-Falasi")),
            new Country("IL", "Israel", "he", "USD", 2, List.of("Ben Gurion Airport", "Modiin"),
                    List.of("Noa Levi", "Yossi Cohen", "Tamar Mizrahi", "Avi Friedman", "Shira Peretz")),
            new Country("JP", "Japan", "ja", "JPY", 4, List.of("Narita", "Kansai", "Tokyo Haneda"),
                    List.of("Yuki Tanaka", "Haruto Sato", "Aiko Suzuki", "Kenji Watanabe", "Sakura Yamamoto",
                            "Takeshi Ito")),
            new Country("KR", "South Korea", "ko", "USD", 2, List.of("Incheon"),
                    List.of("Min-jun Kim", "Ji-woo Park", "Seo-yeon Lee", "Hyun-woo Choi", "Ji-hoon Jung")),
            new Country("RU", "Russia", "ru", "USD", 4, List.of("Moscow Vnukovo", "Moscow Sheremetyevo", "Novosibirsk"),
                    List.of("Dmitry Ivanov", "Anastasia Smirnova", "Sergey Kuznetsov", "Olga Popova",
                            "Alexey Sokolov", "Yekaterina Volkova")),
            new Country("TR", "Türkiye", "tr", "USD", 2, List.of("Istanbul Airport", "Ankara"),
                    List.of("Mehmet Yılmaz", "Ayşe Kaya", "Emre Demir", "Zeynep Şahin", "Burak Çelik",
                            "Çağla Öztürk")),
            new Country("ZA", "South Africa", "en", "USD", 2, List.of("Johannesburg OR Tambo", "Cape Town"),
                    List.of("Thabo Nkosi", "Lerato Mokoena", "Pieter van der Merwe", "Ayanda Dlamini",
                            "Jessica Naidoo")),
            new Country("IE", "Ireland", "en", "EUR", 1, List.of("Dublin", "Athlone"),
                    List.of("Ciarán Murphy", "Aoife Byrne", "Seán Kelly", "Niamh O'Sullivan")),
            new Country("BE", "Belgium", "nl", "EUR", 1, List.of("Liège", "Brussels"),
                    List.of("Pieter Peeters", "fr:Sophie Lambert", "Jan Janssens", "fr:Maxime Dupont")),
            new Country("AT", "Austria", "de", "EUR", 1, List.of("Vienna"),
                    List.of("Florian Gruber", "Lisa Huber", "Markus Steiner")),
            new Country("PT", "Portugal", "pt", "EUR", 1, List.of("Lisbon"),
                    List.of("Inês Ferreira", "Tiago Santos", "Rui Carvalho")));

    /** Units of each currency per US dollar, rounded: good enough for made-up prices, not for the team's rates. */
    private static final Map<String, Double> PER_USD = Map.of(
            "USD", 1.0, "EUR", 0.92, "GBP", 0.79, "CNY", 7.2, "AUD", 1.52, "CAD", 1.37, "JPY", 150.0);

    /** {@code powered}: it has a battery or a plug, so "will not switch on" makes sense for it. */
    record Product(String one, String many, boolean powered) {
        String of(int qty) {
            return qty == 1 ? one : many;
        }
    }

    /** A seller-style item code from the product's name: "ceramic mug set" becomes CER-MUG-SET. */
    static String sku(Product product) {
        return java.util.Arrays.stream(product.one().replace("pair of ", "").replace("'", "").split("[ -]+"))
                .limit(3).map(w -> w.length() <= 3 ? w : w.substring(0, 3))
                .map(w -> w.toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining("-"));
    }

    private static Product product(String one, String many, boolean powered) {
        return new Product(one, many, powered);
    }

    private static final List<Product> RETAIL_PRODUCTS = List.of(
            product("smart watch", "smart watches", true), product("power bank", "power banks", true),
            product("LED strip light set", "LED strip light sets", true),
            product("phone case", "phone cases", false), product("USB-C charger", "USB-C chargers", true),
            product("yoga mat", "yoga mats", false), product("car phone holder", "car phone holders", false),
            product("solar garden light", "solar garden lights", true),
            product("hair clipper", "hair clippers", true), product("portable blender", "portable blenders", true),
            product("mini projector", "mini projectors", true), product("massage gun", "massage guns", true),
            product("pair of wireless earbuds", "pairs of wireless earbuds", true),
            product("kids' drawing tablet", "kids' drawing tablets", true),
            product("ceramic mug set", "ceramic mug sets", false),
            product("hiking backpack", "hiking backpacks", false));

    private static final List<Product> BULK_PRODUCTS = List.of(
            product("LED panel light", "LED panel lights", true),
            product("stainless steel water bottle", "stainless steel water bottles", false),
            product("printed tote bag", "printed tote bags", false), product("PVC raincoat", "PVC raincoats", false),
            product("CNC aluminium bracket", "CNC aluminium brackets", false),
            product("lithium battery pack", "lithium battery packs", true),
            product("OEM phone case", "OEM phone cases", false),
            product("bamboo cutting board", "bamboo cutting boards", false),
            product("polyester hoodie", "polyester hoodies", false),
            product("solar garden light", "solar garden lights", true),
            product("custom ceramic mug", "custom ceramic mugs", false),
            product("silicone baking mat", "silicone baking mats", false),
            product("LED work light", "LED work lights", true));

    /** A carrier and the transit time to most destinations that the team quotes to buyers. */
    record Carrier(String name, int normalDays) {
        boolean postal() {
            return normalDays >= 12;
        }
    }

    private static final Carrier CHINA_POST = new Carrier("China Post", 25);
    private static final Carrier YANWEN = new Carrier("Yanwen", 20);
    private static final Carrier FOUR_PX = new Carrier("4PX", 14);
    private static final Carrier CAINIAO = new Carrier("Cainiao", 15);
    private static final Carrier EMS = new Carrier("EMS", 12);
    private static final Carrier SF = new Carrier("SF Express", 7);
    private static final Carrier DHL = new Carrier("DHL Express", 5);
    private static final Carrier FEDEX = new Carrier("FedEx", 5);
    private static final Carrier UPS = new Carrier("UPS", 6);

    private static final Map<Marketplace, List<Weighted<Carrier>>> CARRIERS = Map.of(
            ALIBABA_TRADE_ASSURANCE, List.of(w(DHL, 30), w(FEDEX, 20), w(UPS, 15), w(EMS, 10), w(SF, 10),
                    w(FOUR_PX, 10), w(CHINA_POST, 5)),
            ALIEXPRESS, List.of(w(CAINIAO, 35), w(CHINA_POST, 20), w(YANWEN, 20), w(FOUR_PX, 15), w(EMS, 5),
                    w(SF, 5)),
            AMAZON, List.of(w(YANWEN, 25), w(FOUR_PX, 25), w(DHL, 20), w(UPS, 15), w(FEDEX, 15)),
            OWN_SHOP, List.of(w(FOUR_PX, 25), w(YANWEN, 20), w(CHINA_POST, 20), w(DHL, 20), w(SF, 15)),
            DIRECT_B2B, List.of(w(DHL, 35), w(FEDEX, 25), w(UPS, 20), w(SF, 10), w(EMS, 10)),
            OTHER, List.of(w(CHINA_POST, 30), w(YANWEN, 30), w(FOUR_PX, 20), w(EMS, 10), w(DHL, 10)));

    private static final List<Carrier> POSTAL = List.of(CHINA_POST, YANWEN, FOUR_PX, CAINIAO, EMS);
    private static final List<Carrier> UNDER_TWO_WEEKS = List.of(DHL, FEDEX, UPS, SF, EMS, FOUR_PX);

    private static final List<String> EMAIL_DOMAINS =
            List.of("mail.example", "example.com", "example.net", "post.example", "inbox.example");
    private static final List<String> SIGNER_LABELS = List.of("RECEPTION", "FRONT DESK", "CONCIERGE", "MAILROOM",
            "SECURITY");
    private static final List<String> LAST_SCANS = List.of("departed from transit hub", "handed over to airline",
            "arrived at destination country", "arrived at sorting centre");
    private static final List<String> ACCESSORIES = List.of("user manual", "accessory pack", "gift box",
            "spare parts bag");
    private static final List<String> SPECS = List.of("size", "weight", "thickness", "length");
    private static final List<String> FEEDBACK_REASONS = List.of("it broke within days",
            "it looks cheaper than in the photos", "it is smaller than expected",
            "the quality is poor for the price", "it did not work as described");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /*
     * Agent notes per sub-reason. A prefix limits a note to the cases it reads right for: "M|" counts pieces (two or
     * more), "P|" needs a powered product, "B|" a production order. Every sub-reason keeps at least one note without
     * a prefix. The placeholders are filled per case; a missing one is a bug, not a blank.
     */
    private static final Map<SubReason, List<String>> NOTES = notes();

    private static Map<SubReason, List<String>> notes() {
        Map<SubReason, List<String>> n = new LinkedHashMap<>();
        n.put(SubReason.NO_TRACKING, List.of(
                "Buyer asks where the order is; it went as an unregistered {carrier} small packet, so there is no tracking after handover. Shipped {days} days ago.",
                "No tracking on this one: cheap untracked {carrier} economy parcel. Buyer has waited {days} days and wants a refund or a tracked reshipment.",
                "Buyer says the tracking number never worked. It was an untracked {carrier} parcel; all we have is the handover receipt."));
        n.put(SubReason.IN_TRANSIT_WITHIN_NORMAL_TIME, List.of(
                "Buyer asks where the parcel is after {days} days; {carrier} tracking shows it left China and normal transit to {country} is up to {normal} days.",
                "Parcel still in transit ({days} days so far, {carrier} usually takes up to {normal}). Buyer worries it is lost; explained and asked for patience until {promised}.",
                "Buyer opened a 'not received' chat on day {days}. Tracking was updated {stuck} days ago at the destination hub, which is normal for {carrier}."));
        n.put(SubReason.IN_TRANSIT_OVERDUE, List.of(
                "Tracking has not moved for {stuck} days and the parcel is {over} days past the promised date. Buyer wants a full refund; inquiry opened with {carrier}.",
                "{carrier} parcel overdue: shipped {days} days ago, last scan '{lastScan}'. Buyer is polite but asks for a reshipment or a refund.",
                "Order is {over} days past the delivery date promised {platformOn} and tracking is stuck. Decide reship or refund before the buyer opens a dispute."));
        n.put(SubReason.CUSTOMS_INSPECTION, List.of(
                "Buyer says the parcel has been held at {customs} customs for {hold} days. Tracking shows 'held for inspection'; no papers requested yet.",
                "Parcel under routine customs inspection at {customs} for {hold} days. Buyer asks us to push; sent our invoice copy and asked for patience."));
        n.put(SubReason.CUSTOMS_PAPERS_REQUIRED, List.of(
                "Buyer says the parcel has been held at {customs} customs for {hold} days; customs asks for a commercial invoice.",
                "{customs} customs want the importer's tax ID and a proper description of the {product}. Buyer asks us for a proforma invoice with HS code.",
                "Customs at {customs} ask for a declaration of conformity for the {product} before release; held {hold} days so far."));
        n.put(SubReason.CUSTOMS_NOT_CLEARED_BY_BUYER, List.of(
                "Parcel has been waiting at {customs} customs for {hold} days because the buyer will not pay the import duties. Buyer now wants a refund; risk that it is returned or destroyed.",
                "Buyer refuses to clear the parcel at {customs}, says duties were not mentioned in the listing. Carrier returns it in {left} days unless cleared."));
        n.put(SubReason.SIGNED_BY_SOMEONE_ELSE, List.of(
                "Tracking shows delivered on {delivered}, signed by '{signer}', but buyer says nothing arrived. Asked whether they know the signer (neighbour, colleague, reception).",
                "Proof of delivery signed by {signer} on {delivered}; buyer says that is not them. Requested the POD with GPS from {carrier} and asked buyer to check with their building."));
        n.put(SubReason.RETURNED_TO_SENDER, List.of(
                "Parcel returned to sender: {carrier} says the address was incomplete (no apartment number). Buyer wants it reshipped at our cost.",
                "Carrier returned the parcel after failed delivery attempts; the phone number on the order was wrong. Buyer asks for a refund.",
                "Tracking says 'returned to sender, address unknown'. The street name in the order was misspelt; discussing who pays for the reshipment."));
        n.put(SubReason.DAMAGED_IN_TRANSIT, List.of(
                "M|{n} of {qty} {product} arrived broken; buyer sent photos of a crushed outer carton. Looks like carrier handling.",
                "Buyer's video shows a dented box and the {product} damaged inside. Our pre-shipment photos show the goods intact, so we claim with {carrier}.",
                "Buyer says the {product} arrived damaged, outer carton wet and torn. Asked for photos of the label and the packaging before anything else."));
        n.put(SubReason.DEFECTIVE_ON_ARRIVAL, List.of(
                "P|Buyer says the {product} would not power on out of the box. Packaging undamaged, so likely a factory defect our QC missed.",
                "M|{n} of {qty} {product} defective on arrival; buyer sent a video. Checking whether this batch was inspected before dispatch.",
                "P|Dead on arrival: buyer charged it fully and tried twice, nothing. Asked for the batch number on the label.",
                "Buyer says the {product} arrived with an obvious manufacturing fault; our QC should have caught it. Asked for close-up photos."));
        n.put(SubReason.BUYER_DISSATISFIED_NO_FAULT, List.of(
                "Buyer is unhappy with the {product} but the photos show nothing wrong; seems they expected a bigger size. Offer instructions and a small coupon.",
                "Buyer says the quality of the {product} 'feels cheap'. Item matches the listing; explained the spec and offered a return at the buyer's cost.",
                "P|Buyer cannot get the {product} to work; most likely a setup issue. Sent the manual and a how-to video, waiting for reply."));
        n.put(SubReason.FAILED_WITHIN_WARRANTY, List.of(
                "{product} broke after {weeks} weeks of normal use, within the 12-month warranty. Buyer asks for a replacement.",
                "P|Warranty claim: buyer's {product} stopped working after {weeks} weeks. Asked for a video of the fault and the batch number."));
        n.put(SubReason.SPECIFICATION_DIFFERS, List.of(
                "Buyer says the listed {spec} of the {product} is wrong. Comparing the listing with the factory spec sheet.",
                "Buyer measured the {product} and says the {spec} is below what the listing states. Asked for a photo of the measurement."));
        n.put(SubReason.APPEARANCE_DIFFERS, List.of(
                "Buyer says the colour of the {product} is clearly different from the listing photos. Our listing pictures may be over-edited.",
                "B|Buyer complains the logo print on the {product} differs from the approved sample. Asked for side-by-side photos."));
        n.put(SubReason.MATERIAL_OR_QUALITY_GRADE_DIFFERS, List.of(
                "Buyer says the material of the {product} is a lower grade than the listing states and wants a partial refund. Asked for close-up photos.",
                "B|Buyer had the {product} tested locally; the report says the material is below the grade we quoted. Need the factory's material certificate."));
        n.put(SubReason.WRONG_MODEL, List.of(
                "Buyer ordered the {product} but received a different model. Likely a picking error; checking the packing photo.",
                "Wrong model shipped: buyer got the previous version of the {product} and wants the right one sent express."));
        n.put(SubReason.WRONG_VARIANT, List.of(
                "Buyer received the right {product} in the wrong colour. Asked for a photo of the SKU label.",
                "Buyer ordered black but received white {product}; wants an exchange, not a refund."));
        n.put(SubReason.ANOTHER_ORDER_SHIPPED, List.of(
                "Buyer received someone else's order instead of the {product}. Labels probably swapped in the warehouse.",
                "Buyer got goods from another customer's order. Find that order too: that buyer probably has ours."));
        n.put(SubReason.FEWER_PIECES, List.of(
                "M|Buyer ordered {qty} {product} but counted {got}. Asked for photos of the opened cartons and the packing list.",
                "M|Short shipment: {missing} of {qty} {product} missing. Checking the warehouse weight record for the cartons."));
        n.put(SubReason.PARCEL_OF_MULTI_PARCEL_MISSING, List.of(
                "Order went in {parcels} parcels and the buyer has received {parcelsGot}. Tracking of the missing parcel stops at the export hub.",
                "One of {parcels} cartons is missing; buyer has the rest of the {product}. Opened an inquiry with {carrier}."));
        n.put(SubReason.ACCESSORIES_MISSING, List.of(
                "Buyer says the {product} arrived without the {accessory}. Probably a packing slip; we can send it by post.",
                "M|{accessory} missing from {n} of the {qty} {product}; buyer wants them sent before accepting the order."));
        n.put(SubReason.SHIPPED_AFTER_PROMISED_DATE, List.of(
                "We shipped {lateShip} days after the shipping date promised {platformOn}; buyer claims compensation for the delay.",
                "Production ran late and the order left {lateShip} days after the promised date. Buyer wants a discount, and the written date is on their side."));
        n.put(SubReason.DELIVERED_AFTER_PROMISED_DATE, List.of(
                "Parcel arrived {late} days after the promised delivery date ({promised}). Buyer missed a sales event and asks for compensation.",
                "Delivered {late} days late via {carrier}; buyer asks for a partial refund for the delay."));
        n.put(SubReason.DELAY_AGREED_DATE_NOT_EXTENDED, List.of(
                "Buyer agreed in chat to wait {agreed} more days, but nobody extended the delivery date {platformOn}. Buyer now claims for lateness, and the written date is against us.",
                "Classic trap: delay agreed in chat, date {platformOn} never changed. Buyer opened a late-delivery claim ({late} days late); we have the chat screenshots."));
        n.put(SubReason.FEEDBACK_ON_PRODUCT, List.of(
                "Buyer left a {stars}-star review of the {product}: {reason}. Ask what went wrong and whether we can fix it.",
                "{stars}-star feedback on the {product}, no complaint opened before. Contact the buyer and ask for details."));
        n.put(SubReason.FEEDBACK_ON_SERVICE, List.of(
                "Buyer left {stars}-star feedback saying nobody answered their messages for {silence} days. Apologise and check who had the chat.",
                "Negative feedback about our service: buyer felt we ignored their question about the invoice. Apologise and ask if they would revise it."));
        n.put(SubReason.FEEDBACK_ON_SHIPPING, List.of(
                "{stars}-star feedback about slow shipping with {carrier}; the parcel took {transit} days. Goods themselves are fine.",
                "Buyer left a {stars}-star rating because the box arrived battered, although the {product} survived."));
        n.put(SubReason.CUSTOMS_FEES_CLAIMED, List.of(
                "Buyer paid {fee} import duty and VAT on delivery and wants it refunded; says the listing promised duties included.",
                "Buyer claims {fee} customs charges back. Shipped DAP, so duties are the buyer's, but consider a goodwill share."));
        n.put(SubReason.FREIGHT_CLAIMED, List.of(
                "Buyer wants {amount} back for the freight, saying the {carrier} service was slower than paid for.",
                "Buyer asks us to cover the return freight of {amount} for sending the {product} back."));
        n.put(SubReason.OTHER_COSTS_CLAIMED, List.of(
                "Buyer claims {amount} for a local technician who fixed the {product}. Asked for the invoice.",
                "Buyer wants {amount} for relabelling and storage costs caused by our packing error. Asked for a breakdown."));
        n.put(SubReason.CHARGEBACK_THREATENED, List.of(
                "Buyer threatens a credit-card chargeback for the full {amount} unless refunded within {left} days. Answer today: a chargeback takes everything.",
                "Buyer says they asked their bank to reverse the payment of {amount}. Check the chargeback response window and prepare the evidence."));
        return n;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The plan
    // ------------------------------------------------------------------------------------------------------------

    private static final class Draft {
        ComplaintDetails details;
        List<ComplaintStatus> path;
        String assignee;
        Instant createdAt;
        Duration stepEvery;
        ClosingDetails closing;
        SettlementForm settlement;

        boolean open() {
            return (path.isEmpty() ? NEW : path.getLast()).isOpen();
        }
    }

    private static final class Planner {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
        private static final long MINUTES_PER_DAY = 24 * 60;

        private final Random random;
        private final Instant now;
        private final Map<String, Long> userIds;

        Planner(Random random, Instant now, Map<String, Long> userIds) {
            this.random = random;
            this.now = now;
            this.userIds = userIds;
        }

        List<DemoCase> plan() {
            List<SubReason> reasons = new ArrayList<>();
            // every sub-reason twice, so that every filter and every report has something to show
            reasons.addAll(List.of(SubReason.values()));
            reasons.addAll(List.of(SubReason.values()));
            while (reasons.size() < CASE_COUNT) {
                reasons.add(pick(SUB_REASONS));
            }
            List<List<ComplaintStatus>> paths = exactShares(STATUS_PATHS, CASE_COUNT);
            Collections.shuffle(paths, random);

            List<Draft> drafts = new ArrayList<>();
            for (int i = 0; i < CASE_COUNT; i++) {
                drafts.add(draft(reasons.get(i), paths.get(i)));
            }
            fillAgentQueue(drafts);
            drafts.sort(Comparator.comparing(d -> d.createdAt));

            Long agentId = userIds.get("agent");
            return drafts.stream().map(d -> {
                Long assigneeId = d.assignee == null ? null : userIds.get(d.assignee);
                return new DemoCase(d.details, d.path, assigneeId == null ? null : d.assignee, assigneeId,
                        assigneeId != null ? assigneeId : agentId, d.createdAt, d.stepEvery, d.closing, d.settlement);
            }).toList();
        }

        /** The weights as exact counts (not a lottery), so the open/finished split is the same for every seed. */
        private <T> List<T> exactShares(List<Weighted<T>> weighted, int total) {
            int sum = weighted.stream().mapToInt(Weighted::weight).sum();
            List<T> out = new ArrayList<>();
            for (Weighted<T> x : weighted) {
                for (int i = 0; i < x.weight() * total / sum; i++) {
                    out.add(x.value());
                }
            }
            while (out.size() < total) {
                out.add(weighted.getFirst().value());
            }
            return out;
        }

        private Draft draft(SubReason reason, List<ComplaintStatus> path) {
            Draft d = new Draft();
            d.path = path;
            timing(d);
            d.details = details(reason, path, LocalDate.ofInstant(d.createdAt, ZoneOffset.UTC));
            d.assignee = assignee(path);
            if (path.contains(CLOSED)) {
                d.closing = closing(reason);
            }
            if (!d.open()) {
                d.settlement = settlement(reason, path, d.details);
            }
            return d;
        }

        /** What a team gives for such a complaint and what it costs, in the order's currency (freight in USD). */
        private SettlementForm settlement(SubReason reason, List<ComplaintStatus> path, ComplaintDetails d) {
            Resolution resolution = switch (reason.category()) {
                case NOT_RECEIVED -> pickOne(List.of(Resolution.RESHIP_OR_REPLACE, Resolution.FULL_REFUND,
                        Resolution.EXPLANATION_ONLY, Resolution.WAIT_THEN_RESHIP));
                case QUALITY -> pickOne(List.of(Resolution.PARTIAL_REFUND, Resolution.PARTIAL_REFUND,
                        Resolution.RESHIP_OR_REPLACE, Resolution.RETURN_AND_REFUND, Resolution.REPAIR));
                case NOT_AS_DESCRIBED -> pickOne(List.of(Resolution.PARTIAL_REFUND, Resolution.RETURN_AND_REFUND));
                case WRONG_ITEM -> pickOne(List.of(Resolution.RESHIP_OR_REPLACE, Resolution.PARTIAL_REFUND));
                case SHORT_SHIPMENT -> pickOne(List.of(Resolution.RESHIP_OR_REPLACE, Resolution.PARTIAL_REFUND));
                case LATE_DELIVERY -> pickOne(List.of(Resolution.COUPON, Resolution.PARTIAL_REFUND,
                        Resolution.EXPLANATION_ONLY));
                case NEGATIVE_FEEDBACK -> pickOne(List.of(Resolution.COUPON, Resolution.GIFT,
                        Resolution.EXPLANATION_ONLY));
                case COST_CLAIM -> pickOne(List.of(Resolution.PARTIAL_REFUND, Resolution.EXPLANATION_ONLY));
            };
            String currency = d.getOrderCurrency();
            BigDecimal order = d.getOrderValue();
            var form = new SettlementForm();
            form.setResolution(resolution);
            List<CostLine> costs = new ArrayList<>();
            switch (resolution) {
                case PARTIAL_REFUND -> costs.add(cost(CostKind.REFUND, share(order, uniform(0.08, 0.4), currency), currency));
                case FULL_REFUND -> costs.add(cost(CostKind.REFUND, order, currency));
                case RETURN_AND_REFUND -> {
                    costs.add(cost(CostKind.REFUND, order, currency));
                    costs.add(cost(CostKind.FREIGHT_BACK, amount(uniform(15, 90), "USD"), "USD"));
                }
                case RESHIP_OR_REPLACE, WAIT_THEN_RESHIP -> {
                    costs.add(cost(CostKind.REPLACEMENT_GOODS, share(order, uniform(0.3, 0.8), currency), currency));
                    // the shipping cost of the order is in its currency; without one, a courier rate in USD
                    costs.add(d.getShippingCost() != null ? cost(CostKind.FREIGHT_OUT, d.getShippingCost(), currency)
                            : cost(CostKind.FREIGHT_OUT, amount(uniform(12, 120), "USD"), "USD"));
                }
                case REPAIR -> costs.add(cost(CostKind.OTHER, amount(uniform(10, 60), "USD"), "USD"));
                case COUPON -> costs.add(cost(CostKind.COUPON, share(order, uniform(0.05, 0.15), currency), currency));
                case GIFT -> costs.add(cost(CostKind.OTHER, amount(uniform(5, 25), "USD"), "USD"));
                case EXPLANATION_ONLY -> { }
            }
            if (reason == SubReason.CUSTOMS_FEES_CLAIMED && d.getClaimedAmount() != null && chance(0.6)) {
                costs.add(cost(CostKind.CUSTOMS_DUTIES, d.getClaimedAmount(), d.getClaimedCurrency()));
            }
            if (path.contains(ComplaintStatus.ESCALATED) && chance(0.4)) {
                costs.add(cost(CostKind.PLATFORM_FEE, amount(uniform(5, 50), "USD"), "USD"));
            }
            form.setCosts(costs);
            form.setBuyerStays(chance(0.15) ? null : chance(0.72));
            form.setFeedback(reason.category() == Category.NEGATIVE_FEEDBACK
                    ? pickOne(List.of(FeedbackOutcome.REMOVED, FeedbackOutcome.CHANGED, FeedbackOutcome.UNCHANGED))
                    : chance(0.1) ? FeedbackOutcome.UNCHANGED : FeedbackOutcome.NONE_LEFT);
            return form;
        }

        private static CostLine cost(CostKind kind, BigDecimal amount, String currency) {
            return new CostLine(kind, amount, currency, null, null);
        }

        /** The root cause a team would find for such a complaint, with the odd surprise (and the odd unknown). */
        private ClosingDetails closing(SubReason reason) {
            RootCause cause = switch (reason) {
                case NO_TRACKING, IN_TRANSIT_OVERDUE, SIGNED_BY_SOMEONE_ELSE, DAMAGED_IN_TRANSIT, FEEDBACK_ON_SHIPPING ->
                        RootCause.CARRIER;
                case IN_TRANSIT_WITHIN_NORMAL_TIME, BUYER_DISSATISFIED_NO_FAULT -> RootCause.BUYER_HANDLING;
                case CUSTOMS_INSPECTION, CUSTOMS_PAPERS_REQUIRED, CUSTOMS_FEES_CLAIMED -> RootCause.CUSTOMS;
                case CUSTOMS_NOT_CLEARED_BY_BUYER, RETURNED_TO_SENDER -> RootCause.BUYER_ADDRESS;
                case DEFECTIVE_ON_ARRIVAL, FAILED_WITHIN_WARRANTY, MATERIAL_OR_QUALITY_GRADE_DIFFERS, FEEDBACK_ON_PRODUCT ->
                        RootCause.PRODUCT_QUALITY;
                case SPECIFICATION_DIFFERS, APPEARANCE_DIFFERS -> RootCause.DESCRIPTION_MISMATCH;
                case WRONG_MODEL, WRONG_VARIANT, ANOTHER_ORDER_SHIPPED, FEWER_PIECES, PARCEL_OF_MULTI_PARCEL_MISSING,
                     ACCESSORIES_MISSING, FEEDBACK_ON_SERVICE, OTHER_COSTS_CLAIMED, SHIPPED_AFTER_PROMISED_DATE ->
                        RootCause.SELLER_PROCESS;
                case DELIVERED_AFTER_PROMISED_DATE, DELAY_AGREED_DATE_NOT_EXTENDED -> RootCause.DELIVERY_DATE_NOT_EXTENDED;
                case FREIGHT_CLAIMED -> RootCause.PACKAGING;
                case CHARGEBACK_THREATENED -> RootCause.SELLER_PROCESS;
            };
            if (chance(0.08)) {
                cause = RootCause.UNKNOWN;
            }
            Responsibility who = switch (cause) {
                case PRODUCT_QUALITY -> chance(0.7) ? Responsibility.FACTORY : Responsibility.SELLER;
                case PACKAGING, DELIVERY_DATE_NOT_EXTENDED, DESCRIPTION_MISMATCH, SELLER_PROCESS -> Responsibility.SELLER;
                case CARRIER -> Responsibility.CARRIER;
                case CUSTOMS -> chance(0.5) ? Responsibility.CUSTOMS_AUTHORITY : Responsibility.SHARED;
                case BUYER_ADDRESS, BUYER_HANDLING -> Responsibility.BUYER;
                case UNKNOWN -> Responsibility.UNKNOWN;
            };
            String note = switch (cause) {
                case DELIVERY_DATE_NOT_EXTENDED -> "Extend the delivery date on the platform the day the delay is known.";
                case DESCRIPTION_MISMATCH -> "Photograph every sample before dispatch and match the listing to it.";
                case PACKAGING -> "Double-box fragile goods and add corner protectors for sea freight.";
                case SELLER_PROCESS -> "Second person checks model, variant and piece count against the order before sealing.";
                case CUSTOMS -> "Send the commercial invoice and HS codes with the tracking number.";
                case PRODUCT_QUALITY -> chance(0.5) ? "Ask the factory for a pre-shipment inspection report for this SKU." : null;
                default -> null;
            };
            return new ClosingDetails(cause, who, note);
        }

        /** Mostly recent, as a live queue is; each step at least 2 h apart and the last one still in the past. */
        private void timing(Draft d) {
            int steps = d.path.size();
            boolean finished = !d.open();
            long min = Math.max(10, steps * 120L + 20);
            long max = steps == 0 ? 3 * MINUTES_PER_DAY : 120 * MINUTES_PER_DAY;
            double skew = finished ? 1.7 : 2.2;
            long age = min + (long) ((max - min) * Math.pow(random.nextDouble(), skew));
            d.createdAt = now.minus(Duration.ofMinutes(age)).truncatedTo(ChronoUnit.SECONDS);
            if (steps == 0) {
                d.stepEvery = Duration.ofHours(2);
                return;
            }
            long maxStep = Math.min(3 * MINUTES_PER_DAY, (age - 10) / steps);
            d.stepEvery = Duration.ofMinutes(between(120L, maxStep));
        }

        private String assignee(List<ComplaintStatus> path) {
            boolean isNew = path.isEmpty();
            if (chance(isNew ? 0.40 : 0.11)) {
                return null;
            }
            // four eyes: a case waiting for approval belongs to an agent, so a manager can approve it
            if (!isNew && path.getLast() == AWAITING_APPROVAL) {
                return pick(List.of(w("agent", 40), w("agent2", 30), w("agent3", 30)));
            }
            return pick(List.of(w("agent", 34), w("agent2", 22), w("agent3", 21), w("manager", 12), w("lead", 11)));
        }

        private void fillAgentQueue(List<Draft> drafts) {
            long open = drafts.stream().filter(d -> d.open() && "agent".equals(d.assignee)).count();
            for (Draft d : drafts) {
                if (open >= MIN_OPEN_CASES_OF_AGENT) {
                    return;
                }
                if (d.open() && d.assignee != null && !"agent".equals(d.assignee)) {
                    d.assignee = "agent";
                    open++;
                }
            }
        }

        // ---- the facts of one case ----

        private ComplaintDetails details(SubReason reason, List<ComplaintStatus> path, LocalDate created) {
            Category category = reason.category();
            Marketplace marketplace = pick(marketplacesFor(reason));
            Country country = pickCountry(marketplace);
            String person = pickOne(country.names());
            String language = country.language();
            if (person.matches("[a-z]{2}:.*")) {
                language = person.substring(0, 2);
                person = person.substring(3);
            }
            boolean bulk = marketplace == ALIBABA_TRADE_ASSURANCE || marketplace == DIRECT_B2B;
            boolean sample = bulk && chance(0.15);
            boolean production = bulk && !sample;
            String currency = currency(marketplace, country);
            double usd = sample ? logUniform(15, 150) : switch (marketplace) {
                case ALIBABA_TRADE_ASSURANCE -> logUniform(120, 4000);
                case DIRECT_B2B -> logUniform(300, 4000);
                case ALIEXPRESS -> logUniform(8, 180);
                case AMAZON -> logUniform(12, 250);
                case OWN_SHOP -> logUniform(20, 600);
                case OTHER -> logUniform(10, 200);
            };
            BigDecimal value = orderValue(usd, currency);
            Product product = pickOne(production ? BULK_PRODUCTS : sample ? BULK_PRODUCTS : RETAIL_PRODUCTS);
            boolean countsPieces = reason == SubReason.FEWER_PIECES || reason == SubReason.ACCESSORIES_MISSING
                    || reason == SubReason.DAMAGED_IN_TRANSIT || reason == SubReason.DEFECTIVE_ON_ARRIVAL
                    || reason == SubReason.PARCEL_OF_MULTI_PARCEL_MISSING;
            // a production order's quantity follows from its value at a plausible unit price
            int qty = production ? (int) Math.max(20, Math.round(usd / uniform(0.8, 8) / 10) * 10)
                    : countsPieces ? between(2, 5)
                    : sample ? between(1, 5) : between(1, 3);
            Carrier carrier = carrierFor(marketplace, reason);

            Map<String, String> v = new HashMap<>();
            v.put("product", product.of(qty));
            v.put("qty", String.valueOf(qty));
            v.put("carrier", carrier.name());
            v.put("country", country.name());
            v.put("customs", pickOne(country.customs()));
            v.put("normal", String.valueOf(carrier.normalDays()));
            v.put("platformOn", platformOn(marketplace));

            var d = new ComplaintDetails();
            d.setMarketplace(marketplace);
            d.setCategory(category);
            d.setSubReason(reason);
            d.setBuyer(new Buyer(person, country.code(), email(person), language));
            d.setOrderCurrency(currency);
            d.setOrderValue(value);
            d.setSku(sku(product));
            d.setClaimedCurrency(currency);
            d.setShipment(Shipment.NONE.withCarrier(carrier.name())
                    .withTrackingNumber(reason == SubReason.NO_TRACKING ? null : trackingNumber(carrier)));

            timeline(d, reason, carrier, production, created, v);
            d.setOrderNumber(orderNumber(marketplace, country, d.getOrderDate()));
            if (reason == SubReason.SIGNED_BY_SOMEONE_ELSE) {
                d.setShipment(d.getShipment().withSignerName(signer(person, country)));
                v.put("signer", d.getShipment().signerName());
            }
            if (marketplace != AMAZON && chance(carrier.postal() ? 0.35 : 0.6)) {
                double freightUsd = carrier.postal() ? uniform(1.5, 12) : production ? uniform(40, 380) : uniform(18, 90);
                d.setShippingCost(amount(freightUsd, currency));
            }

            claim(d, reason, path, usd, qty, country, v);
            d.setTags(tags(reason, path, marketplace, sample, usd));
            d.setPriority(priority(reason, path, usd, d.getTags()));
            d.setSummary(note(reason, qty, product, production, v));
            return d;
        }

        private List<Weighted<Marketplace>> marketplacesFor(SubReason reason) {
            return switch (reason) {
                // untracked small packets only make sense for cheap retail orders
                case NO_TRACKING -> List.of(w(ALIEXPRESS, 6), w(OWN_SHOP, 2), w(OTHER, 2));
                // the promised date on the platform is what Trade Assurance enforces
                case DELAY_AGREED_DATE_NOT_EXTENDED -> List.of(w(ALIBABA_TRADE_ASSURANCE, 6), w(ALIEXPRESS, 2),
                        w(DIRECT_B2B, 2));
                case SHIPPED_AFTER_PROMISED_DATE -> List.of(w(ALIBABA_TRADE_ASSURANCE, 5), w(ALIEXPRESS, 2),
                        w(AMAZON, 1), w(DIRECT_B2B, 2));
                case CHARGEBACK_THREATENED -> List.of(w(OWN_SHOP, 4), w(ALIEXPRESS, 2), w(ALIBABA_TRADE_ASSURANCE, 2),
                        w(OTHER, 1));
                default -> MARKETPLACES;
            };
        }

        private Country pickCountry(Marketplace marketplace) {
            Set<String> allowed = MARKETPLACE_COUNTRIES.get(marketplace);
            return pick(COUNTRIES.stream()
                    .filter(c -> allowed == null || allowed.contains(c.code()))
                    .map(c -> w(c, c.weight()))
                    .toList());
        }

        private String currency(Marketplace marketplace, Country country) {
            String local = country.currency();
            return switch (marketplace) {
                case AMAZON, OTHER -> local;
                case OWN_SHOP -> chance(0.8) ? local : "USD";
                case ALIEXPRESS -> chance(local.equals("JPY") ? 0.6 : 0.3) ? local : "USD";
                case ALIBABA_TRADE_ASSURANCE -> country.code().equals("RU") && chance(0.5) ? "CNY"
                        : chance(0.12) && !local.equals("JPY") ? local : "USD";
                case DIRECT_B2B -> country.code().equals("RU") || chance(0.15) ? "CNY"
                        : chance(0.2) ? local : "USD";
            };
        }

        private Carrier carrierFor(Marketplace marketplace, SubReason reason) {
            Carrier c = pick(CARRIERS.get(marketplace));
            if (reason == SubReason.NO_TRACKING) {
                return chance(0.6) ? CHINA_POST : YANWEN;
            }
            if (reason == SubReason.IN_TRANSIT_WITHIN_NORMAL_TIME && !c.postal()) {
                return pickOne(POSTAL);
            }
            // a late delivery on a slow postal service would push the order date too far back for the demo window
            if (reason.category() == Category.LATE_DELIVERY && c.normalDays() > 15) {
                return pickOne(UNDER_TWO_WEEKS);
            }
            return c;
        }

        /**
         * Order, shipping, promised and delivery dates, worked backwards from the day the case was opened so that
         * they tell the story of the sub-reason; the order is placed 3 to 40 days before the case.
         */
        private void timeline(ComplaintDetails d, SubReason reason, Carrier carrier, boolean production,
                              LocalDate created, Map<String, String> v) {
            int normal = carrier.normalDays();
            int handling = production ? between(3, 10) : between(1, 4);
            Category category = reason.category();
            boolean arrived = switch (category) {
                case QUALITY, NOT_AS_DESCRIBED, WRONG_ITEM, SHORT_SHIPMENT, LATE_DELIVERY, NEGATIVE_FEEDBACK -> true;
                default -> reason == SubReason.SIGNED_BY_SOMEONE_ELSE;
            };
            LocalDate shipped;
            LocalDate promised;
            if (arrived) {
                int lag = reason == SubReason.FAILED_WITHIN_WARRANTY ? between(14, 28)
                        : category == Category.NEGATIVE_FEEDBACK ? between(1, 10) : between(0, 5);
                int transit = Math.max(2, (int) Math.round(normal * uniform(0.5, 1.0)));
                int promisedHandling = handling;
                switch (reason) {
                    case SHIPPED_AFTER_PROMISED_DATE -> {
                        promisedHandling = between(2, 5);
                        handling = promisedHandling + between(4, 12);
                    }
                    case DELAY_AGREED_DATE_NOT_EXTENDED -> {
                        promisedHandling = between(2, 5);
                        handling = promisedHandling + between(5, 12);
                        v.put("agreed", String.valueOf(handling - promisedHandling));
                    }
                    case DELIVERED_AFTER_PROMISED_DATE -> transit = normal + between(3, 12);
                    case FEEDBACK_ON_SHIPPING -> transit = normal + between(2, 10);
                    default -> {
                    }
                }
                int[] parts = {lag, transit, handling};
                int minTransit = reason == SubReason.DELIVERED_AFTER_PROMISED_DATE
                        || reason == SubReason.FEEDBACK_ON_SHIPPING ? normal + 1 : 2;
                int minLag = reason == SubReason.FAILED_WITHIN_WARRANTY ? 14 : 0;
                fit(parts, new int[]{minLag, minTransit, Math.min(handling, promisedHandling + 1)}, 40);
                lag = parts[0];
                transit = parts[1];
                handling = parts[2];
                LocalDate delivered = created.minusDays(lag);
                shipped = delivered.minusDays(transit);
                LocalDate ordered = shipped.minusDays(handling);
                promised = switch (reason) {
                    case SHIPPED_AFTER_PROMISED_DATE, DELAY_AGREED_DATE_NOT_EXTENDED ->
                            ordered.plusDays(promisedHandling + normal);
                    case DELIVERED_AFTER_PROMISED_DATE -> shipped.plusDays(normal);
                    default -> shipped.plusDays(normal + between(2, 10));
                };
                if (category == Category.LATE_DELIVERY && !promised.isBefore(delivered)) {
                    promised = delivered.minusDays(1);
                }
                if (!promised.isAfter(shipped)) {
                    promised = shipped.plusDays(1);
                }
                d.setOrderDate(ordered);
                d.setShipment(d.getShipment().withDeliveredOn(delivered));
                v.put("delivered", DAY.format(delivered));
                v.put("transit", String.valueOf(transit));
                v.put("late", String.valueOf(delivered.toEpochDay() - promised.toEpochDay()));
                v.put("lateShip", String.valueOf(handling - promisedHandling));
                v.put("weeks", String.valueOf(Math.max(2, lag / 7)));
            } else {
                int since;
                switch (reason) {
                    case NO_TRACKING -> since = between(20, 35);
                    case IN_TRANSIT_WITHIN_NORMAL_TIME -> since = between(5, normal - 3);
                    case IN_TRANSIT_OVERDUE -> since = normal + between(4, 14);
                    case CUSTOMS_INSPECTION, CUSTOMS_PAPERS_REQUIRED, CUSTOMS_NOT_CLEARED_BY_BUYER -> {
                        int hold = between(3, 16);
                        int toCustoms = Math.max(2, (int) Math.round(normal * uniform(0.3, 0.6)));
                        int[] parts = {hold, toCustoms, handling};
                        fit(parts, new int[]{2, 2, 1}, 40);
                        handling = parts[2];
                        since = parts[0] + parts[1];
                        v.put("hold", String.valueOf(parts[0]));
                    }
                    case RETURNED_TO_SENDER -> since = between(18, 35);
                    default -> since = between(6, 30);
                }
                int[] parts = {since, handling};
                fit(parts, new int[]{reason == SubReason.IN_TRANSIT_OVERDUE ? normal + 2 : 2, 1}, 40);
                since = parts[0];
                handling = parts[1];
                shipped = created.minusDays(since);
                d.setOrderDate(shipped.minusDays(handling));
                promised = reason == SubReason.IN_TRANSIT_OVERDUE ? shipped.plusDays(normal)
                        : shipped.plusDays(normal + between(3, 12));
                v.put("over", String.valueOf(created.toEpochDay() - promised.toEpochDay()));
                v.put("stuck", String.valueOf(reason == SubReason.IN_TRANSIT_OVERDUE
                        ? between(5, Math.min(since - 2, 20)) : between(1, 4)));
            }
            d.setShipment(d.getShipment().withShippedOn(shipped).withPromisedDeliveryOn(promised));
            v.put("days", String.valueOf(created.toEpochDay() - shipped.toEpochDay()));
            v.put("promised", DAY.format(promised));
        }

        /** Shrinks the parts, first ones first and never below their minimum, until they add up to at most max. */
        private static void fit(int[] parts, int[] mins, int max) {
            int sum = 0;
            for (int p : parts) {
                sum += p;
            }
            for (int i = 0; i < parts.length && sum > max; i++) {
                int cut = Math.min(parts[i] - mins[i], sum - max);
                if (cut > 0) {
                    parts[i] -= cut;
                    sum -= cut;
                }
            }
        }

        private void claim(ComplaintDetails d, SubReason reason, List<ComplaintStatus> path, double usd, int qty,
                           Country country, Map<String, String> v) {
            BigDecimal value = d.getOrderValue();
            String currency = d.getOrderCurrency();
            BigDecimal claimed = switch (reason) {
                case NO_TRACKING, IN_TRANSIT_OVERDUE, RETURNED_TO_SENDER -> chance(0.7) ? value : null;
                case IN_TRANSIT_WITHIN_NORMAL_TIME -> chance(0.2) ? value : null;
                case CUSTOMS_INSPECTION, CUSTOMS_PAPERS_REQUIRED -> chance(0.4) ? value : null;
                case CUSTOMS_NOT_CLEARED_BY_BUYER -> chance(0.6) ? value : null;
                case SIGNED_BY_SOMEONE_ELSE -> chance(0.85) ? value : null;
                case DAMAGED_IN_TRANSIT, DEFECTIVE_ON_ARRIVAL -> {
                    int n = qty < 2 ? qty : between(Math.max(1, qty / 100), Math.max(1, qty / 5));
                    v.put("n", String.valueOf(n));
                    yield qty < 2 ? share(value, uniform(0.3, 1.0), currency) : share(value, (double) n / qty, currency);
                }
                case BUYER_DISSATISFIED_NO_FAULT -> chance(0.5) ? null : share(value, uniform(0.2, 1.0), currency);
                case FAILED_WITHIN_WARRANTY -> chance(0.4) ? null : share(value, uniform(0.4, 1.0), currency);
                case SPECIFICATION_DIFFERS, APPEARANCE_DIFFERS, MATERIAL_OR_QUALITY_GRADE_DIFFERS ->
                        chance(0.3) ? value : share(value, uniform(0.2, 0.6), currency);
                case WRONG_MODEL, WRONG_VARIANT, ANOTHER_ORDER_SHIPPED -> chance(0.5) ? value : null;
                case FEWER_PIECES -> {
                    int missing = between(1, Math.max(1, qty / 4));
                    v.put("missing", String.valueOf(missing));
                    v.put("got", String.valueOf(qty - missing));
                    yield share(value, (double) missing / qty, currency);
                }
                case PARCEL_OF_MULTI_PARCEL_MISSING -> {
                    int parcels = qty >= 50 ? between(3, 8) : between(2, 3);
                    v.put("parcels", String.valueOf(parcels));
                    v.put("parcelsGot", String.valueOf(parcels - 1));
                    yield share(value, 1.0 / parcels, currency);
                }
                case ACCESSORIES_MISSING -> {
                    v.put("accessory", pickOne(ACCESSORIES));
                    v.put("n", String.valueOf(between(1, Math.max(1, qty / 3))));
                    yield share(value, uniform(0.05, 0.15), currency);
                }
                case SHIPPED_AFTER_PROMISED_DATE, DELIVERED_AFTER_PROMISED_DATE, DELAY_AGREED_DATE_NOT_EXTENDED ->
                        share(value, uniform(0.05, 0.3), currency);
                case FEEDBACK_ON_PRODUCT, FEEDBACK_ON_SERVICE, FEEDBACK_ON_SHIPPING ->
                        chance(0.8) ? null : share(value, uniform(0.05, 0.15), currency);
                case CUSTOMS_FEES_CLAIMED -> {
                    // the buyer paid the duty at home, so the claim is in their currency, not the order's
                    d.setClaimedCurrency(country.currency());
                    yield amount(usd * uniform(0.12, 0.28) + uniform(6, 15), country.currency());
                }
                case FREIGHT_CLAIMED -> d.getShippingCost() != null && chance(0.6) ? d.getShippingCost()
                        : amount(Math.min(usd * 0.6, uniform(15, 90)), currency);
                case OTHER_COSTS_CLAIMED -> amount(usd * uniform(0.1, 0.5) + 10, currency);
                case CHARGEBACK_THREATENED -> d.getShippingCost() == null ? value : value.add(d.getShippingCost());
            };
            if (claimed == null && path.contains(AWAITING_APPROVAL)) {
                // nobody asks a manager to approve nothing
                claimed = share(value, uniform(0.5, 1.0), currency);
            }
            d.setClaimedAmount(claimed);
            if (claimed != null) {
                v.put("amount", money(claimed, d.getClaimedCurrency()));
                v.put("fee", money(claimed, d.getClaimedCurrency()));
            }
            v.put("left", String.valueOf(between(3, 10)));
            v.put("stars", String.valueOf(between(1, 2)));
            v.put("lastScan", pickOne(LAST_SCANS));
            v.put("silence", String.valueOf(between(2, 6)));
            v.put("spec", pickOne(SPECS));
            v.put("reason", pickOne(FEEDBACK_REASONS));
        }

        private Set<String> tags(SubReason reason, List<ComplaintStatus> path, Marketplace marketplace,
                                 boolean sample, double usd) {
            Set<String> tags = new LinkedHashSet<>();
            if (reason == SubReason.CHARGEBACK_THREATENED
                    || (path.contains(ESCALATED) && marketplace != DIRECT_B2B && chance(0.3))) {
                tags.add("chargeback-risk");
            }
            if (sample) {
                tags.add("sample");
            }
            switch (reason.category()) {
                case QUALITY, NOT_AS_DESCRIBED, WRONG_ITEM, SHORT_SHIPMENT -> {
                    if (chance(0.5)) {
                        tags.add("photo-evidence");
                    }
                }
                default -> {
                }
            }
            boolean customs = reason == SubReason.CUSTOMS_INSPECTION || reason == SubReason.CUSTOMS_PAPERS_REQUIRED
                    || reason == SubReason.CUSTOMS_NOT_CLEARED_BY_BUYER || reason == SubReason.CUSTOMS_FEES_CLAIMED;
            if (customs && chance(0.7)) {
                tags.add("customs");
            }
            if (!sample && usd > 1500 && (marketplace == ALIBABA_TRADE_ASSURANCE || marketplace == DIRECT_B2B)
                    && chance(0.4)) {
                tags.add("vip");
            }
            if (chance(0.12)) {
                tags.add("repeat-buyer");
            }
            return tags.stream().limit(2).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        private Priority priority(SubReason reason, List<ComplaintStatus> path, double usd, Set<String> tags) {
            if (reason == SubReason.CHARGEBACK_THREATENED) {
                return Priority.URGENT;
            }
            if (path.contains(ESCALATED)) {
                return chance(0.4) ? Priority.URGENT : Priority.HIGH;
            }
            if (tags.contains("vip") || tags.contains("chargeback-risk") || usd > 2000) {
                return chance(0.7) ? Priority.HIGH : Priority.NORMAL;
            }
            boolean minor = switch (reason) {
                case IN_TRANSIT_WITHIN_NORMAL_TIME, BUYER_DISSATISFIED_NO_FAULT, FEEDBACK_ON_PRODUCT,
                     FEEDBACK_ON_SERVICE, FEEDBACK_ON_SHIPPING -> true;
                default -> false;
            };
            if (minor) {
                return chance(0.35) ? Priority.LOW : Priority.NORMAL;
            }
            double r = random.nextDouble();
            return r < 0.09 ? Priority.HIGH : r < 0.12 ? Priority.LOW : r < 0.14 ? Priority.URGENT : Priority.NORMAL;
        }

        private String note(SubReason reason, int qty, Product product, boolean production, Map<String, String> v) {
            List<String> fitting = new ArrayList<>();
            for (String t : NOTES.get(reason)) {
                int bar = t.indexOf('|');
                String flags = bar > 0 && t.substring(0, bar).matches("[A-Z]+") ? t.substring(0, bar) : "";
                if ((flags.contains("M") && qty < 2) || (flags.contains("P") && !product.powered())
                        || (flags.contains("B") && !production)) {
                    continue;
                }
                fitting.add(flags.isEmpty() ? t : t.substring(bar + 1));
            }
            String template = pickOne(fitting);
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = v.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException("No value for {" + m.group(1) + "} in note of " + reason);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            // a note may start with a placeholder such as the product name
            return Character.toUpperCase(out.charAt(0)) + out.substring(1);
        }

        // ---- identifiers in each platform's and carrier's own style ----

        private String orderNumber(Marketplace marketplace, Country country, LocalDate orderDate) {
            return switch (marketplace) {
                case ALIBABA_TRADE_ASSURANCE -> "TA" + digits(12);
                case ALIEXPRESS -> (chance(0.7) ? "81" : "30") + digits(14);
                // North American Amazon order numbers start with 11x, the other sites' with other prefixes
                case AMAZON -> (Set.of("US", "CA").contains(country.code()) ? "11" + between(1, 4)
                        : pickOne(List.of("028", "171", "202", "249", "250", "302", "303", "304", "305", "403", "404",
                        "406", "503"))) + "-" + digits(7) + "-" + digits(7);
                case OWN_SHOP -> "WEB-" + between(10000, 19999);
                case DIRECT_B2B -> "PO-" + orderDate.getYear() + "-" + "%04d".formatted(between(1, 999));
                case OTHER -> "%02d-%05d-%05d".formatted(between(1, 27), between(0, 99999), between(0, 99999));
            };
        }

        private String trackingNumber(Carrier carrier) {
            if (carrier == CHINA_POST) {
                return upu(pickOne(List.of("LX", "LY", "LZ", "RB", "RR", "RL")), "CN");
            }
            if (carrier == EMS) {
                return upu("E" + (char) ('A' + between(0, 25)), "CN");
            }
            if (carrier == YANWEN) {
                return upu("U" + pickOne(List.of("G", "H", "J")), "YP");
            }
            if (carrier == FOUR_PX) {
                return "4PX300" + digits(10) + "CN";
            }
            if (carrier == CAINIAO) {
                return "LP00" + digits(12);
            }
            if (carrier == DHL) {
                return between(1, 9) + digits(9);
            }
            if (carrier == FEDEX) {
                return between(1, 9) + digits(11);
            }
            if (carrier == UPS) {
                StringBuilder shipper = new StringBuilder();
                for (int i = 0; i < 6; i++) {
                    shipper.append(chance(0.5) ? (char) ('A' + between(0, 25)) : (char) ('0' + between(0, 9)));
                }
                return "1Z" + shipper + pickOne(List.of("01", "03", "04", "66")) + digits(8);
            }
            return "SF" + between(1, 9) + digits(12);
        }

        /** An S10 (UPU) item number, check digit included, as postal tracking numbers are. */
        private String upu(String prefix, String suffix) {
            String serial = digits(8);
            int[] weights = {8, 6, 4, 2, 3, 5, 9, 7};
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (serial.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            check = check == 10 ? 0 : check == 11 ? 5 : check;
            return prefix + serial + check + suffix;
        }

        private String email(String name) {
            String[] parts = ascii(name).split(" ", 2);
            String first = parts[0].replaceAll("[^a-z0-9]", "");
            String last = parts.length > 1 ? parts[1].replaceAll("[^a-z0-9]", "") : "buyer";
            String local = switch (between(0, 4)) {
                case 0 -> first + "." + last;
                case 1 -> first + last + between(10, 99);
                case 2 -> first.charAt(0) + "." + last;
                case 3 -> first + "_" + last;
                default -> first + last.charAt(0) + between(1970, 2005);
            };
            return local + "@" + pickOne(EMAIL_DOMAINS);
        }

        private static String ascii(String s) {
            String folded = s.toLowerCase(Locale.ROOT)
                    .replace("ł", "l").replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("æ", "ae");
            return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }

        /** Someone other than the buyer: a relative, a colleague, or the building's front desk. */
        private String signer(String buyer, Country country) {
            String[] parts = buyer.split(" ", 2);
            return switch (between(0, 2)) {
                case 0 -> pickOne(SIGNER_LABELS);
                case 1 -> {
                    String other = pickOne(country.names().stream().map(n -> n.replaceFirst("^[a-z]{2}:", ""))
                            .filter(n -> !n.equals(buyer)).toList());
                    yield other.split(" ", 2)[0];
                }
                default -> {
                    char initial = parts[0].charAt(0) == 'M' ? 'K' : 'M';
                    yield initial + ". " + (parts.length > 1 ? parts[1] : parts[0]);
                }
            };
        }

        private static String platformOn(Marketplace marketplace) {
            return switch (marketplace) {
                case ALIBABA_TRADE_ASSURANCE -> "on Alibaba.com";
                case ALIEXPRESS -> "on AliExpress";
                case AMAZON -> "on Amazon";
                case OWN_SHOP -> "in our web shop";
                case DIRECT_B2B -> "in the PO";
                case OTHER -> "on eBay";
            };
        }

        // ---- money ----

        private BigDecimal orderValue(double usd, String currency) {
            if (currency.equals("JPY")) {
                // yen prices end in round tens, as shops set them
                long yen = Math.max(1200, Math.min(600_000, Math.round(usd * PER_USD.get("JPY") / 10) * 10));
                return BigDecimal.valueOf(yen);
            }
            double value = usd * PER_USD.get(currency);
            // kept within 8 to 4,000 without piling up on the bounds, which would look made up
            if (value > 4000) {
                value = 4000 * uniform(0.55, 1.0);
            } else if (value < 8) {
                value = 8 + uniform(0, 4);
            }
            return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        }

        /** A US-dollar amount in {@code currency}, at that currency's minor units (none for yen). */
        private static BigDecimal amount(double usd, String currency) {
            return BigDecimal.valueOf(usd * PER_USD.get(currency))
                    .setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.HALF_UP);
        }

        private static BigDecimal share(BigDecimal value, double fraction, String currency) {
            BigDecimal part = value.multiply(BigDecimal.valueOf(fraction))
                    .setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.HALF_UP);
            return part.min(value);
        }

        private static String money(BigDecimal amount, String currency) {
            return currency + " " + String.format(Locale.ENGLISH, "%,." + amount.scale() + "f", amount);
        }

        // ---- randomness ----

        private <T> T pick(List<Weighted<T>> options) {
            int total = options.stream().mapToInt(Weighted::weight).sum();
            int r = random.nextInt(total);
            for (Weighted<T> o : options) {
                r -= o.weight();
                if (r < 0) {
                    return o.value();
                }
            }
            throw new IllegalStateException("unreachable");
        }

        private <T> T pickOne(List<T> options) {
            return options.get(random.nextInt(options.size()));
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        private int between(int min, int max) {
            return min + random.nextInt(max - min + 1);
        }

        private long between(long min, long max) {
            return min + (long) (random.nextDouble() * (max - min + 1));
        }

        private double uniform(double min, double max) {
            return min + random.nextDouble() * (max - min);
        }

        /** Cheap orders are far more common than dear ones. */
        private double logUniform(double min, double max) {
            return Math.exp(uniform(Math.log(min), Math.log(max)));
        }

        private String digits(int n) {
            StringBuilder s = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            return s.toString();
        }
    }
}
