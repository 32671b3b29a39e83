package io.calldeck.store.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of a call's child rows (parties, speakers, topics, …): the call and the row's position in it. */
public class CallChildKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String callId;
    private int position;

    /** For JPA. */
    public CallChildKey() {
    }

    /**
     * @param callId   the call
     * @param position the row's position, from 0
     */
    public CallChildKey(String callId, int position) {
        this.callId = callId;
        this.position = position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallChildKey key && key.position == position && Objects.equals(key.callId, callId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, position);
    }
}
