package io.calldeck.store;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database that holds the data of the Gong CallDeck talks to: calls, Gong's users and workspaces, the sync's
 * runs, the call-access audit. It is the configured store ({@code jdbc/calldeck}) for a real Gong, and the sandbox's
 * own database ({@code jdbc/calldeck-sandbox}) while CallDeck talks to its sandbox, so that demo calls never mix
 * with a tenant's. CallDeck's own sign-in users always live in the configured store.
 *
 * <pre>{@code @Inject @Store EntityManager em;}</pre>
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface Store {
}
