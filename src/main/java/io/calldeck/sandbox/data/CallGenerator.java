package io.calldeck.sandbox.data;

import io.calldeck.connector.model.CallCollaboration;
import io.calldeck.connector.model.CallContent;
import io.calldeck.connector.model.CallContext;
import io.calldeck.connector.model.CallInteraction;
import io.calldeck.connector.model.CallMedia;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallOutcome;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CrmField;
import io.calldeck.connector.model.CrmObject;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.HighlightsSection;
import io.calldeck.connector.model.InteractionStat;
import io.calldeck.connector.model.KeyPoint;
import io.calldeck.connector.model.OutlineSection;
import io.calldeck.connector.model.Party;
import io.calldeck.connector.model.PublicComment;
import io.calldeck.connector.model.Questions;
import io.calldeck.connector.model.Speaker;
import io.calldeck.connector.model.StructureSection;
import io.calldeck.connector.model.Topic;
import io.calldeck.connector.model.Tracker;
import io.calldeck.connector.model.TrackerOccurrence;
import io.calldeck.connector.model.TrackerPhrase;
import io.calldeck.connector.model.VideoStat;
import io.calldeck.sandbox.data.CallSkeleton.Kind;
import jakarta.json.spi.JsonProvider;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a sales team's calls deterministically: the same seed, day and index always give the same call,
 * so the sandbox stores only {@link CallSkeleton}s and regenerates details on demand.
 *
 * <p>Every generated call hangs together the way Gong's analysis does: a speech timeline is drawn first (who
 * spoke when, in milliseconds), and the speakers' talk times, the host's interaction stats, topic durations,
 * tracker occurrences, outline and the transcript are all derived from it. Talk times therefore never sum to
 * more than the call's duration, and every speaker id in the transcript and in tracker occurrences is a
 * party's {@code speakerId}.
 */
public final class CallGenerator {

    private static final String[] PURPOSES = {"Discovery", "Demo", "Technical Deep Dive", "Pricing Review",
        "Kickoff", "Check-in", "Security Review", "Executive Briefing"};
    private static final String[][] AGENDAS = {
        {"Call Setup", "Small Talk", "Pain Points", "Current Stack", "Product Demo", "Pricing", "Next Steps"},
        {"Call Setup", "Recap", "Technical Requirements", "Security", "Integration", "Timeline", "Next Steps"},
        {"Call Setup", "Business Goals", "Metrics", "Decision Process", "Budget", "Wrap-Up"},
        {"Small Talk", "Product Demo", "Dashboards", "Data Sources", "Pricing", "Next Steps"}};
    private static final String[] INTERNAL_AGENDA = {"Pipeline", "Deal Risks", "Forecast", "Coaching", "Next Steps"};
    private static final String[] PHONE_AGENDA = {"Introduction", "Qualification", "Meeting Scheduling"};
    private static final String[] MEETING_SYSTEMS = {"Zoom", "Zoom", "Microsoft Teams", "Google Meet", "Webex"};
    private static final String[] PHONE_SYSTEMS = {"Outreach", "RingCentral", "Aircall", "Salesloft"};

    private static final List<TrackerDef> TRACKERS = List.of(
            new TrackerDef("Competitors", Tracker.KEYWORD, List.of("Snowflake", "Looker", "Tableau", "Power BI")),
            new TrackerDef("Pricing", Tracker.KEYWORD, List.of("discount", "budget", "price per seat")),
            new TrackerDef("Next Steps", Tracker.KEYWORD, List.of("follow up", "next week", "send over")),
            new TrackerDef("Security", Tracker.KEYWORD, List.of("SOC 2", "SSO", "GDPR")),
            new TrackerDef("Timing", Tracker.KEYWORD, List.of("this quarter", "end of year", "by Q3")),
            new TrackerDef("Customer pain", Tracker.SMART, List.of()),
            new TrackerDef("Decision process", Tracker.SMART, List.of()),
            new TrackerDef("Economic buyer", Tracker.SMART, List.of()),
            new TrackerDef("Champion", Tracker.SMART, List.of()),
            new TrackerDef("Metrics", Tracker.SMART, List.of()));

    /** Looked up once: {@code Json.createValue} would search for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final SalesOrg org;
    private final long seed;
    private final int callsPerDay;
    private final ZoneId zone;
    private final String mediaBaseUrl;
    private final boolean latePublication;

    private record TrackerDef(String name, String type, List<String> phrases) {
    }

    /** A participant as the generator sees it. */
    private record Participant(Party party, Role role) {
    }

    private enum Role { REP, COLLEAGUE, CUSTOMER, SILENT }

    /** One stretch of speech. */
    private record Segment(int speaker, long startMs, long endMs, int topic) {
        long lengthMs() {
            return endMs - startMs;
        }
    }

    /** The parties and the speech timeline of a call, from which everything else is derived. */
    private record Conversation(List<Participant> participants, List<Segment> segments, List<String> topics,
                                List<long[]> topicSpans) {
    }

    /**
     * @param org          the sales team and customers
     * @param seed         the data seed
     * @param calls        about how many calls {@code days} days hold
     * @param days         over how many days
     * @param zone         the company's time zone
     * @param mediaBaseUrl where media URLs point
     */
    public CallGenerator(SalesOrg org, long seed, int calls, int days, ZoneId zone, String mediaBaseUrl) {
        this(org, seed, calls, days, zone, mediaBaseUrl, true);
    }

    /**
     * @param org             the sales team and customers
     * @param seed            the data seed
     * @param calls           about how many calls {@code days} days hold
     * @param days            over how many days
     * @param zone            the company's time zone
     * @param mediaBaseUrl    where media URLs point
     * @param latePublication whether Gong's late publication is modelled, as real tenants see it: one call in 25 is
     *                        listed 6 to 60 hours after it ended (inside a 3-day look-back), a quarter of the
     *                        comments are posted 3 to 25 days after the call (only a refresh sees them), and a
     *                        transcript exists 15 minutes to 4 hours after the call is listed; without it every call
     *                        is listed within about an hour and a half, transcribed when listed, commented within
     *                        30 hours
     */
    public CallGenerator(SalesOrg org, long seed, int calls, int days, ZoneId zone, String mediaBaseUrl,
                         boolean latePublication) {
        this.org = org;
        this.seed = seed;
        this.callsPerDay = Math.max(1, (int) Math.round((double) calls / days));
        this.zone = zone;
        this.mediaBaseUrl = mediaBaseUrl;
        this.latePublication = latePublication;
    }

    /** @return the settings that decide its calls, e.g. {@code seed=42,perDay=22,zone=America/Los_Angeles,late=true} */
    public String describe() {
        return "seed=" + seed + ",perDay=" + callsPerDay + ",zone=" + zone + ",late=" + latePublication;
    }

    /** @return the company's time zone */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The calls of one company-local day, in start order.
     *
     * @param day epoch day
     * @return the day's calls (weekdays hold about five times as many as weekend days)
     */
    public List<CallSkeleton> day(int day) {
        Rng rng = new Rng(seed, 2, day);
        DayOfWeek weekday = LocalDate.ofEpochDay(day).getDayOfWeek();
        double factor = switch (weekday) {
            case SATURDAY -> 0.25;
            case SUNDAY -> 0.2;
            default -> 1.31;
        };
        int count = (int) Math.round(callsPerDay * factor * rng.between(0.85, 1.15));
        double totalWeight = org.reps().stream().mapToDouble(SalesOrg.Rep::weight).sum();
        List<CallSkeleton> calls = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            calls.add(skeleton(day, index, totalWeight));
        }
        calls.sort(Comparator.comparing(CallSkeleton::started).thenComparing(CallSkeleton::id));
        return calls;
    }

    /**
     * @param day   epoch day
     * @param index the call's number within the day
     * @return the call's skeleton (the same as in {@link #day(int)})
     */
    public CallSkeleton skeleton(int day, int index) {
        return skeleton(day, index, org.reps().stream().mapToDouble(SalesOrg.Rep::weight).sum());
    }

    private CallSkeleton skeleton(int day, int index, double totalWeight) {
        Rng rng = new Rng(seed, 3, day, index);
        double pick = rng.nextDouble() * totalWeight;
        int repIndex = 0;
        for (int i = 0; i < org.reps().size(); i++) {
            pick -= org.reps().get(i).weight();
            if (pick <= 0) {
                repIndex = i;
                break;
            }
        }
        SalesOrg.Rep rep = org.reps().get(repIndex);
        Kind kind;
        double k = rng.nextDouble();
        if (rep.phoneRep()) {
            kind = k < 0.55 ? Kind.OUTBOUND_CALL : k < 0.8 ? Kind.VOICEMAIL : k < 0.9 ? Kind.INBOUND_CALL : Kind.MEETING;
        } else {
            kind = k < 0.78 ? Kind.MEETING : k < 0.9 ? Kind.INTERNAL_MEETING : k < 0.96 ? Kind.OUTBOUND_CALL
                    : Kind.INBOUND_CALL;
        }
        int duration = switch (kind) {
            case MEETING -> rng.between(14 * 60, 62 * 60);
            case INTERNAL_MEETING -> rng.between(20 * 60, 46 * 60);
            case OUTBOUND_CALL, INBOUND_CALL -> rng.between(2 * 60, 19 * 60);
            case VOICEMAIL -> rng.between(25, 75);
        };
        int startMinute = rng.between(8 * 60, 17 * 60 + 30);
        Instant started = LocalDate.ofEpochDay(day).atStartOfDay(zone)
                .plusMinutes(startMinute).plusSeconds(rng.between(0, 60)).toInstant();
        Instant visibleAt = started.plusSeconds(duration).plus(Duration.ofMinutes(rng.between(4, 95)));
        Instant manual = rng.chance(0.03) ? visibleAt.plus(Duration.ofHours(rng.between(1, 72))) : null;
        int customer = rng.nextInt(org.customers().size());
        boolean isPrivate = rng.chance(0.04);
        Instant transcriptAt = visibleAt;
        if (latePublication) {
            if (rng.chance(0.04)) {
                visibleAt = started.plusSeconds(duration).plus(Duration.ofHours(rng.between(6, 60)));
            }
            transcriptAt = visibleAt.plus(Duration.ofMinutes(rng.between(15, 240)));
        }
        return new CallSkeleton(day, index, Ids.of(Ids.Kind.CALL, seed, (long) day * 100_000 + index), started,
                duration, repIndex, customer, rep.workspaceId(), rep.id(), visibleAt, kind, isPrivate, manual,
                transcriptAt);
    }

    /**
     * Finds a generated call by id.
     *
     * @param id a call id
     * @return its day and index as {@code {day, index}}, or {@code null} when it is not a generated call
     */
    public int[] locate(String id) {
        long number = Ids.numberOf(Ids.Kind.CALL, seed, id);
        if (number < 0) {
            return null;
        }
        return new int[] {(int) (number / 100_000), (int) (number % 100_000)};
    }

    /**
     * @param s a call's skeleton
     * @return its metadata
     */
    public CallMetaData metaData(CallSkeleton s) {
        Rng rng = new Rng(seed, 4, s.day(), s.index());
        SalesOrg.Rep rep = org.reps().get(s.repIndex());
        SalesOrg.Customer customer = org.customers().get(s.customerIndex());
        OffsetDateTime started = s.started().atZone(zone).toOffsetDateTime();
        OffsetDateTime scheduled = started.withSecond(0).withMinute(started.getMinute() < 30 ? 0 : 30);
        String title;
        String direction;
        String system;
        String scope = "External";
        String media = "Audio";
        String purpose = null;
        String meetingUrl = null;
        String calendarEventId = null;
        String clientUniqueId = null;
        String sdrDisposition = null;
        SalesOrg.Contact contact = rng.pick(customer.contacts());
        switch (s.kind()) {
            case MEETING -> {
                purpose = rng.pick(PURPOSES);
                title = customer.name() + " & " + SalesOrg.COMPANY + " | " + purpose;
                direction = "Conference";
                system = rng.pick(MEETING_SYSTEMS);
                media = "Video";
                meetingUrl = meetingUrl(system, rng);
                calendarEventId = rng.alphanumeric(26).toLowerCase() + "@google.com";
            }
            case INTERNAL_MEETING -> {
                title = rng.chance(0.5) ? "Pipeline review: " + rep.name()
                        : "Deal strategy: " + customer.name();
                direction = "Conference";
                system = rng.pick(MEETING_SYSTEMS);
                scope = "Internal";
                media = "Video";
                meetingUrl = meetingUrl(system, rng);
                calendarEventId = rng.alphanumeric(26).toLowerCase() + "@google.com";
            }
            case INBOUND_CALL -> {
                title = "Inbound call from " + contact.name();
                direction = "Inbound";
                system = rng.pick(PHONE_SYSTEMS);
                clientUniqueId = "pbx-" + rng.alphanumeric(12);
            }
            default -> {
                title = "Outbound call to " + contact.name() + " (" + customer.name() + ")";
                direction = "Outbound";
                system = rng.pick(PHONE_SYSTEMS);
                clientUniqueId = "pbx-" + rng.alphanumeric(12);
                sdrDisposition = s.kind() == Kind.VOICEMAIL ? "Left voicemail"
                        : rng.pick("Connected", "Meeting booked", "Not interested", "Call back later");
            }
        }
        if (rng.chance(0.03)) {
            scope = "Unknown";
        }
        String language = rng.chance(0.9) ? "eng" : rng.pick("fre", "spa", "ger");
        if (s.index() % 97 == 13) {
            // A title pasted from a spreadsheet or a hostile invite: a formula if an export passed it on as it is.
            title = "=HYPERLINK(\"https://example.invalid/\",\"" + title + "\")";
        }
        return new CallMetaData(s.id(), "https://app.gong.io/call?id=" + s.id(), title,
                s.kind() == Kind.MEETING || s.kind() == Kind.INTERNAL_MEETING ? scheduled : null, started,
                (long) s.duration(), s.primaryUserId(), direction, system, scope, media, language, s.workspaceId(),
                sdrDisposition, clientUniqueId, null, purpose, meetingUrl, s.isPrivate(), calendarEventId);
    }

    private static String meetingUrl(String system, Rng rng) {
        return switch (system) {
            case "Zoom" -> "https://lumen-analytics.zoom.us/j/" + rng.between(100_000_000, 999_999_999);
            case "Microsoft Teams" -> "https://teams.microsoft.com/l/meetup-join/" + rng.alphanumeric(24);
            case "Google Meet" -> "https://meet.google.com/" + rng.alphanumeric(3).toLowerCase() + "-"
                    + rng.alphanumeric(4).toLowerCase() + "-" + rng.alphanumeric(3).toLowerCase();
            default -> "https://lumen-analytics.webex.com/meet/" + rng.alphanumeric(10).toLowerCase();
        };
    }

    /**
     * Generates the whole call: every part {@code /v2/calls/extensive} can return, with Extended context at
     * both timings. The sandbox removes what a request's content selector did not ask for.
     *
     * @param s a call's skeleton
     * @return the call
     */
    public ExtensiveCall call(CallSkeleton s) {
        CallMetaData metaData = metaData(s);
        Conversation conversation = conversation(s, metaData);
        Rng rng = new Rng(seed, 6, s.day(), s.index());
        List<Party> parties = conversation.participants().stream().map(Participant::party).toList();
        return new ExtensiveCall(metaData, callContext(s), parties, content(s, metaData, conversation, rng),
                interaction(s, metaData, conversation, rng), collaboration(s, conversation, rng),
                new CallMedia(mediaBaseUrl + "/" + s.id() + "/audio.mp3",
                        "Video".equals(metaData.media()) ? mediaBaseUrl + "/" + s.id() + "/video.mp4" : null));
    }

    /**
     * @param s a call's skeleton
     * @return the call's transcript: one monologue per stretch of speech, sentences in milliseconds
     */
    public CallTranscript transcript(CallSkeleton s) {
        CallMetaData metaData = metaData(s);
        Conversation conversation = conversation(s, metaData);
        Rng rng = new Rng(seed, 7, s.day(), s.index());
        SalesOrg.Customer customer = org.customers().get(s.customerIndex());
        List<CallTranscript.Monologue> monologues = new ArrayList<>();
        for (Segment segment : conversation.segments()) {
            Participant speaker = conversation.participants().get(segment.speaker());
            String topic = conversation.topics().get(segment.topic());
            List<CallTranscript.Sentence> sentences = new ArrayList<>();
            long t = segment.startMs();
            while (t < segment.endMs()) {
                long end = Math.min(segment.endMs(), t + rng.between(2_500, 9_000));
                if (segment.endMs() - end < 1_500) {
                    end = segment.endMs();
                }
                sentences.add(new CallTranscript.Sentence(t, end, Phrases.sentence(rng, speaker.role() == Role.CUSTOMER,
                        topic, customer.name())));
                t = end;
            }
            monologues.add(new CallTranscript.Monologue(speaker.party().speakerId(), rng.chance(0.7) ? topic : null,
                    sentences));
        }
        return new CallTranscript(s.id(), monologues);
    }

    private Conversation conversation(CallSkeleton s, CallMetaData metaData) {
        Rng rng = new Rng(seed, 5, s.day(), s.index());
        SalesOrg.Rep rep = org.reps().get(s.repIndex());
        SalesOrg.Customer customer = org.customers().get(s.customerIndex());
        List<Participant> participants = new ArrayList<>();
        int partyNumber = 0;
        participants.add(new Participant(party(s, partyNumber++, rep.user().fullName(), rep.user().emailAddress(),
                rep.user().title(), rep.id(), true, "Internal", rep.user().phoneNumber(), List.of("Invitee", "Attendee"),
                userContext(rep.id(), rng)), Role.REP));
        boolean meeting = s.kind() == Kind.MEETING || s.kind() == Kind.INTERNAL_MEETING;
        if (s.kind() == Kind.INTERNAL_MEETING || (meeting && rng.chance(0.3))) {
            var colleague = s.kind() == Kind.INTERNAL_MEETING ? org.managerOf(rep)
                    : org.reps().get((s.repIndex() + 1 + rng.nextInt(org.reps().size() - 1)) % org.reps().size()).user();
            participants.add(new Participant(party(s, partyNumber++, colleague.fullName(), colleague.emailAddress(),
                    colleague.title(), colleague.id(), true, "Internal", null, List.of("Invitee", "Attendee"),
                    userContext(colleague.id(), rng)), Role.COLLEAGUE));
        }
        if (s.kind() != Kind.INTERNAL_MEETING) {
            int externals = meeting ? rng.between(1, Math.min(6, customer.contacts().size()) + 1) : 1;
            List<SalesOrg.Contact> contacts = new ArrayList<>(customer.contacts());
            for (int i = 0; i < externals && !contacts.isEmpty(); i++) {
                SalesOrg.Contact contact = contacts.remove(rng.nextInt(contacts.size()));
                boolean attended = !meeting || i == 0 || rng.chance(0.85);
                boolean spoke = attended && (s.kind() != Kind.VOICEMAIL);
                List<String> methods = !meeting ? List.of("Attendee")
                        : attended ? (rng.chance(0.8) ? List.of("Invitee", "Attendee") : List.of("Attendee"))
                        : List.of("Invitee");
                participants.add(new Participant(party(s, partyNumber++, contact.name(), contact.email(), contact.title(),
                        null, spoke, "External", rng.chance(0.5) ? contact.phone() : null, methods,
                        List.of(new CallContext("Salesforce", List.of(new CrmObject("Contact", contact.contactId(),
                                List.of(new CrmField("Title", JSON.createValue(contact.title()))), "Now"))))),
                        spoke ? Role.CUSTOMER : Role.SILENT));
            }
            if (meeting && rng.chance(0.15)) {
                participants.add(new Participant(party(s, partyNumber, rng.pick("Notetaker", "iPhone", "Conference Room B"),
                        null, null, null, false, "Unknown", null, List.of("Attendee"), null), Role.SILENT));
            }
        }
        String[] agenda = switch (s.kind()) {
            case MEETING -> AGENDAS[rng.nextInt(AGENDAS.length)];
            case INTERNAL_MEETING -> INTERNAL_AGENDA;
            default -> PHONE_AGENDA;
        };
        long durationMs = s.duration() * 1000L;
        List<long[]> spans = new ArrayList<>();
        double[] weights = new double[agenda.length];
        double sum = 0;
        for (int i = 0; i < agenda.length; i++) {
            weights[i] = rng.between(0.5, 2.0);
            sum += weights[i];
        }
        long at = 0;
        for (int i = 0; i < agenda.length; i++) {
            long end = i == agenda.length - 1 ? durationMs : at + (long) (durationMs * weights[i] / sum);
            spans.add(new long[] {at, end});
            at = end;
        }
        List<Segment> segments = timeline(s, rep, participants, spans, durationMs, rng);
        return new Conversation(participants, segments, List.of(agenda), spans);
    }

    private List<Segment> timeline(CallSkeleton s, SalesOrg.Rep rep, List<Participant> participants,
                                   List<long[]> spans, long durationMs, Rng rng) {
        List<Integer> speakers = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i).party().speakerId() != null) {
                speakers.add(i);
            }
        }
        double[] target = new double[participants.size()];
        double repShare = s.kind() == Kind.VOICEMAIL ? 1.0
                : Math.max(0.2, Math.min(0.8, rep.talkRatio() + rng.between(-0.06, 0.06)));
        int others = speakers.size() - 1;
        for (int i : speakers) {
            target[i] = i == 0 ? repShare : (1 - repShare) / Math.max(1, others) * rng.between(0.6, 1.4);
        }
        double[] spoken = new double[participants.size()];
        List<Segment> segments = new ArrayList<>();
        long t = rng.between(800, 6_000);
        int current = -1;
        long end = durationMs - rng.between(500, 3_000);
        while (t < end - 1_000) {
            int next = 0;
            double bestDeficit = -Double.MAX_VALUE;
            double total = 0;
            for (double v : spoken) {
                total += v;
            }
            for (int i : speakers) {
                if (i == current && speakers.size() > 1) {
                    continue;
                }
                double deficit = target[i] * (total + 1) - spoken[i] + rng.between(0, 8_000);
                if (deficit > bestDeficit) {
                    bestDeficit = deficit;
                    next = i;
                }
            }
            Role role = participants.get(next).role();
            int meanSeconds = role == Role.REP ? (int) (14 + 30 * rep.talkRatio()) : 16;
            long length = Math.min(end - t, (long) (rng.between(2.0, 2.0 * meanSeconds) * 1000));
            if (length < 800) {
                break;
            }
            int topic = 0;
            for (int i = 0; i < spans.size(); i++) {
                if (t >= spans.get(i)[0]) {
                    topic = i;
                }
            }
            segments.add(new Segment(next, t, t + length, topic));
            spoken[next] += length;
            current = next;
            t += length + rng.between(150, 1_600);
        }
        return segments;
    }

    private Party party(CallSkeleton s, int number, String name, String email, String title, String userId,
                        boolean spoke, String affiliation, String phone, List<String> methods,
                        List<CallContext> context) {
        long key = ((long) s.day() * 100_000 + s.index()) * 16 + number;
        return new Party(Ids.of(Ids.Kind.PARTY, seed, key), email, name, title, userId,
                spoke ? Ids.of(Ids.Kind.SPEAKER, seed, key) : null, context, affiliation, phone, methods);
    }

    private static List<CallContext> userContext(String userId, Rng rng) {
        return List.of(new CallContext("Salesforce", List.of(new CrmObject("User", "005" + rng.alphanumeric(15),
                List.of(new CrmField("GongUserId", JSON.createValue(userId))), "Now"))));
    }

    private List<CallContext> callContext(CallSkeleton s) {
        if (s.kind() == Kind.INTERNAL_MEETING && s.index() % 2 == 0) {
            return List.of();
        }
        SalesOrg.Customer customer = org.customers().get(s.customerIndex());
        SalesOrg.Opportunity opportunity = customer.opportunities().get(s.index() % customer.opportunities().size());
        List<CrmObject> objects = new ArrayList<>();
        for (String timing : List.of("Now", "TimeOfCall")) {
            objects.add(new CrmObject("Account", customer.accountId(), List.of(
                    new CrmField("Name", JSON.createValue(customer.name())),
                    new CrmField("Website", JSON.createValue("https://www." + customer.domain())),
                    new CrmField("Industry", JSON.createValue(customer.industry()))), timing));
            String stage = "Now".equals(timing) ? opportunity.stage() : "Discovery";
            objects.add(new CrmObject("Opportunity", opportunity.id(), List.of(
                    new CrmField("Name", JSON.createValue(opportunity.name())),
                    new CrmField("StageName", JSON.createValue(stage)),
                    new CrmField("Amount", JSON.createValue(opportunity.amount())),
                    new CrmField("CloseDate", JSON.createValue(opportunity.closeDate().toString())),
                    new CrmField("Probability", JSON.createValue(opportunity.probability()))), timing));
        }
        return List.of(new CallContext("Salesforce", objects));
    }

    private CallContent content(CallSkeleton s, CallMetaData metaData, Conversation conversation, Rng rng) {
        SalesOrg.Customer customer = org.customers().get(s.customerIndex());
        List<StructureSection> structure = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        List<OutlineSection> outline = new ArrayList<>();
        for (int i = 0; i < conversation.topics().size(); i++) {
            long[] span = conversation.topicSpans().get(i);
            int topicIndex = i;
            long spokenMs = conversation.segments().stream().filter(seg -> seg.topic() == topicIndex)
                    .mapToLong(Segment::lengthMs).sum();
            String name = conversation.topics().get(i);
            structure.add(new StructureSection(name, (span[1] - span[0]) / 1000));
            topics.add(new Topic(name, (int) (spokenMs / 1000)));
            double start = span[0] / 1000.0;
            outline.add(new OutlineSection(name, start, (span[1] - span[0]) / 1000.0, List.of(
                    new OutlineSection.OutlineItem(Phrases.outlineItem(rng, name, customer.name()), start + 5),
                    new OutlineSection.OutlineItem(Phrases.outlineItem(rng, name, customer.name()),
                            start + (span[1] - span[0]) / 2000.0))));
        }
        List<Tracker> trackers = trackers(s, conversation, rng);
        boolean phone = s.kind() != Kind.MEETING && s.kind() != Kind.INTERNAL_MEETING;
        CallOutcome outcome = phone
                ? switch (metaData.sdrDisposition() == null ? "Connected" : metaData.sdrDisposition()) {
                    case "Left voicemail" -> new CallOutcome("VOICEMAIL", "Not answered", "Left voicemail");
                    case "Meeting booked" -> new CallOutcome("MEETING_BOOKED", "Answered", "Meeting booked");
                    case "Not interested" -> new CallOutcome("NOT_INTERESTED", "Answered", "Not interested");
                    default -> new CallOutcome("CONVERSATION", "Answered", "Had a conversation");
                }
                : rng.chance(0.5) ? new CallOutcome("NEXT_MEETING_SCHEDULED", "Progressed", "Next meeting scheduled")
                : null;
        double lastMinute = Math.max(0, s.duration() - 90);
        List<HighlightsSection> highlights = s.kind() == Kind.VOICEMAIL ? List.of() : List.of(
                new HighlightsSection("Next steps", List.of(new HighlightsSection.HighlightItem(
                        Phrases.nextStep(rng, customer.name()), List.of(lastMinute)))),
                new HighlightsSection("Pain points", List.of(new HighlightsSection.HighlightItem(
                        Phrases.painPoint(rng), List.of(Math.min(lastMinute, 120.0))))));
        List<KeyPoint> keyPoints = new ArrayList<>();
        for (int i = rng.between(2, 5), tries = 0; keyPoints.size() < i && tries < 20; tries++) {
            KeyPoint point = new KeyPoint(Phrases.keyPoint(rng, customer.name()));
            if (!keyPoints.contains(point)) {
                keyPoints.add(point);
            }
        }
        return new CallContent(structure, trackers, topics, null,
                Phrases.brief(rng, metaData.title(), customer.name(), org.reps().get(s.repIndex()).name()),
                outline, highlights, outcome, keyPoints);
    }

    private List<Tracker> trackers(CallSkeleton s, Conversation conversation, Rng rng) {
        List<Tracker> trackers = new ArrayList<>();
        for (int t = 0; t < TRACKERS.size(); t++) {
            TrackerDef def = TRACKERS.get(t);
            int count = conversation.segments().isEmpty() || rng.chance(0.45) ? 0 : rng.between(1, 7);
            List<TrackerOccurrence> occurrences = new ArrayList<>();
            Map<String, List<TrackerOccurrence>> byPhrase = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                Segment segment = conversation.segments().get(rng.nextInt(conversation.segments().size()));
                double at = (segment.startMs() + rng.nextDouble() * segment.lengthMs()) / 1000.0;
                TrackerOccurrence occurrence = new TrackerOccurrence(Math.round(at * 100) / 100.0,
                        conversation.participants().get(segment.speaker()).party().speakerId());
                occurrences.add(occurrence);
                if (!def.phrases().isEmpty()) {
                    byPhrase.computeIfAbsent(rng.pick(def.phrases()), p -> new ArrayList<>()).add(occurrence);
                }
            }
            occurrences.sort(Comparator.comparing(TrackerOccurrence::startTime));
            List<TrackerPhrase> phrases = def.phrases().isEmpty() ? null : byPhrase.entrySet().stream()
                    .map(e -> new TrackerPhrase(e.getValue().size(), e.getValue().stream()
                            .sorted(Comparator.comparing(TrackerOccurrence::startTime)).toList(), e.getKey()))
                    .toList();
            trackers.add(new Tracker(Ids.of(Ids.Kind.TRACKER, seed, t + 1), def.name(), count, def.type(),
                    occurrences, phrases));
        }
        return trackers;
    }

    private CallInteraction interaction(CallSkeleton s, CallMetaData metaData, Conversation conversation, Rng rng) {
        List<Participant> participants = conversation.participants();
        long[] talkMs = new long[participants.size()];
        long longestRep = 0;
        long longestCustomer = 0;
        int switches = 0;
        long repGapMs = 0;
        int repAnswers = 0;
        Segment previous = null;
        for (Segment segment : conversation.segments()) {
            talkMs[segment.speaker()] += segment.lengthMs();
            Role role = participants.get(segment.speaker()).role();
            if (role == Role.REP) {
                longestRep = Math.max(longestRep, segment.lengthMs());
                if (previous != null && participants.get(previous.speaker()).role() == Role.CUSTOMER) {
                    repGapMs += segment.startMs() - previous.endMs();
                    repAnswers++;
                }
            } else if (role == Role.CUSTOMER) {
                longestCustomer = Math.max(longestCustomer, segment.lengthMs());
            }
            if (previous != null && previous.speaker() != segment.speaker()) {
                switches++;
            }
            previous = segment;
        }
        List<Speaker> speakers = new ArrayList<>();
        long totalTalk = 0;
        for (int i = 0; i < participants.size(); i++) {
            Party party = participants.get(i).party();
            if (party.speakerId() != null) {
                speakers.add(new Speaker(party.id(), party.userId(), Math.round(talkMs[i] / 100.0) / 10.0));
                totalTalk += talkMs[i];
            }
        }
        double talkRatio = totalTalk == 0 ? 0 : Math.round(100.0 * talkMs[0] / totalTalk) / 100.0;
        double minutes = s.duration() / 60.0;
        double interactivity = Math.min(10.0, Math.round(switches / Math.max(1.0, minutes) * 25) / 10.0);
        double patience = repAnswers == 0 ? 0 : Math.round(repGapMs / (double) repAnswers / 10.0) / 100.0;
        List<InteractionStat> stats = List.of(
                new InteractionStat(InteractionStat.TALK_RATIO, talkRatio),
                new InteractionStat(InteractionStat.LONGEST_MONOLOGUE, (double) (longestRep / 1000)),
                new InteractionStat(InteractionStat.LONGEST_CUSTOMER_STORY, (double) (longestCustomer / 1000)),
                new InteractionStat(InteractionStat.INTERACTIVITY, interactivity),
                new InteractionStat(InteractionStat.PATIENCE, patience));
        long repSegments = conversation.segments().stream()
                .filter(seg -> participants.get(seg.speaker()).role() != Role.CUSTOMER).count();
        long customerSegments = conversation.segments().size() - repSegments;
        Questions questions = new Questions((int) Math.round(repSegments * rng.between(0.15, 0.45)),
                (int) Math.round(customerSegments * rng.between(0.1, 0.35)));
        List<VideoStat> video = "Video".equals(metaData.media()) ? List.of(
                new VideoStat("Webcam", Math.round(s.duration() * rng.between(0.5, 0.95) * 10) / 10.0),
                new VideoStat("WebcamPrimaryUser", Math.round(s.duration() * rng.between(0.3, 0.9) * 10) / 10.0),
                new VideoStat("WebcamNonCompany", Math.round(s.duration() * rng.between(0.1, 0.8) * 10) / 10.0),
                new VideoStat("Presentation", Math.round(s.duration() * rng.between(0.0, 0.5) * 10) / 10.0),
                new VideoStat("Browser", Math.round(s.duration() * rng.between(0.0, 0.3) * 10) / 10.0)) : List.of();
        return new CallInteraction(speakers, stats, video, questions);
    }

    private CallCollaboration collaboration(CallSkeleton s, Conversation conversation, Rng rng) {
        if (!rng.chance(0.3) || s.kind() == Kind.VOICEMAIL) {
            return new CallCollaboration(List.of());
        }
        SalesOrg.Rep rep = org.reps().get(s.repIndex());
        var manager = org.managerOf(rep);
        var peer = org.reps().get((s.repIndex() + 3) % org.reps().size()).user();
        SalesOrg.Customer customer = org.customers().get(s.customerIndex());
        List<PublicComment> comments = new ArrayList<>();
        int count = rng.between(1, 5);
        OffsetDateTime end = s.started().plusSeconds(s.duration()).atZone(zone).toOffsetDateTime();
        for (int i = 0; i < count; i++) {
            boolean reply = i > 0 && rng.chance(0.45);
            PublicComment parent = reply ? comments.get(rng.nextInt(comments.size())) : null;
            var author = reply ? (manager.id().equals(parent.commenterUserId()) ? rep.user() : manager)
                    : rng.pick(manager, manager, peer, rep.user());
            boolean duringCall = parent == null && rng.chance(0.25);
            double at = parent != null ? parent.audioStartTime()
                    : Math.round(rng.nextDouble() * Math.max(1, s.duration() - 5) * 10) / 10.0;
            OffsetDateTime posted = duringCall
                    ? s.started().plusMillis((long) (at * 1000)).plusSeconds(rng.between(2, 30)).atZone(zone).toOffsetDateTime()
                    : (parent != null ? parent.posted() : end).plusMinutes(rng.between(5, 60 * 30));
            if (latePublication && parent == null && !duringCall && rng.chance(0.25)) {
                posted = end.plusDays(rng.between(3, 25)).plusMinutes(rng.between(0, 60 * 10));
            }
            String text = Phrases.comment(rng, customer.name(), reply,
                    author.id().equals(rep.id()) ? manager : rep.user());
            comments.add(new PublicComment(Ids.of(Ids.Kind.COMMENT, seed, ((long) s.day() * 100_000 + s.index()) * 8 + i),
                    at, Math.min(s.duration(), at + rng.between(0, 30)), author.id(), text, posted,
                    parent == null ? null : parent.id(), duringCall));
        }
        comments.sort(Comparator.comparing(PublicComment::posted));
        return new CallCollaboration(comments);
    }

    /**
     * @param s a call's skeleton
     * @return the customer the call is with (for internal meetings: the customer discussed)
     */
    public SalesOrg.Customer customerOf(CallSkeleton s) {
        return org.customers().get(s.customerIndex());
    }

    /** @return the sales team and customers */
    public SalesOrg org() {
        return org;
    }
}
