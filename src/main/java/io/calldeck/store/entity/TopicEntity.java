package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A topic of a call with the seconds spent on it (Gong's {@code content.topics[]}).
 */
@Entity
@Table(name = "call_topic")
public class TopicEntity extends CallPart {

    private static final long serialVersionUID = 1L;

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
        super(callId, position);
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
}
