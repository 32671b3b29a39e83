package io.calldeck.connector.model;

import java.util.List;

/**
 * An object in an external system linked to a call or party ({@code ExternalCallObject}, {@code ExternalPartyObject}).
 *
 * @param objectType for calls {@code Opportunity} or {@code Account}; for parties {@code Contact}, {@code User} or {@code Lead}
 * @param objectId   the object's id in that system, e.g. {@code 0013601230sV7grAAC}
 * @param fields     the object's fields; only with {@code contentSelector.context} Extended
 * @param timing     {@code Now} or {@code TimeOfCall}: when the field values were read
 */
public record CrmObject(String objectType, String objectId, List<CrmField> fields, String timing) {
}
