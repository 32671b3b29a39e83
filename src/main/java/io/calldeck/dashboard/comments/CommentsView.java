package io.calldeck.dashboard.comments;

import io.calldeck.dashboard.Viewer;
import io.calldeck.security.PrivateCalls;
import io.calldeck.store.CommentQueries;
import io.calldeck.store.Directory;
import io.calldeck.store.GongIds;
import io.calldeck.store.entity.UserEntity;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The Comments page ({@code /comments}): public comments across calls, newest first, for a period (default the
 * last 30 days), by commenter and by rep. Criteria live in the URL: {@code from}, {@code to}, {@code by}
 * (commenter ids), {@code rep}.
 */
@Named
@ViewScoped
public class CommentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Instance<CommentQueries> comments;

    @Inject
    Instance<Directory> directory;

    @Inject
    Instance<io.calldeck.store.FilterOptions> options;

    @Inject
    Viewer viewer;

    @Inject
    PrivateCalls privateCalls;

    private String from;
    private String to;
    private String by;
    private String rep;
    private List<LocalDate> range = new ArrayList<>();
    private List<String> commenters = new ArrayList<>();
    private List<String> reps = new ArrayList<>();
    private LazyDataModel<CommentRow> model;
    private List<UserEntity> users;

    /** Builds the list for the URL's criteria (an f:viewAction). */
    public void init() {
        ZoneId zone = viewer.getZone();
        LocalDate end = parse(to, LocalDate.now(zone));
        LocalDate start = parse(from, end.minusDays(29));
        range = new ArrayList<>(List.of(start, end));
        commenters = ids(by);
        reps = ids(rep);
        CommentQueries.CommentFilter filter = new CommentQueries.CommentFilter(start.atStartOfDay(zone).toOffsetDateTime(),
                end.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), commenters, reps,
                privateCalls.visibleToCaller());
        Instance<CommentQueries> lookup = comments;
        Viewer current = viewer;
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) lookup.get().comments(filter, 0, 1).total();
            }

            @Override
            public List<CommentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
                CommentQueries.CommentPage page = lookup.get().comments(filter, first, Math.min(500, Math.max(1, pageSize)));
                setRowCount((int) page.total());
                ZoneId viewerZone = current.getZone();
                return page.comments().stream().map(c -> new CommentRow(c, viewerZone)).toList();
            }

            @Override
            public String getRowKey(CommentRow row) {
                return row.getKey();
            }
        };
    }

    /** @return this page with the chosen criteria in its URL */
    public String apply() {
        StringBuilder url = new StringBuilder("/comments?faces-redirect=true");
        if (range != null && !range.isEmpty() && range.get(0) != null) {
            url.append("&from=").append(range.get(0)).append("&to=")
                    .append(range.size() > 1 && range.get(1) != null ? range.get(1) : range.get(0));
        }
        if (!commenters.isEmpty()) {
            url.append("&by=").append(String.join(",", commenters));
        }
        if (!reps.isEmpty()) {
            url.append("&rep=").append(String.join(",", reps));
        }
        return url.toString();
    }

    private static LocalDate parse(String value, LocalDate fallback) {
        try {
            return value == null || value.isBlank() ? fallback : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static List<String> ids(String value) {
        if (value == null || value.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(value.split(",")).map(String::trim).filter(GongIds::isId)
                .toList());
    }

    /** @return the comments */
    public LazyDataModel<CommentRow> getModel() {
        return model;
    }

    /** @return users CallDeck knows, for the pickers */
    public List<UserEntity> getUsers() {
        if (users == null) {
            users = directory.get().users();
        }
        return users;
    }

    /** @return reps, for the rep picker (at most a minute old) */
    public List<UserEntity> getRepOptions() {
        return options.get().reps();
    }

    /** @return from */
    public String getFrom() {
        return from;
    }

    /** @param value from */
    public void setFrom(String value) {
        from = value;
    }

    /** @return to */
    public String getTo() {
        return to;
    }

    /** @param value to */
    public void setTo(String value) {
        to = value;
    }

    /** @return commenter ids */
    public String getBy() {
        return by;
    }

    /** @param value commenter ids */
    public void setBy(String value) {
        by = value;
    }

    /** @return rep ids */
    public String getRep() {
        return rep;
    }

    /** @param value rep ids */
    public void setRep(String value) {
        rep = value;
    }

    /** @return the period */
    public List<LocalDate> getRange() {
        return range;
    }

    /** @param value the period */
    public void setRange(List<LocalDate> value) {
        range = value;
    }

    /** @return chosen commenters */
    public List<String> getCommenters() {
        return commenters;
    }

    /** @param value chosen commenters */
    public void setCommenters(List<String> value) {
        commenters = value == null ? new ArrayList<>() : value;
    }

    /** @return chosen reps */
    public List<String> getReps() {
        return reps;
    }

    /** @param value chosen reps */
    public void setReps(List<String> value) {
        reps = value == null ? new ArrayList<>() : value;
    }
}
