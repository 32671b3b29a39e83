package io.calldeck.connector.model;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A field of a CRM object ({@code ContextField}, {@code PartyContextField}). Gong types the value as "any":
 * a string, number, boolean or null, depending on the CRM field.
 *
 * @param name  the field name, e.g. {@code Name}, {@code Amount}, {@code StageName}
 * @param value the field value as Gong sent it
 */
public record CrmField(String name, JsonValue value) {

    /** @return the value as text: a JSON string unquoted, other JSON values in their JSON form, {@code null} for null */
    public String valueAsText() {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }
}
