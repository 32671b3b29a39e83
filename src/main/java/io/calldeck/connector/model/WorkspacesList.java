package io.calldeck.connector.model;

import java.util.List;

/**
 * The answer of {@code GET /v2/workspaces} (not paged).
 *
 * @param requestId  Gong's reference for this request
 * @param workspaces the company's workspaces
 */
public record WorkspacesList(String requestId, List<Workspace> workspaces) {
}
