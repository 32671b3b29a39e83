package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A Gong user CallDeck knows: from {@code /v2/users}, or from a call's internal party. */
@Entity
@Table(name = "gong_user")
public class UserEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String id;
    private String name;
    private String email;
    private String title;
    @Column(name = "manager_id")
    private String managerId;
    private boolean active = true;
    @Column(name = "in_directory")
    private boolean inDirectory;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    /** For JPA. */
    protected UserEntity() {
    }

    /** @param id Gong user id */
    public UserEntity(String id) {
        this.id = id;
    }

    /** @return Gong user id */
    public String getId() {
        return id;
    }

    /** @return full name */
    public String getName() {
        return name;
    }

    /** @return email address */
    public String getEmail() {
        return email;
    }

    /** @return job title */
    public String getTitle() {
        return title;
    }

    /** @return the user's manager, if known */
    public String getManagerId() {
        return managerId;
    }

    /** @return whether the user is active */
    public boolean isActive() {
        return active;
    }

    /** @return whether Gong's user directory lists the user (rather than only a call's party) */
    public boolean isInDirectory() {
        return inDirectory;
    }

    /** @return when CallDeck last updated the user */
    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /**
     * @param name        full name
     * @param email       email
     * @param title       title
     * @param managerId   manager
     * @param active      active
     * @param inDirectory listed by /v2/users
     * @param at          when
     */
    public void update(String name, String email, String title, String managerId, boolean active,
                       boolean inDirectory, OffsetDateTime at) {
        this.name = name;
        this.email = email;
        this.title = title;
        this.managerId = managerId;
        this.active = active;
        this.inDirectory = inDirectory;
        this.updatedAt = at;
    }
}
