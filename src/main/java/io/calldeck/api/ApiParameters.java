package io.calldeck.api;

import io.calldeck.store.GongIds;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Parses and checks the API's query parameters, naming the parameter at fault. */
final class ApiParameters {

    private static final Pattern ID = GongIds.PATTERN;

    private ApiParameters() {
    }

    /**
     * @param name  the parameter
     * @param value ISO-8601 date-time with offset, or a date (midnight UTC); may be null
     * @return the time, or {@code null}
     */
    static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw new ApiErrors.BadParameterException(name,
                        "must be ISO-8601, e.g. 2026-11-01T00:00:00Z or 2026-11-01, got: " + value);
            }
        }
    }

    static void order(OffsetDateTime from, OffsetDateTime to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ApiErrors.BadParameterException("from", "must be before to");
        }
    }

    static List<String> ids(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (String value : values) {
            if (!ID.matcher(value).matches()) {
                throw new ApiErrors.BadParameterException(name, "must be a Gong id of 1 to 20 digits, got: " + value);
            }
        }
        return values;
    }

    static String id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ids(name, List.of(value));
        return value;
    }

    /**
     * @param name  the parameter
     * @param value Gong's {@code metaData.scope}: Internal, External or Unknown; may be null or blank
     * @return the scope, or {@code null} for all calls
     */
    static String scope(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!List.of("Internal", "External", "Unknown").contains(value)) {
            throw new ApiErrors.BadParameterException(name, "must be Internal, External or Unknown, got: " + value);
        }
        return value;
    }

    static int page(Integer page) {
        if (page != null && page < 0) {
            throw new ApiErrors.BadParameterException("page", "must be 0 or more");
        }
        return page == null ? 0 : page;
    }

    static int size(Integer size, int defaultSize) {
        if (size != null && (size < 1 || size > 500)) {
            throw new ApiErrors.BadParameterException("size", "must be 1 to 500");
        }
        return size == null ? defaultSize : size;
    }
}
