package io.calldeck.dashboard.comments;

import io.calldeck.dashboard.FormQuery;
import io.calldeck.dashboard.Redirect;
import io.calldeck.dashboard.Viewer;
import io.calldeck.security.PrivateCalls;
import io.calldeck.store.CommentQueries;
import io.calldeck.store.Directory;
import io.calldeck.store.entity.UserEntity;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The Comments page ({@code /comments}): public comments across calls, newest first, for a period (default the
 * last 30 days), by commenter and by rep. The criteria live in the URL ({@link CommentsCriteria}).
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

    private CommentsCriteria criteria;
    // The filter form's inputs: filled from the criteria, read back into new criteria by apply().
    private List<LocalDate> range = new ArrayList<>();
    private List<String> commenters = new ArrayList<>();
    private List<String> reps = new ArrayList<>();
    private LazyDataModel<CommentRow> model;
    private List<UserEntity> users;

    /** Builds the list for the URL's criteria (an f:viewAction). */
    public void init() {
        ZoneId zone = viewer.getZone();
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        criteria = CommentsCriteria.fromQuery(query, LocalDate.now(zone));
        range = new ArrayList<>(List.of(criteria.from(), criteria.to()));
        commenters = new ArrayList<>(criteria.commenters());
        reps = new ArrayList<>(criteria.reps());
        CommentQueries.CommentFilter filter = criteria.filter(zone, privateCalls.visibleToCaller());
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

    /** Sends the browser to this page with the form's criteria in its URL. */
    public void apply() {
        Map<String, String> query = new LinkedHashMap<>();
        FormQuery.putPeriod(query, range);
        query.put("by", String.join(",", commenters));
        query.put("rep", String.join(",", reps));
        Redirect.to("/comments", CommentsCriteria.fromQuery(query, LocalDate.now(viewer.getZone())).toQueryString());
    }

    /** @return the criteria the page shows */
    public CommentsCriteria getCriteria() {
        return criteria;
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
