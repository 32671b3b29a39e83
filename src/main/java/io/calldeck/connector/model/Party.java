package io.calldeck.connector.model;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;

/**
 * A participant of a call ({@code Party}, from {@code /v2/calls/extensive} with {@code exposedFields.parties}).
 *
 * @param id           the party's id within the call; {@code interaction.speakers[].id} refers to it
 * @param emailAddress email address, if known
 * @param name         the participant's name
 * @param title        job title
 * @param userId       the Gong user id, when the participant is a Gong user
 * @param speakerId    present when the party spoke; transcript monologues and tracker occurrences refer to it
 * @param context      CRM links of the party (Contact, User or Lead objects)
 * @param affiliation  {@code Internal} (the company), {@code External} or {@code Unknown}
 * @param phoneNumber  phone number, if known
 * @param methods      {@code Invitee} and/or {@code Attendee}
 */
public record Party(
        String id,
        String emailAddress,
        String name,
        String title,
        String userId,
        String speakerId,
        List<CallContext> context,
        String affiliation,
        String phoneNumber,
        List<String> methods) {

    /** Gong's {@code affiliation} of a company participant. */
    public static final String INTERNAL = "Internal";
    /** Gong's {@code affiliation} of a participant from outside the company. */
    public static final String EXTERNAL = "External";

    /** @return whether the party is from the company ({@code affiliation} {@value #INTERNAL}) */
    @JsonbTransient
    public boolean isInternal() {
        return INTERNAL.equals(affiliation);
    }
}
