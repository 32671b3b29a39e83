package io.calldeck.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A page's period as its URL holds it: {@code from} and {@code to}, dates both inclusive in the viewer's time zone.
 *
 * @param from first day
 * @param to   last day, not before {@code from}
 */
public record Period(LocalDate from, LocalDate to) implements java.io.Serializable {

    /** Days in the default period, today included. */
    public static final int DEFAULT_DAYS = 30;

    /** Checks the order. */
    public Period {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("from must be a date on or before to, got: " + from + " to " + to);
        }
    }

    /**
     * @param from  the {@code from} parameter ({@code yyyy-MM-dd}), or {@code null}
     * @param to    the {@code to} parameter, or {@code null}
     * @param today today in the viewer's time zone
     * @return the period they give: the last {@value #DEFAULT_DAYS} days for what is missing or malformed, and only
     *         the last day when the two are the wrong way round
     */
    public static Period fromQuery(String from, String to, LocalDate today) {
        LocalDate last = date(to);
        LocalDate first = date(from);
        if (last == null) {
            last = first != null && first.isAfter(today) ? first : today;
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1);
        }
        return new Period(first.isAfter(last) ? last : first, last);
    }

    /**
     * @param zone the viewer's time zone
     * @return the first day's midnight there, inclusive
     */
    public OffsetDateTime start(ZoneId zone) {
        return from.atStartOfDay(zone).toOffsetDateTime();
    }

    /**
     * @param zone the viewer's time zone
     * @return midnight after the last day there, exclusive
     */
    public OffsetDateTime end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
