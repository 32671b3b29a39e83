package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One of the host's interaction stats (Gong's {@code interaction.interactionStats[]}).
 */
@Entity
@Table(name = "call_interaction_stat")
@IdClass(CallChildKey.class)
public class InteractionStatEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "call_id")
    private String callId;

    @Id
    private int position;

    private String name;
    @Column(name = "stat_value")
    private Double value;

    /**
     * @param callId   the call
     * @param position position among the stats
     * @param name     e.g. Talk Ratio, Longest Monologue
     * @param value    the measure, in Gong's unit for it
     */
    public InteractionStatEntity(String callId, int position, String name, Double value) {
        this.callId = callId;
        this.position = position;
        this.name = name;
        this.value = value;
    }

    /** @return the stat's name */
    public String getName() {
        return name;
    }

    /** @return the measure */
    public Double getValue() {
        return value;
    }

    /** For JPA. */
    protected InteractionStatEntity() {
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
