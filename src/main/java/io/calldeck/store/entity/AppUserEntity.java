package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A built-in CallDeck sign-in user: a PBKDF2 password hash and a role, never a password. */
@Entity
@Table(name = "app_user")
public class AppUserEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    private String role;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    /** For JPA. */
    protected AppUserEntity() {
    }

    /**
     * @param username     sign-in name
     * @param passwordHash PBKDF2 hash
     * @param role         admin or viewer
     * @param createdAt    when it was created
     */
    public AppUserEntity(String username, String passwordHash, String role, OffsetDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    /** @return sign-in name */
    public String getUsername() {
        return username;
    }

    /** @return PBKDF2 hash */
    public String getPasswordHash() {
        return passwordHash;
    }

    /** @param hash a new PBKDF2 hash */
    public void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    /** @return admin or viewer */
    public String getRole() {
        return role;
    }

    /** @return when it was created */
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
