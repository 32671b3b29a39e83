package io.calldeck.dashboard.access;

import io.calldeck.connector.exception.GongException;
import io.calldeck.dashboard.CallAccessService;
import io.calldeck.dashboard.Messages;
import io.calldeck.store.GongIds;
import io.calldeck.sync.GongRefusal;
import io.calldeck.dashboard.Viewer;
import io.calldeck.store.AccessAuditLog;
import io.calldeck.store.CallSearch;
import io.calldeck.store.Directory;
import io.calldeck.store.entity.AccessAuditEntity;
import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.UserEntity;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The Call access page ({@code /access}, admins): choose calls (from the Calls page's selection, or by id) and
 * users, preview, confirm, then give or remove access through {@code /v2/calls/users-access}; see the current
 * API-granted access and the audit log.
 */
@Named
@ViewScoped
public class AccessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Instance<CallSearch> search;

    @Inject
    Instance<Directory> directory;

    @Inject
    Instance<CallAccessService> access;

    @Inject
    Instance<AccessAuditLog> audit;

    @Inject
    Viewer viewer;

    private String calls;
    private String callIdsText = "";
    private List<UserEntity> users = new ArrayList<>();
    private String action = AccessAuditLog.Action.GIVE.name();
    private List<CallLine> preview = List.of();
    private List<CallAccessService.Outcome> outcomes = List.of();
    private List<AccessLine> current = List.of();
    private LazyDataModel<AccessAuditEntity> auditModel;
    private String gongError;

    /** A call chosen for the change. */
    public record CallLine(String id, String title, String started, boolean known) implements Serializable {
        /** @return id (for EL) */
        public String getId() {
            return id;
        }

        /** @return title (for EL) */
        public String getTitle() {
            return title;
        }

        /** @return start (for EL) */
        public String getStarted() {
            return started;
        }

        /** @return whether the store holds the call (for EL) */
        public boolean isKnown() {
            return known;
        }
    }

    /** A call's current API-granted access. */
    public record AccessLine(String callId, String title, String users) implements Serializable {
        /** @return call id (for EL) */
        public String getCallId() {
            return callId;
        }

        /** @return title (for EL) */
        public String getTitle() {
            return title;
        }

        /** @return users, by name (for EL) */
        public String getUsers() {
            return users;
        }
    }

    /** Reads the calls passed in the URL (an f:viewAction). */
    public void init() {
        viewer.requireAdmin();
        if (calls != null && !calls.isBlank()) {
            callIdsText = String.join("\n", ids(calls));
        }
        Instance<AccessAuditLog> log = audit;
        auditModel = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) log.get().count();
            }

            @Override
            public List<AccessAuditEntity> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                Map<String, FilterMeta> filterBy) {
                setRowCount((int) log.get().count());
                return log.get().recent(first, pageSize);
            }

            @Override
            public String getRowKey(AccessAuditEntity row) {
                return String.valueOf(row.getId());
            }
        };
    }

    private static List<String> ids(String text) {
        return new ArrayList<>(new LinkedHashSet<>(Arrays.stream(text.split("[\\s,;]+")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList()));
    }

    /** Shows what the change would do, for confirmation; malformed ids are reported, nothing is sent. */
    public void preview() {
        viewer.requireAdmin();
        outcomes = List.of();
        List<String> chosen = ids(callIdsText);
        List<String> malformed = chosen.stream().filter(id -> !GongIds.isId(id)).toList();
        if (!malformed.isEmpty()) {
            Messages.add("access:calls", FacesMessage.SEVERITY_ERROR, "Not call ids: " + String.join(", ", malformed),
                    "A Gong call id is 1 to 20 digits.");
            preview = List.of();
            return;
        }
        if (chosen.isEmpty() || users.isEmpty()) {
            Messages.warn("Choose calls and users", null);
            preview = List.of();
            return;
        }
        Map<String, CallEntity> known = search.get().calls(chosen).stream()
                .collect(Collectors.toMap(CallEntity::getId, c -> c));
        preview = chosen.stream().map(id -> {
            CallEntity call = known.get(id);
            return call == null ? new CallLine(id, "Not in CallDeck's store (Gong may still know it)", "", false)
                    : new CallLine(id, call.getTitle(), viewer.time(call.getStarted()), true);
        }).toList();
    }

    /** Gives or removes the access previewed; reports per call. */
    public void apply() {
        viewer.requireAdmin();
        if (preview.isEmpty()) {
            return;
        }
        gongError = null;
        List<String> callIds = preview.stream().map(CallLine::id).toList();
        List<String> userIds = users.stream().map(UserEntity::getId).toList();
        try {
            outcomes = access.get().change(viewer.getName(), AccessAuditLog.Action.valueOf(action), callIds, userIds);
            long applied = outcomes.stream().filter(CallAccessService.Outcome::applied).count();
            Messages.add(null, applied == outcomes.size() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                    applied + " of " + outcomes.size() + " calls changed", null);
        } catch (GongException e) {
            outcomes = List.of();
            gongError = GongRefusal.describe("changing call access", e);
            Messages.error("Nothing was changed", gongError);
        }
        preview = List.of();
        showCurrent();
    }

    /** Reads the API-granted access of the chosen calls from Gong. */
    public void showCurrent() {
        List<String> chosen = ids(callIdsText).stream().filter(GongIds::isId).toList();
        if (chosen.isEmpty()) {
            current = List.of();
            return;
        }
        try {
            gongError = null;
            Map<String, List<String>> byCall = access.get().current(chosen);
            Set<String> userIds = new LinkedHashSet<>();
            byCall.values().forEach(userIds::addAll);
            Map<String, String> names = directory.get().userNames(userIds);
            Map<String, String> titles = search.get().calls(chosen).stream()
                    .collect(Collectors.toMap(CallEntity::getId, c -> c.getTitle() == null ? "" : c.getTitle()));
            current = byCall.entrySet().stream().map(e -> new AccessLine(e.getKey(), titles.getOrDefault(e.getKey(), ""),
                    e.getValue().isEmpty() ? "(nobody)" : e.getValue().stream().map(u -> names.getOrDefault(u, u))
                            .collect(Collectors.joining(", ")))).toList();
        } catch (GongException e) {
            current = List.of();
            gongError = GongRefusal.describe("reading call access", e);
        }
    }

    /** @return how many users the preview names */
    /** @return what Gong refused or failed last (reading or changing access), with Gong's message, or {@code null} */
    public String getGongError() {
        return gongError;
    }

    public int getUserCount() {
        return users.size();
    }

    /** @return the verb of the chosen action */
    public String getActionLabel() {
        return AccessAuditLog.Action.GIVE.name().equals(action) ? "Give" : "Remove";
    }

    /** @return calls from the URL */
    public String getCalls() {
        return calls;
    }

    /** @param value calls from the URL */
    public void setCalls(String value) {
        calls = value;
    }

    /** @return the typed call ids */
    public String getCallIdsText() {
        return callIdsText;
    }

    /** @param value the typed call ids */
    public void setCallIdsText(String value) {
        callIdsText = value == null ? "" : value;
    }

    /** @return chosen users */
    public List<UserEntity> getUsers() {
        return users;
    }

    /** @param value chosen users */
    public void setUsers(List<UserEntity> value) {
        users = value == null ? new ArrayList<>() : value;
    }

    /** @return GIVE or REMOVE */
    public String getAction() {
        return action;
    }

    /** @param value GIVE or REMOVE */
    public void setAction(String value) {
        action = AccessAuditLog.Action.REMOVE.name().equals(value) ? value : AccessAuditLog.Action.GIVE.name();
    }

    /** @return the preview */
    public List<CallLine> getPreview() {
        return preview;
    }

    /** @return per call, what happened */
    public List<CallAccessService.Outcome> getOutcomes() {
        return outcomes;
    }

    /** @return current access of the chosen calls */
    public List<AccessLine> getCurrent() {
        return current;
    }

    /** @return the audit log */
    public LazyDataModel<AccessAuditEntity> getAuditModel() {
        return auditModel;
    }
}
