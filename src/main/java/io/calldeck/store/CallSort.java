package io.calldeck.store;

/** The columns the calls table sorts on; each maps to one indexed or denormalized column. */
public enum CallSort {
    /** Start time. */
    STARTED("started"),
    /** Title. */
    TITLE("title"),
    /** The host's name. */
    REP("repName"),
    /** Length. */
    DURATION("durationSeconds"),
    /** Direction. */
    DIRECTION("direction"),
    /** Scope. */
    SCOPE("scope"),
    /** System. */
    SYSTEM("system"),
    /** Number of parties. */
    PARTIES("partyCount"),
    /** The host's talk ratio. */
    TALK_RATIO("talkRatio"),
    /** Number of public comments. */
    COMMENTS("commentCount"),
    /** Private or not. */
    PRIVATE("isPrivate"),
    /** Workspace. */
    WORKSPACE("workspaceId");

    private final String attribute;

    CallSort(String attribute) {
        this.attribute = attribute;
    }

    /** @return the entity attribute */
    public String attribute() {
        return attribute;
    }
}
