package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A participant of a call (Gong's {@code parties[]}).
 */
@Entity
@Table(name = "call_party")
public class PartyEntity extends CallPart {

    private static final long serialVersionUID = 1L;

    @Column(name = "party_id")
    private String partyId;
    private String name;
    private String email;
    private String title;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "speaker_id")
    private String speakerId;
    private String affiliation;
    private String phone;
    private String methods;

    /**
     * @param callId      the call
     * @param position    position among the parties
     * @param partyId     Gong party id
     * @param name        name
     * @param email       email address
     * @param title       job title
     * @param userId      Gong user id, for company users
     * @param speakerId   speaker id, when the party spoke
     * @param affiliation Internal, External or Unknown
     * @param phone       phone number
     * @param methods     Invitee and/or Attendee, comma-separated
     */
    public PartyEntity(String callId, int position, String partyId, String name, String email, String title,
                       String userId, String speakerId, String affiliation, String phone, String methods) {
        super(callId, position);
        this.partyId = partyId;
        this.name = name;
        this.email = email;
        this.title = title;
        this.userId = userId;
        this.speakerId = speakerId;
        this.affiliation = affiliation;
        this.phone = phone;
        this.methods = methods;
    }

    /** @return Gong party id */
    public String getPartyId() {
        return partyId;
    }

    /** @return name */
    public String getName() {
        return name;
    }

    /** @return email address */
    public String getEmail() {
        return email;
    }

    /** @return job title */
    public String getTitle() {
        return title;
    }

    /** @return Gong user id, for company users */
    public String getUserId() {
        return userId;
    }

    /** @return speaker id, when the party spoke */
    public String getSpeakerId() {
        return speakerId;
    }

    /** @return Internal, External or Unknown */
    public String getAffiliation() {
        return affiliation;
    }

    /** @return phone number */
    public String getPhone() {
        return phone;
    }

    /** @return Invitee and/or Attendee, comma-separated */
    public String getMethods() {
        return methods;
    }

    /** For JPA. */
    protected PartyEntity() {
    }
}
