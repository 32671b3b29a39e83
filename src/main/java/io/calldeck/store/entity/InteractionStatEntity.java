package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One of the host's interaction stats (Gong's {@code interaction.interactionStats[]}).
 */
@Entity
@Table(name = "call_interaction_stat")
public class InteractionStatEntity extends CallPart {

    private static final long serialVersionUID = 1L;

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
        super(callId, position);
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
}
