package io.calldeck.connector.model;

/**
 * A Gong workspace ({@code GET /v2/workspaces}): calls belong to one ({@link CallMetaData#workspaceId()}).
 *
 * @param id          the workspace's id (up to 20 digits)
 * @param name        its name
 * @param description its description
 */
public record Workspace(String id, String name, String description) {
}
