package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A CRM object linked to a call or to one of its parties (Gong's {@code context[]}).
 */
@Entity
@Table(name = "call_crm_object")
public class CrmObjectEntity extends CallPart {

    private static final long serialVersionUID = 1L;

    @Column(name = "party_id")
    private String partyId;
    @Column(name = "crm_system")
    private String system;
    @Column(name = "object_type")
    private String objectType;
    @Column(name = "object_id")
    private String objectId;
    private String timing;

    /**
     * @param callId     the call
     * @param position   position among the call's objects
     * @param partyId    the party the object belongs to, or {@code null} for the call
     * @param system     Salesforce, HubSpot, MicrosoftDynamic, Generic
     * @param objectType Account, Opportunity, Contact, Lead, User
     * @param objectId   the object's id in the CRM
     * @param timing     Now or TimeOfCall
     */
    public CrmObjectEntity(String callId, int position, String partyId, String system, String objectType,
                           String objectId, String timing) {
        super(callId, position);
        this.partyId = partyId;
        this.system = system;
        this.objectType = objectType;
        this.objectId = objectId;
        this.timing = timing;
    }

    /** @return the party the object belongs to, or {@code null} for the call */
    public String getPartyId() {
        return partyId;
    }

    /** @return the CRM */
    public String getSystem() {
        return system;
    }

    /** @return the object type */
    public String getObjectType() {
        return objectType;
    }

    /** @return the object id */
    public String getObjectId() {
        return objectId;
    }

    /** @return Now or TimeOfCall */
    public String getTiming() {
        return timing;
    }

    /** For JPA. */
    protected CrmObjectEntity() {
    }
}
