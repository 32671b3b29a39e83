package io.calldeck.connector.model;

import java.util.List;

/**
 * Collaboration on the call ({@code CollaborationDto}).
 *
 * @param publicComments the call's public comments ({@code exposedFields.collaboration.publicComments})
 */
public record CallCollaboration(List<PublicComment> publicComments) {
}
