package io.calldeck.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the dashboard writes durations, positions, ratios and times; available to pages as {@code #{fmt}}.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /**
     * @param seconds a length in seconds, may be {@code null}
     * @return {@code h:mm:ss}, e.g. {@code 0:07:40}; empty for {@code null}
     */
    public static String duration(Number seconds) {
        if (seconds == null) {
            return "";
        }
        long total = Math.round(seconds.doubleValue());
        return String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60);
    }

    /**
     * @param seconds a position in a call, seconds from its start
     * @return {@code mm:ss} (minutes may pass 59), e.g. {@code 74:05}
     */
    public static String position(Number seconds) {
        if (seconds == null) {
            return "";
        }
        long total = (long) Math.floor(seconds.doubleValue());
        return String.format(Locale.ROOT, "%02d:%02d", total / 60, total % 60);
    }

    /**
     * @param ratio a fraction from 0 to 1, may be {@code null}
     * @return a whole percentage, e.g. {@code 43%}; empty for {@code null}
     */
    public static String percent(Number ratio) {
        return ratio == null ? "" : Math.round(ratio.doubleValue() * 100) + "%";
    }

    /**
     * @param time an instant with an offset
     * @param zone the viewer's time zone
     * @return {@code yyyy-MM-dd HH:mm} in that zone
     */
    public static String dateTime(OffsetDateTime time, ZoneId zone) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(zone));
    }

    /**
     * @param time an instant with an offset
     * @param zone the viewer's time zone
     * @return e.g. {@code Mon 3 Nov 2026} in that zone
     */
    public static String date(OffsetDateTime time, ZoneId zone) {
        return time == null ? "" : DATE.format(time.atZoneSameInstant(zone));
    }

    /**
     * @param seconds a length
     * @return h:mm:ss (for EL)
     */
    public String d(Number seconds) {
        return duration(seconds);
    }

    /**
     * @param seconds a position
     * @return mm:ss (for EL)
     */
    public String pos(Number seconds) {
        return position(seconds);
    }

    /**
     * @param ratio a fraction
     * @return a percentage (for EL)
     */
    public String pct(Number ratio) {
        return percent(ratio);
    }
}
