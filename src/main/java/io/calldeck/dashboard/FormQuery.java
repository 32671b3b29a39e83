package io.calldeck.dashboard;

import io.calldeck.store.GongIds;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the pages' criteria values share: the call scopes Gong documents, the checks of a scope and a workspace id,
 * and a filter form's inputs written as the query parameters its criteria value reads back.
 */
public final class FormQuery {

    /** Gong's call scopes ({@code metaData.scope}). */
    public static final List<String> SCOPES = List.of("Internal", "External", "Unknown");

    private FormQuery() {
    }

    /**
     * @param value a {@code scope} parameter, or {@code null}
     * @return it when it is one of {@link #SCOPES}, else {@code null} (all calls)
     */
    public static String scope(String value) {
        return value != null && SCOPES.contains(value) ? value : null;
    }

    /**
     * @param value a {@code ws} parameter, or {@code null}
     * @return it when it is a Gong id, else {@code null} (all workspaces)
     */
    public static String workspace(String value) {
        return GongIds.isId(value) ? value : null;
    }

    /**
     * Checks a criteria value's scope and workspace.
     *
     * @param scope     a scope, or {@code null}
     * @param workspace a workspace id, or {@code null}
     * @throws IllegalArgumentException naming the part that is not valid
     */
    public static void check(String scope, String workspace) {
        if (workspace != null && !GongIds.isId(workspace)) {
            throw new IllegalArgumentException("workspace must be a Gong id, got: " + workspace);
        }
        if (scope != null && !SCOPES.contains(scope)) {
            throw new IllegalArgumentException("scope must be Internal, External or Unknown, got: " + scope);
        }
    }

    /**
     * @param query receives {@code from} and {@code to} (a single day when the range has one)
     * @param range a date picker's range, or {@code null}/empty for none
     */
    public static void putPeriod(Map<String, String> query, List<LocalDate> range) {
        if (range != null && !range.isEmpty() && range.get(0) != null) {
            query.put("from", range.get(0).toString());
            query.put("to", (range.size() > 1 && range.get(1) != null ? range.get(1) : range.get(0)).toString());
        }
    }

    /**
     * @param query receives the parameter when it has a value
     * @param name  the parameter
     * @param value its value, or {@code null}/blank to leave it out
     */
    public static void putIfSet(Map<String, String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value);
        }
    }
}
