package io.calldeck.store;

import io.calldeck.store.entity.CommentEntity;
import io.calldeck.store.entity.CrmObjectEntity;
import io.calldeck.store.entity.InteractionStatEntity;
import io.calldeck.store.entity.KeyPointEntity;
import io.calldeck.store.entity.PartyEntity;
import io.calldeck.store.entity.SpeakerEntity;
import io.calldeck.store.entity.TopicEntity;
import io.calldeck.store.entity.TrackerEntity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the parts of a page of calls (parties, speakers, interaction stats, topics, trackers, key points, public
 * comments, CRM objects) as multi-row INSERTs, a few per table, on the connection of the caller's transaction.
 *
 * <p>A page has about 30 part rows per call. Persisted one entity at a time, JPA spent most of a page's commit on
 * them; nothing in a page's transaction reads them back, so they are written as plain rows. The entities stay the
 * way the dashboard reads them: the columns below are theirs, and the store's tests read every part back.
 */
final class CallPartsWriter {

    /** One part table: its columns, {@code call_id} and {@code position} first, and a row's values in that order. */
    private record Part<T>(String table, List<String> columns, Function<T, Object[]> values) {

        /** @return an INSERT of that many rows */
        String insert(int rows) {
            String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", Collections.nCopies(rows, row));
        }
    }

    private static final Part<PartyEntity> PARTIES = new Part<>("call_party", List.of("call_id", "position",
            "party_id", "name", "email", "title", "user_id", "speaker_id", "affiliation", "phone", "methods"),
            p -> new Object[] {p.getCallId(), p.getPosition(), p.getPartyId(), p.getName(), p.getEmail(), p.getTitle(),
                    p.getUserId(), p.getSpeakerId(), p.getAffiliation(), p.getPhone(), p.getMethods()});
    private static final Part<SpeakerEntity> SPEAKERS = new Part<>("call_speaker", List.of("call_id", "position",
            "party_id", "user_id", "talk_time_seconds"),
            s -> new Object[] {s.getCallId(), s.getPosition(), s.getPartyId(), s.getUserId(), s.getTalkTimeSeconds()});
    private static final Part<InteractionStatEntity> STATS = new Part<>("call_interaction_stat", List.of("call_id",
            "position", "name", "stat_value"),
            s -> new Object[] {s.getCallId(), s.getPosition(), s.getName(), s.getValue()});
    private static final Part<TopicEntity> TOPICS = new Part<>("call_topic", List.of("call_id", "position", "name",
            "duration_seconds"),
            t -> new Object[] {t.getCallId(), t.getPosition(), t.getName(), t.getDurationSeconds()});
    private static final Part<TrackerEntity> TRACKERS = new Part<>("call_tracker", List.of("call_id", "position",
            "tracker_id", "name", "tracker_type", "occurrence_count"),
            t -> new Object[] {t.getCallId(), t.getPosition(), t.getTrackerId(), t.getName(), t.getType(),
                    t.getCount()});
    private static final Part<KeyPointEntity> KEY_POINTS = new Part<>("call_key_point", List.of("call_id", "position",
            "text"), k -> new Object[] {k.getCallId(), k.getPosition(), k.getText()});
    private static final Part<CommentEntity> COMMENTS = new Part<>("call_comment", List.of("call_id", "position",
            "comment_id", "commenter_user_id", "text", "audio_start_seconds", "audio_end_seconds", "posted",
            "in_reply_to", "during_call"),
            c -> new Object[] {c.getCallId(), c.getPosition(), c.getCommentId(), c.getCommenterUserId(), c.getText(),
                    c.getAudioStartSeconds(), c.getAudioEndSeconds(), c.getPosted(), c.getInReplyTo(),
                    c.getDuringCall()});
    private static final Part<CrmObjectEntity> CRM_OBJECTS = new Part<>("call_crm_object", List.of("call_id",
            "position", "party_id", "crm_system", "object_type", "object_id", "timing"),
            o -> new Object[] {o.getCallId(), o.getPosition(), o.getPartyId(), o.getSystem(), o.getObjectType(),
                    o.getObjectId(), o.getTiming()});

    private static final List<Part<?>> ALL = List.of(PARTIES, SPEAKERS, STATS, TOPICS, TRACKERS, KEY_POINTS, COMMENTS,
            CRM_OBJECTS);

    /**
     * Rows per INSERT statement: one statement of many rows costs the database far less than as many one-row
     * statements in a JDBC batch (measured by the benchmark's store section), and stays well under PostgreSQL's
     * 32,767 parameters.
     */
    private static final int ROWS_PER_INSERT = 250;

    private final Connection connection;

    /** @param connection the connection of the transaction the calls are written in; not closed here */
    CallPartsWriter(Connection connection) {
        this.connection = connection;
    }

    /**
     * Deletes every part of these calls: one statement per table.
     *
     * @param callIds Gong call ids, at most a page's
     * @throws SQLException as the database refused
     */
    void deleteParts(Collection<String> callIds) throws SQLException {
        if (callIds.isEmpty()) {
            return;
        }
        String in = String.join(", ", Collections.nCopies(callIds.size(), "?"));
        for (Part<?> part : ALL) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + part.table()
                    + " WHERE call_id IN (" + in + ")")) {
                int index = 1;
                for (String id : callIds) {
                    delete.setString(index++, id);
                }
                delete.executeUpdate();
            }
        }
    }

    /**
     * Inserts the parts of calls whose rows are already written (the parts reference them).
     *
     * @param rows the calls' rows, as {@link CallWrite#fill} made them
     * @throws SQLException as the database refused
     */
    void insertParts(Collection<CallParts> rows) throws SQLException {
        insert(PARTIES, rows.stream().flatMap(r -> r.parties().stream()).toList());
        insert(SPEAKERS, rows.stream().flatMap(r -> r.speakers().stream()).toList());
        insert(STATS, rows.stream().flatMap(r -> r.stats().stream()).toList());
        insert(TOPICS, rows.stream().flatMap(r -> r.topics().stream()).toList());
        insert(TRACKERS, rows.stream().flatMap(r -> r.trackers().stream()).toList());
        insert(KEY_POINTS, rows.stream().flatMap(r -> r.keyPoints().stream()).toList());
        insert(COMMENTS, rows.stream().flatMap(r -> r.comments().stream()).toList());
        insert(CRM_OBJECTS, rows.stream().flatMap(r -> r.crmObjects().stream()).toList());
    }

    private <T> void insert(Part<T> part, List<T> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement insert = connection.prepareStatement(part.insert(chunk.size()))) {
                int index = 1;
                for (T row : chunk) {
                    for (Object value : part.values().apply(row)) {
                        insert.setObject(index++, value);
                    }
                }
                insert.executeUpdate();
            }
        }
    }
}
