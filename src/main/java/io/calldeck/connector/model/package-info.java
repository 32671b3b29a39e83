/**
 * JSON-B records for the requests and responses of Gong's Calls API v2, field for field as Gong's OpenAPI
 * document (2026-02; manual CRM associations from 2025-01) and help pages describe them.
 *
 * <p>Conventions: ids are {@code String}s of up to 20 digits; times are {@link java.time.OffsetDateTime}
 * (Gong sends the company's UTC offset and a varying number of fractional digits); durations, talk times
 * and comment positions are <b>seconds</b>, transcript sentence times and speech segments are
 * <b>milliseconds</b>. Fields Gong may grow (direction, system, scope, tracker type, …) are kept as the raw
 * {@code String}, so a new value never fails a page; the known values are constants or enums beside them.
 * A response component is {@code null} when Gong left the field out (for example a part of
 * {@code /v2/calls/extensive} that the content selector did not ask for). Unknown JSON fields are ignored.
 */
package io.calldeck.connector.model;
