package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The Gong that filled the store: one row, written when the store is first synced, adopted or cleared. */
@Entity
@Table(name = "store_binding")
public class StoreBindingEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The row's id. */
    public static final String GONG = "gong";

    @Id
    private String id;
    @Column(name = "gong_base_url")
    private String baseUrl;
    @Column(name = "credential_fingerprint")
    private String fingerprint;
    private String description;
    @Column(name = "bound_at")
    private OffsetDateTime boundAt;

    /** For JPA. */
    protected StoreBindingEntity() {
    }

    /**
     * @param baseUrl     Gong's API base URL
     * @param fingerprint who CallDeck is to it (never a secret)
     * @param description for people
     * @param boundAt     when the store was bound to it
     */
    public StoreBindingEntity(String baseUrl, String fingerprint, String description, OffsetDateTime boundAt) {
        this.id = GONG;
        update(baseUrl, fingerprint, description, boundAt);
    }

    /**
     * @param newBaseUrl     Gong's API base URL
     * @param newFingerprint who CallDeck is to it
     * @param newDescription for people
     * @param at             when
     */
    public final void update(String newBaseUrl, String newFingerprint, String newDescription, OffsetDateTime at) {
        this.baseUrl = newBaseUrl;
        this.fingerprint = newFingerprint;
        this.description = newDescription;
        this.boundAt = at;
    }

    /** @return Gong's API base URL */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** @return who CallDeck was to that Gong */
    public String getFingerprint() {
        return fingerprint;
    }

    /** @return for people */
    public String getDescription() {
        return description;
    }

    /** @return when the store was bound */
    public OffsetDateTime getBoundAt() {
        return boundAt;
    }
}
