package io.calldeck.dashboard.calls;

import io.calldeck.dashboard.Formats;
import io.calldeck.dashboard.SpreadsheetText;
import io.calldeck.store.entity.CallEntity;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A row of the calls table: a stored call as the page and its exports show it (getters, for EL). */
public class CallRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final String url;
    private final OffsetDateTime started;
    private final String startedText;
    private final String repId;
    private final String repName;
    private final long durationSeconds;
    private final String direction;
    private final String scope;
    private final String system;
    private final int parties;
    private final Double talkRatio;
    private final int comments;
    private final boolean privateCall;
    private final String workspaceId;

    /**
     * @param call a stored call
     * @param zone the viewer's time zone
     */
    public CallRow(CallEntity call, ZoneId zone) {
        this.id = call.getId();
        this.title = call.getTitle();
        this.url = call.getUrl();
        this.started = call.getStarted();
        this.startedText = Formats.dateTime(call.getStarted(), zone);
        this.repId = call.getPrimaryUserId();
        this.repName = call.getRepName();
        this.durationSeconds = call.getDurationSeconds();
        this.direction = call.getDirection();
        this.scope = call.getScope();
        this.system = call.getSystem();
        this.parties = call.getPartyCount();
        this.talkRatio = call.getTalkRatio();
        this.comments = call.getCommentCount();
        this.privateCall = call.isPrivate();
        this.workspaceId = call.getWorkspaceId();
    }

    /** @return Gong call id */
    public String getId() {
        return id;
    }

    /** @return title (Gong text, escaped by the page) */
    public String getTitle() {
        return title == null || title.isBlank() ? "(untitled call)" : title;
    }

    /** @return the title for CSV and Excel, safe from formula injection ({@link SpreadsheetText}) */
    public String getTitleExport() {
        return SpreadsheetText.neutralize(getTitle());
    }

    /** @return the rep's name for CSV and Excel, safe from formula injection */
    public String getRepNameExport() {
        return SpreadsheetText.neutralize(repName);
    }

    /** @return the system for CSV and Excel, safe from formula injection */
    public String getSystemExport() {
        return SpreadsheetText.neutralize(system);
    }

    /** @return the direction for CSV and Excel, safe from formula injection */
    public String getDirectionExport() {
        return SpreadsheetText.neutralize(direction);
    }

    /** @return the scope for CSV and Excel, safe from formula injection */
    public String getScopeExport() {
        return SpreadsheetText.neutralize(scope);
    }

    /** @return the call's page in Gong, if an https URL */
    public String getUrl() {
        return url != null && url.startsWith("https://") ? url : null;
    }

    /** @return start time */
    public OffsetDateTime getStarted() {
        return started;
    }

    /** @return start time in the viewer's zone, yyyy-MM-dd HH:mm */
    public String getStartedText() {
        return startedText;
    }

    /** @return the rep's user id */
    public String getRepId() {
        return repId;
    }

    /** @return the rep's name */
    public String getRepName() {
        return repName;
    }

    /** @return length in seconds */
    public long getDurationSeconds() {
        return durationSeconds;
    }

    /** @return length as h:mm:ss */
    public String getDurationText() {
        return Formats.duration(durationSeconds);
    }

    /** @return Inbound, Outbound, Conference, Unknown */
    public String getDirection() {
        return direction;
    }

    /** @return Internal, External, Unknown */
    public String getScope() {
        return scope;
    }

    /** @return the system */
    public String getSystem() {
        return system;
    }

    /** @return number of parties */
    public int getParties() {
        return parties;
    }

    /** @return the rep's talk time over the call's duration, 0 to 1, or {@code null} */
    public Double getTalkRatio() {
        return talkRatio;
    }

    /** @return the talk ratio as a percentage */
    public String getTalkRatioText() {
        return Formats.percent(talkRatio);
    }

    /** @return public comments */
    public int getComments() {
        return comments;
    }

    /** @return whether the call is private */
    public boolean isPrivateCall() {
        return privateCall;
    }

    /** @return "Yes" or "" (for exports) */
    public String getPrivateText() {
        return privateCall ? "Yes" : "";
    }

    /** @return the workspace */
    public String getWorkspaceId() {
        return workspaceId;
    }
}
