package io.calldeck.connector.model;

import java.util.List;

/**
 * A link from a call or a party to an external system such as a CRM ({@code CallContextDto},
 * {@code PartyContextDto}).
 *
 * @param system  {@code Salesforce}, {@code HubSpot}, {@code MicrosoftDynamic} or {@code Generic}
 * @param objects the objects in that system, e.g. a Salesforce Account and Opportunity
 */
public record CallContext(String system, List<CrmObject> objects) {
}
