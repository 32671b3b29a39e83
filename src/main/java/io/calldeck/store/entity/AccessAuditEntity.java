package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change of call access made through CallDeck: who, when, what, Gong's answer. Append-only. */
@Entity
@Table(name = "access_audit")
public class AccessAuditEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private OffsetDateTime at;
    private String actor;
    private String action;
    @Column(name = "call_ids")
    private String callIds;
    @Column(name = "user_ids")
    private String userIds;
    @Column(name = "gong_request_id")
    private String gongRequestId;
    private String outcome;
    private String detail;

    /** For JPA. */
    protected AccessAuditEntity() {
    }

    /**
     * @param at            when
     * @param actor         the signed-in CallDeck user
     * @param action        GIVE or REMOVE
     * @param callIds       the calls, comma-separated
     * @param userIds       the users, comma-separated
     * @param gongRequestId Gong's requestId, if Gong answered
     * @param outcome       SUCCEEDED or FAILED
     * @param detail        Gong's errors or other detail
     */
    public AccessAuditEntity(OffsetDateTime at, String actor, String action, String callIds, String userIds,
                             String gongRequestId, String outcome, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.callIds = callIds;
        this.userIds = userIds;
        this.gongRequestId = gongRequestId;
        this.outcome = outcome;
        this.detail = detail;
    }

    /** @return the record's number */
    public Long getId() {
        return id;
    }

    /** @return when */
    public OffsetDateTime getAt() {
        return at;
    }

    /** @return who */
    public String getActor() {
        return actor;
    }

    /** @return GIVE or REMOVE */
    public String getAction() {
        return action;
    }

    /** @return the calls, comma-separated */
    public String getCallIds() {
        return callIds;
    }

    /** @return the users, comma-separated */
    public String getUserIds() {
        return userIds;
    }

    /** @return Gong's requestId */
    public String getGongRequestId() {
        return gongRequestId;
    }

    /** @return SUCCEEDED or FAILED */
    public String getOutcome() {
        return outcome;
    }

    /** @return Gong's errors or other detail */
    public String getDetail() {
        return detail;
    }
}
