package io.calldeck.sandbox.data;

import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.Workspace;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sales team and customers the generated calls are about, all derived from the seed: two workspaces, a VP
 * and a manager per team, 10 to 20 reps with their own talk habits, and 40 to 60 customer companies with
 * contacts, Salesforce accounts and opportunities.
 */
public final class SalesOrg {

    /** The company whose calls the sandbox holds. */
    public static final String COMPANY = "Lumen Analytics";
    /** Its email domain. */
    public static final String DOMAIN = "lumen-analytics.example";

    private static final String[] FIRST = {"Avery", "Jordan", "Priya", "Mateo", "Chloe", "Noah", "Amara", "Lukas",
        "Sofia", "Ethan", "Yuki", "Omar", "Hannah", "Diego", "Zara", "Liam", "Ingrid", "Kwame", "Elena", "Ravi",
        "Grace", "Tomás", "Mei", "Jonas", "Fatima", "Oliver", "Aisha", "Henrik", "Camila", "Samuel", "Leila",
        "Marcus", "Nadia", "Felix", "Isabel", "Dmitri", "Chiara", "Kofi", "Emma", "Arjun", "Sienna", "Mohammed",
        "Julia", "Bruno", "Anika", "Theo", "Valentina", "Hiro", "Maya", "Patrick"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Sharma", "Garcia", "Dubois", "Müller", "Nakamura",
        "O'Brien", "Rossi", "Kowalski", "Haddad", "Chen", "Johansson", "Fernández", "Mensah", "Novak", "Patel",
        "Schmidt", "Costa", "Ivanova", "Murphy", "Tanaka", "Andersen", "Moreau", "Kim", "Silva", "Nguyen", "Brown",
        "Ali", "Horvath", "Walker", "Rahman", "Bianchi", "Larsen", "Adeyemi", "Park", "Wright", "Yilmaz", "Weber",
        "Santos"};
    private static final String[] COMPANY_PREFIX = {"Northwind", "Bluefin", "Crestline", "Ironbark", "Brightpath",
        "Cobalt", "Evergreen", "Harborview", "Keystone", "Lighthouse", "Meridian", "Nimbus", "Oakridge", "Pinnacle",
        "Quantum", "Redwood", "Silverline", "Tidewater", "Summit", "Vantage", "Willow", "Zenith", "Aurora", "Beacon",
        "Copperleaf", "Driftwood", "Everstone", "Foxglove", "Granite", "Highland"};
    private static final String[] COMPANY_SUFFIX = {"Logistics", "Health", "Retail", "Bank", "Energy", "Foods",
        "Insurance", "Robotics", "Media", "Telecom", "Pharma", "Systems", "Motors", "Airlines", "Labs"};
    private static final Map<String, String> INDUSTRY = Map.ofEntries(Map.entry("Logistics", "Transportation"),
            Map.entry("Health", "Healthcare"), Map.entry("Retail", "Retail"), Map.entry("Bank", "Financial Services"),
            Map.entry("Energy", "Energy"), Map.entry("Foods", "Consumer Goods"), Map.entry("Insurance", "Insurance"),
            Map.entry("Robotics", "Manufacturing"), Map.entry("Media", "Media"), Map.entry("Telecom", "Telecommunications"),
            Map.entry("Pharma", "Life Sciences"), Map.entry("Systems", "Technology"), Map.entry("Motors", "Automotive"),
            Map.entry("Airlines", "Travel"), Map.entry("Labs", "Technology"));
    private static final String[] CONTACT_TITLES = {"VP of Engineering", "Chief Data Officer", "Head of Analytics",
        "Director of IT", "Procurement Manager", "Data Engineer", "CFO", "Analytics Lead", "CTO",
        "Director of Operations", "Security Architect", "BI Manager"};
    private static final String[] STAGES = {"Prospecting", "Qualification", "Discovery", "Proposal", "Negotiation",
        "Closed Won", "Closed Lost"};

    private final long seed;
    private final List<Workspace> workspaces;
    private final List<Rep> reps;
    private final List<GongUser> managers;
    private final List<Customer> customers;
    private final Map<String, GongUser> usersById;

    /**
     * A rep: a Gong user who hosts calls, with the habits that shape their calls.
     *
     * @param user          the Gong user
     * @param workspaceId   the rep's workspace
     * @param talkRatio     the share of a call's speech the rep usually takes (0.3 to 0.72; above 0.6 talks too much)
     * @param phoneRep      whether the rep mostly dials (SDR) rather than meets
     * @param weight        how many calls the rep has relative to others
     */
    public record Rep(GongUser user, String workspaceId, double talkRatio, boolean phoneRep, double weight) {
        /** @return the user id */
        public String id() {
            return user.id();
        }

        /** @return "first last" */
        public String name() {
            return user.fullName();
        }
    }

    /**
     * A customer company.
     *
     * @param name          company name
     * @param domain        email domain
     * @param industry      industry
     * @param accountId     Salesforce Account id
     * @param opportunities open and closed Salesforce opportunities
     * @param contacts      people at the company
     */
    public record Customer(String name, String domain, String industry, String accountId,
                           List<Opportunity> opportunities, List<Contact> contacts) {
    }

    /**
     * A Salesforce opportunity.
     *
     * @param id        Opportunity id
     * @param name      name
     * @param stage     StageName
     * @param amount    Amount (USD)
     * @param closeDate CloseDate
     * @param probability Probability (percent)
     */
    public record Opportunity(String id, String name, String stage, long amount, LocalDate closeDate, int probability) {
    }

    /**
     * A person at a customer.
     *
     * @param name      full name
     * @param title     job title
     * @param email     email address
     * @param phone     phone number
     * @param contactId Salesforce Contact id
     */
    public record Contact(String name, String title, String email, String phone, String contactId) {
    }

    /**
     * @param seed the data seed
     */
    public SalesOrg(long seed) {
        this.seed = seed;
        Rng rng = new Rng(seed, 1);
        this.workspaces = List.of(
                new Workspace(Ids.of(Ids.Kind.WORKSPACE, seed, 1), "North America Sales", "AEs and SDRs in the Americas"),
                new Workspace(Ids.of(Ids.Kind.WORKSPACE, seed, 2), "EMEA Sales", "AEs and SDRs in Europe"));
        Set<String> names = new LinkedHashSet<>();
        int userNumber = 1;
        GongUser vp = user(userNumber++, uniqueName(rng, names), "VP of Sales", null, rng);
        List<GongUser> teamManagers = new ArrayList<>();
        teamManagers.add(user(userNumber++, uniqueName(rng, names), "Sales Manager, North America", vp.id(), rng));
        teamManagers.add(user(userNumber++, uniqueName(rng, names), "Sales Manager, EMEA", vp.id(), rng));
        this.managers = List.of(vp, teamManagers.get(0), teamManagers.get(1));
        int repCount = rng.between(10, 21);
        List<Rep> repList = new ArrayList<>();
        for (int i = 0; i < repCount; i++) {
            int team = i % 2;
            boolean sdr = rng.chance(0.3);
            String title = sdr ? "Sales Development Representative"
                    : rng.pick("Account Executive", "Senior Account Executive", "Enterprise Account Executive");
            GongUser user = user(userNumber++, uniqueName(rng, names), title, teamManagers.get(team).id(), rng);
            double talkRatio = rng.chance(0.25) ? rng.between(0.60, 0.72) : rng.between(0.32, 0.55);
            repList.add(new Rep(user, workspaces.get(team).id(), Math.round(talkRatio * 100) / 100.0, sdr,
                    rng.between(0.6, 1.6)));
        }
        // Names come from calendar invites and CRMs, and some break pages that do not escape them: the last rep's is
        // built to (markup that would close a script element and run an onerror handler), so that every page and
        // export shows it as text.
        Rep last = repList.get(repList.size() - 1);
        GongUser hostile = renamed(last.user(), last.user().firstName(), HOSTILE_LAST_NAME);
        repList.set(repList.size() - 1, new Rep(hostile, last.workspaceId(), last.talkRatio(), last.phoneRep(),
                last.weight()));
        this.reps = List.copyOf(repList);
        int customerCount = rng.between(40, 61);
        List<Customer> customerList = new ArrayList<>();
        Set<String> companyNames = new LinkedHashSet<>();
        while (customerList.size() < customerCount) {
            String suffix = rng.pick(COMPANY_SUFFIX);
            String name = rng.pick(COMPANY_PREFIX) + " " + suffix;
            if (companyNames.add(name)) {
                customerList.add(customer(name, suffix, rng));
            }
        }
        this.customers = List.copyOf(customerList);
        this.usersById = users().stream().collect(Collectors.toUnmodifiableMap(GongUser::id, Function.identity()));
    }

    /** The hostile part of one rep's name: it closes a script element and would run script if not escaped. */
    public static final String HOSTILE_LAST_NAME = "O'Neil </script><img src=x onerror=\"window.calldeckInjected=1\">";

    private static GongUser renamed(GongUser user, String first, String last) {
        return new GongUser(user.id(), user.emailAddress(), user.created(), user.active(), user.emailAliases(),
                user.trustedEmailAddress(), first, last, user.title(), user.phoneNumber(), user.extension(),
                user.personalMeetingUrls(), user.settings(), user.managerId(), user.meetingConsentPageUrl(),
                user.spokenLanguages());
    }

    private static String uniqueName(Rng rng, Set<String> taken) {
        while (true) {
            String name = rng.pick(FIRST) + " " + rng.pick(LAST);
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private GongUser user(int number, String name, String title, String managerId, Rng rng) {
        String[] parts = name.split(" ", 2);
        String email = (parts[0] + "." + parts[1]).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@" + DOMAIN;
        OffsetDateTime created = OffsetDateTime.of(2021, 1 + rng.nextInt(12), 1 + rng.nextInt(28), 9, 0, 0, 0,
                ZoneOffset.UTC);
        return new GongUser(Ids.of(Ids.Kind.USER, seed, number), email, created, true, List.of(), null, parts[0],
                parts[1], title, "+1 415 555 " + String.format("%04d", 1000 + number), null, List.of(),
                new GongUser.Settings(true, false, true, true, false, false, false), managerId, null,
                List.of(new GongUser.SpokenLanguage("en-US", true)));
    }

    private Customer customer(String name, String suffix, Rng rng) {
        String domain = name.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
        String accountId = "001" + rng.alphanumeric(15);
        List<Opportunity> opportunities = new ArrayList<>();
        int count = rng.between(1, 3);
        for (int i = 0; i < count; i++) {
            String stage = rng.pick(STAGES);
            int probability = switch (stage) {
                case "Prospecting" -> 10;
                case "Qualification" -> 20;
                case "Discovery" -> 30;
                case "Proposal" -> 60;
                case "Negotiation" -> 80;
                case "Closed Won" -> 100;
                default -> 0;
            };
            opportunities.add(new Opportunity("006" + rng.alphanumeric(15),
                    name + " - " + rng.pick("Platform", "Expansion", "Renewal", "Pilot"), stage,
                    rng.between(12, 400) * 1000L, LocalDate.of(2026, 1 + rng.nextInt(12), 1 + rng.nextInt(28)),
                    probability));
        }
        List<Contact> contacts = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int people = rng.between(2, 7);
        for (int i = 0; i < people; i++) {
            String person = uniqueName(rng, names);
            String[] parts = person.split(" ", 2);
            String email = (parts[0].charAt(0) + parts[1]).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "@" + domain;
            contacts.add(new Contact(person, rng.pick(CONTACT_TITLES), email,
                    "+1 " + rng.between(200, 990) + " 555 " + rng.between(1000, 9999), "003" + rng.alphanumeric(15)));
        }
        return new Customer(name, domain, INDUSTRY.get(suffix), accountId, List.copyOf(opportunities),
                List.copyOf(contacts));
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the two workspaces */
    public List<Workspace> workspaces() {
        return workspaces;
    }

    /** @return the reps, who host the calls */
    public List<Rep> reps() {
        return reps;
    }

    /** @return the VP of Sales and the two team managers */
    public List<GongUser> managers() {
        return managers;
    }

    /** @return every Gong user: managers first, then reps */
    public List<GongUser> users() {
        List<GongUser> all = new ArrayList<>(managers);
        reps.forEach(rep -> all.add(rep.user()));
        return all;
    }

    /**
     * @param userId a user id
     * @return the user, if the sandbox knows it
     */
    public Optional<GongUser> user(String userId) {
        return Optional.ofNullable(usersById.get(userId));
    }

    /** @return the customer companies */
    public List<Customer> customers() {
        return customers;
    }

    /**
     * @param rep a rep
     * @return the rep's manager
     */
    public GongUser managerOf(Rep rep) {
        return usersById.get(rep.user().managerId());
    }
}
