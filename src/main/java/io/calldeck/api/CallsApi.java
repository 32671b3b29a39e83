package io.calldeck.api;

import io.calldeck.connector.exception.GongException;
import io.calldeck.security.PrivateCalls;
import io.calldeck.store.GongIds;
import io.calldeck.sync.GongRefusal;
import io.calldeck.sync.TranscriptService;
import io.calldeck.store.CallFilter;
import io.calldeck.store.CallDetails;
import io.calldeck.store.CallSearch;
import io.calldeck.store.Directory;
import io.calldeck.store.CallSort;
import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.CrmObjectEntity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/calls}: the stored calls, filtered, sorted and paged as the Calls page does. */
@Path("calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"viewer", "admin"})
public class CallsApi {

    private static final Map<String, CallSort> SORTS = Map.ofEntries(Map.entry("started", CallSort.STARTED),
            Map.entry("title", CallSort.TITLE), Map.entry("rep", CallSort.REP), Map.entry("duration", CallSort.DURATION),
            Map.entry("direction", CallSort.DIRECTION), Map.entry("scope", CallSort.SCOPE),
            Map.entry("system", CallSort.SYSTEM), Map.entry("parties", CallSort.PARTIES),
            Map.entry("talkRatio", CallSort.TALK_RATIO), Map.entry("comments", CallSort.COMMENTS),
            Map.entry("private", CallSort.PRIVATE), Map.entry("workspace", CallSort.WORKSPACE));

    @Inject
    CallSearch search;

    @Inject
    CallDetails details;

    @Inject
    Directory directory;

    @Inject
    PrivateCalls privateCalls;

    @Inject
    TranscriptService transcripts;

    /**
     * A call in a list.
     *
     * @param id            Gong call id
     * @param title         title
     * @param started       start time
     * @param duration      seconds
     * @param primaryUserId the rep
     * @param repName       the rep's name
     * @param workspaceId   workspace
     * @param direction     direction
     * @param scope         scope
     * @param system        system
     * @param isPrivate     private
     * @param talkRatio     Gong's talk ratio: the rep's talk time over the talk time of every speaker, 0 to 1 (absent
     *                      without speaker data)
     * @param commentCount  public comments
     * @param url           the call in Gong
     */
    public record CallSummary(String id, String title, OffsetDateTime started, long duration, String primaryUserId,
                              String repName, String workspaceId, String direction, String scope, String system,
                              @JsonbProperty("isPrivate") boolean isPrivate, Double talkRatio, int commentCount,
                              String url) {
        static CallSummary of(CallEntity c) {
            return new CallSummary(c.getId(), c.getTitle(), c.getStarted(), c.getDurationSeconds(),
                    c.getPrimaryUserId(), c.getRepName(), c.getWorkspaceId(), c.getDirection(), c.getScope(),
                    c.getSystem(), c.isPrivate(), c.getTalkRatio(), c.getCommentCount(), c.getUrl());
        }
    }

    /**
     * A page of calls.
     *
     * @param total             how many calls match, counted up to 10,000 ({@code CallSearch.COUNT_LIMIT})
     * @param totalIsLowerBound {@code true} when more calls match than {@code total}: counting stopped there
     * @param page              this page, from 0
     * @param size              page size
     * @param calls             the calls
     */
    public record CallsPage(long total, boolean totalIsLowerBound, int page, int size, List<CallSummary> calls) {
    }

    /**
     * @param from      ISO-8601, inclusive, on start time
     * @param to        ISO-8601, exclusive
     * @param reps      Gong user ids of reps (repeatable)
     * @param workspace workspace id
     * @param direction direction (repeatable)
     * @param scope     scope (repeatable)
     * @param q         title contains
     * @param tracker   a tracker's Gong id: only calls that mention it
     * @param sort      column, '-' first for descending (default -started)
     * @param page      page from 0
     * @param size      1 to 500 (default 50)
     * @return the page
     */
    @GET
    @Operation(summary = "List stored calls", description = "Filters apply to the call's start time (from inclusive, "
            + "to exclusive). Sort on started, title, rep, duration, direction, scope, system, parties, talkRatio, "
            + "comments, private or workspace; prefix with '-' for descending. total counts up to 10,000 matching calls; "
            + "past that, totalIsLowerBound is true. Private calls are listed only for callers "
            + "who may see them (calldeck.private-calls.visible-to).")
    @APIResponse(responseCode = "200", description = "The page of calls")
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; the body names it")
    public CallsPage list(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("rep") @Parameter(description = "Gong user id of a rep, repeatable") List<String> reps,
                          @QueryParam("workspace") String workspace,
                          @QueryParam("direction") List<String> direction, @QueryParam("scope") List<String> scope,
                          @QueryParam("q") String q,
                          @QueryParam("tracker") @Parameter(description = "Gong tracker id: calls that mention it")
                          String tracker, @QueryParam("sort") String sort,
                          @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        OffsetDateTime start = ApiParameters.time("from", from);
        OffsetDateTime end = ApiParameters.time("to", to);
        ApiParameters.order(start, end);
        int pageNumber = ApiParameters.page(page);
        int pageSize = ApiParameters.size(size, 50);
        String column = sort == null || sort.isBlank() ? "-started" : sort.trim();
        boolean ascending = !column.startsWith("-");
        CallSort callSort = SORTS.get(ascending ? column : column.substring(1));
        if (callSort == null) {
            throw new ApiErrors.BadParameterException("sort", "must be one of " + String.join(", ",
                    new java.util.TreeSet<>(SORTS.keySet())) + " (prefix '-' for descending), got: " + sort);
        }
        CallFilter filter = new CallFilter(start, end, ApiParameters.ids("rep", reps),
                ApiParameters.id("workspace", workspace), direction, scope, null, null, null, q, null,
                privateCalls.visibleToCaller() ? null : Boolean.FALSE).withTracker(ApiParameters.id("tracker", tracker));
        CallSearch.CallPage result = search.search(filter, callSort, ascending, pageNumber * pageSize, pageSize);
        return new CallsPage(result.total(), result.totalIsLowerBound(), pageNumber, pageSize,
                result.calls().stream().map(CallSummary::of).toList());
    }

    /**
     * A call with its parts.
     *
     * @param call             the call's summary fields
     * @param parties          participants
     * @param speakers         talk time per speaker ({@code talkTime} seconds)
     * @param interactionStats the host's stats
     * @param questions        question counts
     * @param topics           topics ({@code duration} seconds)
     * @param trackers         trackers
     * @param keyPoints        key points
     * @param brief            brief
     * @param publicComments   public comments
     * @param crmObjects       CRM objects
     */
    public record CallDetail(@JsonbProperty("call") CallSummary call, List<Party> parties, List<Speaker> speakers,
                             List<Stat> interactionStats, Questions questions, List<Topic> topics,
                             List<Tracker> trackers, List<String> keyPoints, String brief,
                             List<CommentsApi.Comment> publicComments, List<Crm> crmObjects) {
    }

    /**
     * @param id          party id
     * @param name        name
     * @param email       email
     * @param title       job title
     * @param userId      Gong user id
     * @param speakerId   speaker id
     * @param affiliation Internal, External, Unknown
     */
    public record Party(String id, String name, String email, String title, String userId, String speakerId,
                        String affiliation) {
    }

    /**
     * @param partyId  the party
     * @param userId   Gong user id
     * @param talkTime seconds
     */
    public record Speaker(String partyId, String userId, Double talkTime) {
    }

    /**
     * @param name  stat name
     * @param value value
     */
    public record Stat(String name, Double value) {
    }

    /**
     * @param companyCount    by the company
     * @param nonCompanyCount by others
     */
    public record Questions(Integer companyCount, Integer nonCompanyCount) {
    }

    /**
     * @param name     topic
     * @param duration seconds
     */
    public record Topic(String name, Integer duration) {
    }

    /**
     * @param id    tracker id
     * @param name  name
     * @param type  KEYWORD or SMART
     * @param count occurrences
     */
    public record Tracker(String id, String name, String type, Integer count) {
    }

    /**
     * @param partyId    the party, or null for the call
     * @param system     CRM
     * @param objectType Account, Opportunity, Contact…
     * @param objectId   id
     * @param timing     Now or TimeOfCall
     */
    public record Crm(String partyId, String system, String objectType, String objectId, String timing) {
    }

    /**
     * @param id a Gong call id
     * @return the call with its parts
     */
    @GET
    @Path("{id}")
    @Operation(summary = "One stored call with its parties, speakers, stats, topics, trackers and comments")
    @APIResponse(responseCode = "200", description = "The call")
    @APIResponse(responseCode = "404", description = "CallDeck does not hold this call")
    public CallDetail get(@PathParam("id") String id) {
        CallDetails.CallDetail d = visibleDetail(id);
        Map<String, String> names = directory.userNames(d.comments().stream()
                .map(c -> c.getCommenterUserId()).filter(u -> u != null).toList());
        return new CallDetail(CallSummary.of(d.call()),
                d.parties().stream().map(p -> new Party(p.getPartyId(), p.getName(), p.getEmail(), p.getTitle(),
                        p.getUserId(), p.getSpeakerId(), p.getAffiliation())).toList(),
                d.speakers().stream().map(s -> new Speaker(s.getPartyId(), s.getUserId(), s.getTalkTimeSeconds())).toList(),
                d.stats().stream().map(s -> new Stat(s.getName(), s.getValue())).toList(),
                new Questions(d.call().getQuestionsCompany(), d.call().getQuestionsNonCompany()),
                d.topics().stream().map(t -> new Topic(t.getName(), t.getDurationSeconds())).toList(),
                d.trackers().stream().map(t -> new Tracker(t.getTrackerId(), t.getName(), t.getType(), t.getCount())).toList(),
                d.keyPoints().stream().map(k -> k.getText()).toList(), d.call().getBrief(),
                d.comments().stream().map(c -> CommentsApi.Comment.of(c, names.get(c.getCommenterUserId()))).toList(),
                d.crmObjects().stream().map((CrmObjectEntity o) -> new Crm(o.getPartyId(), o.getSystem(),
                        o.getObjectType(), o.getObjectId(), o.getTiming())).toList());
    }

    /**
     * A call's transcript.
     *
     * @param callId    Gong call id
     * @param fetched   when CallDeck last asked Gong for it, or {@code null} if it never did
     * @param sentences the sentences in order, empty while Gong has none
     */
    public record Transcript(String callId, OffsetDateTime fetched, List<Sentence> sentences) {
    }

    /**
     * @param speakerId   Gong's speaker id ({@code parties[].speakerId})
     * @param speakerName the speaker's name, when the call's parties name them
     * @param topic       the monologue's topic, if Gong gave one
     * @param start       start, milliseconds from the call's start
     * @param end         end, milliseconds from the call's start
     * @param text        what was said
     */
    public record Sentence(String speakerId, String speakerName, String topic, long start, long end, String text) {
    }

    /**
     * @param id a Gong call id
     * @return the call's transcript, fetched from Gong on first request as the call page does
     */
    @GET
    @Path("{id}/transcript")
    @Operation(summary = "A stored call's transcript", description = "Fetched from Gong (POST /v2/calls/transcript) the "
            + "first time it is asked for, then kept; while a call younger than 7 days has none, Gong is asked again "
            + "after calldeck.transcripts.retry-minutes. start and end are milliseconds.")
    @APIResponse(responseCode = "200", description = "The transcript; sentences is empty while Gong has none")
    @APIResponse(responseCode = "404", description = "CallDeck does not hold this call")
    @APIResponse(responseCode = "502", description = "Gong refused (a missing api:calls:read:transcript scope) or "
            + "failed, and CallDeck holds no transcript of the call; the body says what Gong answered")
    public Transcript transcript(@PathParam("id") String id) {
        CallDetails.CallDetail d = visibleDetail(id);
        try {
            if (transcripts.fetchIfDue(d.call(), !d.transcript().isEmpty())) {
                d = visibleDetail(id);
            }
        } catch (GongException e) {
            if (d.transcript().isEmpty()) {
                throw new ApiErrors.GongFailedException(GongRefusal.describe("reading this call's transcript", e));
            }
        }
        Map<String, String> names = new java.util.HashMap<>();
        d.parties().stream().filter(p -> p.getSpeakerId() != null && p.getName() != null)
                .forEach(p -> names.put(p.getSpeakerId(), p.getName()));
        return new Transcript(id, d.call().getTranscriptFetchedAt(), d.transcript().stream()
                .map(s -> new Sentence(s.getSpeakerId(), names.get(s.getSpeakerId()), s.getTopic(), s.getStartMs(),
                        s.getEndMs(), s.getText())).toList());
    }

    private CallDetails.CallDetail visibleDetail(String id) {
        if (!GongIds.isId(id)) {
            throw new NotFoundException("No call " + id);
        }
        return details.detail(id).filter(c -> privateCalls.visibleToCaller() || !c.call().isPrivate())
                .orElseThrow(() -> new NotFoundException("No call " + id));
    }
}
