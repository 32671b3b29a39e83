package io.calldeck.connector.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A call a user associated with CRM objects by hand ({@code ManualAssociationsBasicData}, from
 * {@code GET /v2/calls/manual-crm-associations}, beta; Gong's 2025-01 OpenAPI document).
 *
 * @param callId               the call's id
 * @param userId               the user who made the association
 * @param created              when the association was made
 * @param associatedCrmObjects the associated account and deal
 */
public record ManualCrmAssociation(String callId, String userId, OffsetDateTime created,
                                   List<AssociatedCrmObject> associatedCrmObjects) {

    /**
     * An associated CRM account and, if any, deal ({@code AssociationObject}).
     *
     * @param accountCrmId the CRM account id
     * @param dealCrmId    the CRM deal/opportunity id, if a deal was associated
     */
    public record AssociatedCrmObject(String accountCrmId, String dealCrmId) {
    }
}
