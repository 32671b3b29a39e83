package io.calldeck.sandbox.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The sandbox's Gong API, at {@code /sandbox/v2/...}, and its admin endpoints at {@code /sandbox/admin/...}.
 * Lists its classes so that they are not mixed into CallDeck's other REST application.
 */
@ApplicationPath("sandbox")
public class SandboxApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(GongCallsSandboxResource.class, GongUsersSandboxResource.class, SandboxAdminResource.class,
                SandboxGate.class, SandboxAdminGuard.class, SandboxExceptionMappers.GongApi.class, SandboxExceptionMappers.JsonParse.class,
                SandboxExceptionMappers.Processing.class, SandboxExceptionMappers.Web.class,
                SandboxExceptionMappers.Unexpected.class);
    }
}
