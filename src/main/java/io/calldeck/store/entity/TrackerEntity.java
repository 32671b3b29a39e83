package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A tracker and how often it occurred in a call (Gong's {@code content.trackers[]}).
 */
@Entity
@Table(name = "call_tracker")
@IdClass(CallChildKey.class)
public class TrackerEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "call_id")
    private String callId;

    @Id
    private int position;

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
        this.callId = callId;
        this.position = position;
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

    /** @return the call's id */
    public String getCallId() {
        return callId;
    }

    /** @return the row's position in the call, from 0 */
    public int getPosition() {
        return position;
    }
}
