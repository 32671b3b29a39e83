package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of one of a call's parts (parties, speakers, interaction stats, topics, trackers, key points, public comments,
 * CRM objects, transcript sentences): keyed by the call's Gong id ({@code call_id}) and the row's position among that
 * part's rows, from 0, in the order Gong sent them.
 */
@MappedSuperclass
@IdClass(CallChildKey.class)
public abstract class CallPart implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "call_id")
    private String callId;

    @Id
    private int position;

    /** For JPA. */
    protected CallPart() {
    }

    /**
     * @param callId   the call's Gong id
     * @param position the row's position among the call's rows of this part, from 0
     */
    protected CallPart(String callId, int position) {
        this.callId = callId;
        this.position = position;
    }

    /** @return the call's Gong id */
    public String getCallId() {
        return callId;
    }

    /** @return the row's position among the call's rows of this part, from 0 */
    public int getPosition() {
        return position;
    }
}
