package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * How far the calls sync has read Gong ({@code synced_until}), and who holds the lease that lets one server
 * at a time run it.
 */
@Entity
@Table(name = "sync_state")
public class SyncStateEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The id of the calls sync's row. */
    public static final String CALLS = "calls";

    @Id
    private String id;
    @Column(name = "synced_until")
    private OffsetDateTime syncedUntil;
    @Column(name = "refreshed_at")
    private OffsetDateTime refreshedAt;
    @Column(name = "locked_by")
    private String lockedBy;
    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;
    private long version;

    /** For JPA. */
    protected SyncStateEntity() {
    }

    /** @return the sync's name */
    public String getId() {
        return id;
    }

    /** @return the end of the window the last successful run read, or {@code null} before the first */
    public OffsetDateTime getSyncedUntil() {
        return syncedUntil;
    }

    /** @param value the end of the window a successful run read */
    public void setSyncedUntil(OffsetDateTime value) {
        this.syncedUntil = value;
    }

    /** @return the node holding the lease, or {@code null} */
    /** @return when a run last re-read the whole refresh window (a refresh, or a backfill covering it) */
    public OffsetDateTime getRefreshedAt() {
        return refreshedAt;
    }

    /** @param value when a run last re-read the whole refresh window */
    public void setRefreshedAt(OffsetDateTime value) {
        this.refreshedAt = value;
    }

    public String getLockedBy() {
        return lockedBy;
    }

    /** @return when the lease ends */
    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    /** @return the row's version, bumped by every lease change */
    public long getVersion() {
        return version;
    }
}
