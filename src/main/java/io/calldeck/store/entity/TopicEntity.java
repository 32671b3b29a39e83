package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A topic of a call with the seconds spent on it (Gong's {@code content.topics[]}).
 */
@Entity
@Table(name = "call_topic")
@IdClass(CallChildKey.class)
public class TopicEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "call_id")
    private String callId;

    @Id
    private int position;

    private String name;
    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    /**
     * @param callId          the call
     * @param position        position among the topics
     * @param name            the topic
     * @param durationSeconds seconds spent on it
     */
    public TopicEntity(String callId, int position, String name, Integer durationSeconds) {
        this.callId = callId;
        this.position = position;
        this.name = name;
        this.durationSeconds = durationSeconds;
    }

    /** @return the topic */
    public String getName() {
        return name;
    }

    /** @return seconds spent on it */
    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    /** For JPA. */
    protected TopicEntity() {
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
