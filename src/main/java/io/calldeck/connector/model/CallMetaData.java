package io.calldeck.connector.model;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.OffsetDateTime;

/**
 * A call's metadata: Gong's {@code CallBasicData}, returned by {@code GET /v2/calls}, {@code GET /v2/calls/{id}}
 * ({@code call}) and {@code POST /v2/calls/extensive} ({@code calls[].metaData}).
 *
 * @param id              Gong's call id (up to 20 digits)
 * @param url             the call's page in Gong's web app
 * @param title           the call's title
 * @param scheduled       when the call was scheduled to start
 * @param started         when recording started; Gong's date filters apply to this time
 * @param duration        length of the call in <b>seconds</b>
 * @param primaryUserId   the Gong user id of the team member who hosted the call (the rep)
 * @param direction       {@code Inbound}, {@code Outbound}, {@code Conference} or {@code Unknown} (see {@link CallDirection})
 * @param system          the system the call was made with, e.g. {@code Zoom}, {@code Outreach}, {@code Uploaded Call}
 * @param scope           {@code Internal}, {@code External} or {@code Unknown}
 * @param media           {@code Video} or {@code Audio}
 * @param language        ISO-639-2B language code, e.g. {@code eng}; {@code und} unsupported, {@code zxx} too little speech
 * @param workspaceId     the call's workspace id
 * @param sdrDisposition  the SDR disposition, e.g. {@code Got the gatekeeper}
 * @param clientUniqueId  the call's id in the recording system it came from
 * @param customData      metadata given when the call was added through the API
 * @param purpose         the call's purpose
 * @param meetingUrl      the web conference URL the call was recorded on
 * @param isPrivate       whether the call is private
 * @param calendarEventId the meeting's id in Google or Outlook Calendar
 */
public record CallMetaData(
        String id,
        String url,
        String title,
        OffsetDateTime scheduled,
        OffsetDateTime started,
        Long duration,
        String primaryUserId,
        String direction,
        String system,
        String scope,
        String media,
        String language,
        String workspaceId,
        String sdrDisposition,
        String clientUniqueId,
        String customData,
        String purpose,
        String meetingUrl,
        @JsonbProperty("isPrivate") Boolean isPrivate,
        String calendarEventId) {
}
