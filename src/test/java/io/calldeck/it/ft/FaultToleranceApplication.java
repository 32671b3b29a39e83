package io.calldeck.it.ft;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST application of the WAR that exercises the connector's Fault Tolerance inside Liberty. */
@ApplicationPath("ft")
public class FaultToleranceApplication extends Application {
}
