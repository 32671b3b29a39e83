package io.calldeck.store.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A key point of a call (Gong's {@code content.keyPoints[]}).
 */
@Entity
@Table(name = "call_key_point")
public class KeyPointEntity extends CallPart {

    private static final long serialVersionUID = 1L;

    private String text;

    /**
     * @param callId   the call
     * @param position position among the key points
     * @param text     the key point
     */
    public KeyPointEntity(String callId, int position, String text) {
        super(callId, position);
        this.text = text;
    }

    /** @return the key point */
    public String getText() {
        return text;
    }

    /** For JPA. */
    protected KeyPointEntity() {
    }
}
