package io.calldeck.connector.model;

import java.util.List;

/**
 * One page of {@code GET /v2/calls/manual-crm-associations} ({@code ManualAssociationResponse}).
 *
 * @param requestId    Gong's reference for this request
 * @param records      paging information
 * @param associations the associations, oldest first
 */
public record ManualCrmAssociationsPage(String requestId, Records records, List<ManualCrmAssociation> associations)
        implements Page<ManualCrmAssociation> {

    @Override
    public List<ManualCrmAssociation> items() {
        return associations == null ? List.of() : associations;
    }
}
