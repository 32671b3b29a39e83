package io.calldeck.dashboard;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.exception.GongBadRequestException;
import io.calldeck.connector.exception.GongException;
import io.calldeck.connector.model.CallAccess;
import io.calldeck.connector.model.CallUsersAccess;
import io.calldeck.connector.model.GongResponse;
import io.calldeck.store.AccessAuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives and removes users' access to calls through {@code /v2/calls/users-access}, and says per call what
 * happened. Gong refuses a whole request when one of its calls is unknown ("Some calls not found"), so after
 * such a refusal each call is sent on its own: the known ones are applied, the unknown ones reported. Every
 * request, applied or refused, is written to the audit log with Gong's requestId.
 */
@ApplicationScoped
public class CallAccessService {

    @Inject
    GongCalls gong;

    @Inject
    AccessAuditLog audit;

    /**
     * What happened to one call.
     *
     * @param callId        the call
     * @param applied       whether Gong applied the change
     * @param gongRequestId Gong's requestId of the request that decided it
     * @param message       Gong's errors, or a summary
     */
    public record Outcome(String callId, boolean applied, String gongRequestId, String message)
            implements java.io.Serializable {
        /** @return the call id (for EL) */
        public String getCallId() {
            return callId;
        }

        /** @return whether applied (for EL) */
        public boolean isApplied() {
            return applied;
        }

        /** @return Gong's requestId (for EL) */
        public String getGongRequestId() {
            return gongRequestId;
        }

        /** @return the message (for EL) */
        public String getMessage() {
            return message;
        }
    }

    /**
     * @param callIds calls
     * @return per call id, the users with API-granted access (interactive priority)
     */
    public Map<String, List<String>> current(List<String> callIds) {
        return gong.getUsersAccess(callIds).stream()
                .collect(Collectors.toMap(CallAccess::callId, CallAccess::userIds, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /**
     * Gives or removes access, and records it.
     *
     * @param actor   the signed-in CallDeck user
     * @param action  give or remove
     * @param callIds the calls (validated: 1 to 20 digits)
     * @param userIds the users (validated: 1 to 20 digits)
     * @return per call, what happened, in the order of {@code callIds}
     * @throws io.calldeck.connector.exception.GongValidationException when an id is malformed (nothing is sent)
     */
    public List<Outcome> change(String actor, AccessAuditLog.Action action, List<String> callIds, List<String> userIds) {
        List<String> calls = List.copyOf(new LinkedHashSet<>(callIds));
        List<String> users = List.copyOf(new LinkedHashSet<>(userIds));
        Function<List<CallUsersAccess>, GongResponse> send = action == AccessAuditLog.Action.GIVE
                ? gong::giveUsersAccess : gong::removeUsersAccess;
        List<CallUsersAccess> request = calls.stream().map(id -> new CallUsersAccess(id, users)).toList();
        try {
            GongResponse response = send.apply(request);
            audit.record(actor, action, calls, users, response.requestId(), true, null);
            return calls.stream().map(id -> new Outcome(id, true, response.requestId(),
                    action == AccessAuditLog.Action.GIVE ? "Access given" : "Access removed")).toList();
        } catch (GongBadRequestException refused) {
            audit.record(actor, action, calls, users, refused.requestId().orElse(null), false,
                    String.join("; ", refused.errors()));
            if (calls.size() == 1) {
                return List.of(new Outcome(calls.get(0), false, refused.requestId().orElse(null),
                        String.join("; ", refused.errors())));
            }
            return oneByOne(actor, action, calls, users, send);
        } catch (GongException failed) {
            audit.record(actor, action, calls, users, failed.requestId().orElse(null), false, failed.getMessage());
            throw failed;
        }
    }

    private List<Outcome> oneByOne(String actor, AccessAuditLog.Action action, List<String> calls, List<String> users,
                                   Function<List<CallUsersAccess>, GongResponse> send) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String callId : calls) {
            try {
                GongResponse response = send.apply(List.of(new CallUsersAccess(callId, users)));
                audit.record(actor, action, List.of(callId), users, response.requestId(), true, null);
                outcomes.add(new Outcome(callId, true, response.requestId(),
                        action == AccessAuditLog.Action.GIVE ? "Access given" : "Access removed"));
            } catch (GongException refused) {
                audit.record(actor, action, List.of(callId), users, refused.requestId().orElse(null), false,
                        String.join("; ", refused.errors()));
                outcomes.add(new Outcome(callId, false, refused.requestId().orElse(null),
                        refused.errors().isEmpty() ? refused.getMessage() : String.join("; ", refused.errors())));
            }
        }
        return outcomes;
    }
}
