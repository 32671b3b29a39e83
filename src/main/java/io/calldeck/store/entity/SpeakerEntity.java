package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * How long one party spoke in a call (Gong's {@code interaction.speakers[]}).
 */
@Entity
@Table(name = "call_speaker")
@IdClass(CallChildKey.class)
public class SpeakerEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "call_id")
    private String callId;

    @Id
    private int position;

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
        this.callId = callId;
        this.position = position;
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

    /** @return the call's id */
    public String getCallId() {
        return callId;
    }

    /** @return the row's position in the call, from 0 */
    public int getPosition() {
        return position;
    }
}
