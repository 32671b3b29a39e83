/**
 * What operations teams watch: MicroProfile Metrics of CallDeck's requests to Gong, its rate budget and the
 * sync's lag ({@code /metrics}, next to Fault Tolerance's own retry and circuit-breaker metrics), and MicroProfile
 * Health readiness checks of the store and of Gong ({@code /health/ready}).
 */
package io.calldeck.monitoring;
