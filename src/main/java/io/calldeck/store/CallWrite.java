package io.calldeck.store;

import io.calldeck.store.entity.CallEntity;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One call for {@link CallStore#saveCalls}: what the store needs to know before writing (its id, its content hash,
 * who hosts it, the company users among its parties) and how to fill its row and make its parts' rows. The sync
 * makes these from Gong's {@code /v2/calls/extensive} answers ({@code io.calldeck.sync.CallMapper}); the store never
 * sees Gong's model.
 */
public interface CallWrite {

    /** @return the call's Gong id ({@code metaData.id}) */
    String id();

    /** @return when the call started ({@code metaData.started}) */
    OffsetDateTime started();

    /**
     * @return a hash of everything the rows are made from: a call whose stored hash is equal is not written again
     *         (its rows stay, only {@code syncedAt} moves)
     */
    String contentHash();

    /** @return the Gong user id of the call's host ({@code metaData.primaryUserId}), or {@code null} */
    String primaryUserId();

    /** @return the company users among the call's parties (affiliation Internal, with a user id and a name) */
    List<InternalParty> internalParties();

    /**
     * Writes the call's metadata and figures into its row, new or stored before (fields Gong did not send keep what
     * they held), and makes the rows of its parts.
     *
     * @param target the call's row
     * @return the rows of the call's parts, keyed by the call's id and their positions
     */
    CallParts fill(CallEntity target);

    /**
     * A company user named by a call's party ({@code parties[]} with {@code affiliation} Internal): stored as a user
     * until Gong's directory ({@code /v2/users}) says more.
     *
     * @param userId       Gong user id ({@code parties[].userId})
     * @param name         name
     * @param emailAddress email address, or {@code null}
     * @param title        job title, or {@code null}
     */
    record InternalParty(String userId, String name, String emailAddress, String title) {
    }
}
