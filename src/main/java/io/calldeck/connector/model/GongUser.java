package io.calldeck.connector.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A Gong user ({@code GET /v2/users}, {@code GET /v2/users/{id}}): the reps, managers and other members of
 * the company whose ids appear as {@code primaryUserId}, {@code userId} and {@code commenterUserId}.
 *
 * @param id                   the user's id (up to 20 digits)
 * @param emailAddress         primary email address
 * @param created              when the user was created
 * @param active               whether the user is active
 * @param emailAliases         other email addresses
 * @param trustedEmailAddress  trusted email address, if any
 * @param firstName            first name
 * @param lastName             last name
 * @param title                job title
 * @param phoneNumber          phone number
 * @param extension            phone extension
 * @param personalMeetingUrls  personal meeting URLs
 * @param settings             recording and import settings
 * @param managerId            the user's manager, if any
 * @param meetingConsentPageUrl the meeting consent page
 * @param spokenLanguages      languages the user speaks
 */
public record GongUser(
        String id,
        String emailAddress,
        OffsetDateTime created,
        Boolean active,
        List<String> emailAliases,
        String trustedEmailAddress,
        String firstName,
        String lastName,
        String title,
        String phoneNumber,
        String extension,
        List<String> personalMeetingUrls,
        Settings settings,
        String managerId,
        String meetingConsentPageUrl,
        List<SpokenLanguage> spokenLanguages) {

    /** @return "first last", trimmed; the email address when both are missing */
    public String fullName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? emailAddress : name;
    }

    /**
     * The user's recording and import settings.
     *
     * @param webConferencesRecorded        web conferences are recorded
     * @param preventWebConferenceRecording recording of web conferences is prevented
     * @param telephonyCallsImported        telephony calls are imported
     * @param emailsImported                emails are imported
     * @param preventEmailImport            email import is prevented
     * @param nonRecordedMeetingsImported   non-recorded meetings are imported
     * @param gongConnectEnabled            Gong Connect is enabled
     */
    public record Settings(Boolean webConferencesRecorded, Boolean preventWebConferenceRecording,
                           Boolean telephonyCallsImported, Boolean emailsImported, Boolean preventEmailImport,
                           Boolean nonRecordedMeetingsImported, Boolean gongConnectEnabled) {
    }

    /**
     * A language the user speaks.
     *
     * @param language e.g. {@code en-US}
     * @param primary  whether it is the user's primary language
     */
    public record SpokenLanguage(String language, Boolean primary) {
    }
}
