package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A key point of a call (Gong's {@code content.keyPoints[]}).
 */
@Entity
@Table(name = "call_key_point")
@IdClass(CallChildKey.class)
public class KeyPointEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "call_id")
    private String callId;

    @Id
    private int position;

    private String text;

    /**
     * @param callId   the call
     * @param position position among the key points
     * @param text     the key point
     */
    public KeyPointEntity(String callId, int position, String text) {
        this.callId = callId;
        this.position = position;
        this.text = text;
    }

    /** @return the key point */
    public String getText() {
        return text;
    }

    /** For JPA. */
    protected KeyPointEntity() {
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
