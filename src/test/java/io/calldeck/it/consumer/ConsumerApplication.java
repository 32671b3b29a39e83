package io.calldeck.it.consumer;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST application of the tiny consumer WAR that embeds the connector jar alone. */
@ApplicationPath("consumer")
public class ConsumerApplication extends Application {
}
