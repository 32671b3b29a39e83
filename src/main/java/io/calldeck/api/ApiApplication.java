package io.calldeck.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * CallDeck's read-only JSON API at {@code /api}: the calls, talk time, comments and sync state the pages show,
 * for enterprise tools and scripts. HTTP Basic with a CallDeck user (role viewer or admin). Described by
 * MicroProfile OpenAPI at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "CallDeck API", version = "1",
        description = "Read-only access to the Gong calls CallDeck keeps: calls, talk time per rep, public comments "
                + "and the sync's state. Times are ISO-8601; durations and talk times are seconds, transcript sentences' "
                + "start and end milliseconds."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(CallsApi.class, TalkTimeApi.class, TeamApi.class, TrackersApi.class, CommentsApi.class, SyncApi.class, ApiErrors.BadInput.class,
                ApiErrors.NotFound.class, ApiErrors.GongFailed.class);
    }
}
