package io.calldeck.security;

/**
 * CallDeck's roles and the groups of its built-in users. Which groups hold which role is Liberty configuration
 * ({@code application-bnd} in {@code liberty/server.xml}), so that an LDAP or OIDC group can be mapped instead.
 */
public final class Roles {

    /** Reads everything. */
    public static final String VIEWER = "viewer";
    /** Reads everything, changes call access, runs syncs, controls the sandbox. */
    public static final String ADMIN = "admin";
    /** The group of the built-in user {@code admin}. */
    public static final String ADMINS_GROUP = "calldeck-admins";
    /** The group of the built-in user {@code viewer}. */
    public static final String VIEWERS_GROUP = "calldeck-viewers";

    private Roles() {
    }
}
