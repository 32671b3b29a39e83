package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A tracker and how often it occurred in a call (Gong's {@code content.trackers[]}).
 */
@Entity
@Table(name = "call_tracker")
public class TrackerEntity extends CallPart {

    private static final long serialVersionUID = 1L;

    @Column(name = "tracker_id")
    private String trackerId;
    private String name;
    @Column(name = "tracker_type")
    private String type;
    @Column(name = "occurrence_count")
    private Integer count;

    /**
     * @param callId    the call
     * @param position  position among the trackers
     * @param trackerId Gong tracker id
     * @param name      tracker name
     * @param type      KEYWORD or SMART
     * @param count     occurrences in the call
     */
    public TrackerEntity(String callId, int position, String trackerId, String name, String type, Integer count) {
        super(callId, position);
        this.trackerId = trackerId;
        this.name = name;
        this.type = type;
        this.count = count;
    }

    /** @return Gong tracker id */
    public String getTrackerId() {
        return trackerId;
    }

    /** @return tracker name */
    public String getName() {
        return name;
    }

    /** @return KEYWORD or SMART */
    public String getType() {
        return type;
    }

    /** @return occurrences in the call */
    public Integer getCount() {
        return count;
    }

    /** For JPA. */
    protected TrackerEntity() {
    }
}
