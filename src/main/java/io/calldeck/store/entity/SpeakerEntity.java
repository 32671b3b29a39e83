package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * How long one party spoke in a call (Gong's {@code interaction.speakers[]}).
 */
@Entity
@Table(name = "call_speaker")
public class SpeakerEntity extends CallPart {

    private static final long serialVersionUID = 1L;

    @Column(name = "party_id")
    private String partyId;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "talk_time_seconds")
    private Double talkTimeSeconds;

    /**
     * @param callId          the call
     * @param position        position among the speakers
     * @param partyId         the party (Gong speaker {@code id})
     * @param userId          Gong user id, for company users
     * @param talkTimeSeconds talk time in seconds
     */
    public SpeakerEntity(String callId, int position, String partyId, String userId, Double talkTimeSeconds) {
        super(callId, position);
        this.partyId = partyId;
        this.userId = userId;
        this.talkTimeSeconds = talkTimeSeconds;
    }

    /** @return the party id */
    public String getPartyId() {
        return partyId;
    }

    /** @return Gong user id, for company users */
    public String getUserId() {
        return userId;
    }

    /** @return talk time in seconds */
    public Double getTalkTimeSeconds() {
        return talkTimeSeconds;
    }

    /** For JPA. */
    protected SpeakerEntity() {
    }
}
