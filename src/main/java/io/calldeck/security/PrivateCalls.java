package io.calldeck.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * Who sees private calls. In Gong a private call ({@code metaData.isPrivate}) is seen only by its participants and
 * those given permission; CallDeck cannot tell who took part from a sign-in, so by default only admins see private
 * calls in its lists, pages, exports, comment feeds, transcripts and JSON answers. Aggregates (talk time per rep)
 * count them for everyone, since they show no call.
 *
 * <p>{@value #VISIBLE_TO} = {@code admin} (default) or {@code all} (environment variable
 * {@code CALLDECK_PRIVATE_CALLS_VISIBLE_TO}); any other value stops the application at start, naming the key.
 */
@ApplicationScoped
public class PrivateCalls {

    /** Who sees private calls: {@code admin} or {@code all}. */
    public static final String VISIBLE_TO = "calldeck.private-calls.visible-to";

    @Inject
    Config config;

    @Inject
    SecurityContext security;

    private boolean everyone;

    @PostConstruct
    void read() {
        String value = config.getOptionalValue(VISIBLE_TO, String.class).map(v -> v.trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).orElse("admin");
        if (!value.equals("admin") && !value.equals("all")) {
            throw new IllegalArgumentException(VISIBLE_TO + " must be admin or all, got: " + value);
        }
        everyone = value.equals("all");
    }

    /** Reads the setting when the application starts, so that a wrong value stops it there. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        everyone();
    }

    /** @return whether every signed-in user sees private calls ({@value #VISIBLE_TO}={@code all}) */
    public boolean everyone() {
        return everyone;
    }

    /** @return whether the signed-in user may see private calls: an admin, or anyone with {@code all} */
    public boolean visibleToCaller() {
        return everyone || security.isCallerInRole(Roles.ADMIN);
    }
}
