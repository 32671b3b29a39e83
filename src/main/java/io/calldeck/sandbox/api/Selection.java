package io.calldeck.sandbox.api;

import io.calldeck.connector.model.CallCollaboration;
import io.calldeck.connector.model.CallContent;
import io.calldeck.connector.model.CallContext;
import io.calldeck.connector.model.CallInteraction;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.CrmObject;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.Party;
import io.calldeck.connector.model.Tracker;
import io.calldeck.connector.model.TrackerPhrase;
import java.util.List;

/**
 * Applies a {@link ContentSelector} to a whole call, the way {@code /v2/calls/extensive} does: only the parts
 * asked for are returned; context objects come without fields at {@code Basic}, with the fields of the asked
 * timings at {@code Extended}; tracker occurrences only with {@code trackerOccurrences}.
 */
final class Selection {

    private Selection() {
    }

    static ExtensiveCall apply(ExtensiveCall call, ContentSelector selector) {
        String level = selector == null || selector.context() == null ? "None" : selector.context();
        List<String> timings = selector == null || selector.contextTiming() == null ? List.of("Now")
                : selector.contextTiming();
        ContentSelector.ExposedFields fields = selector == null ? null : selector.exposedFields();
        List<Party> parties = fields != null && on(fields.parties()) && call.parties() != null
                ? call.parties().stream().map(p -> new Party(p.id(), p.emailAddress(), p.name(), p.title(), p.userId(),
                        p.speakerId(), context(p.context(), level, timings), p.affiliation(), p.phoneNumber(),
                        p.methods())).toList()
                : null;
        return new ExtensiveCall(call.metaData(), context(call.context(), level, timings), parties,
                content(call.content(), fields == null ? null : fields.content()),
                interaction(call.interaction(), fields == null ? null : fields.interaction()),
                fields != null && fields.collaboration() != null && on(fields.collaboration().publicComments())
                        && call.collaboration() != null
                        ? new CallCollaboration(call.collaboration().publicComments()) : null,
                fields != null && on(fields.media()) ? call.media() : null);
    }

    private static boolean on(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    private static List<CallContext> context(List<CallContext> context, String level, List<String> timings) {
        if (context == null || "None".equals(level)) {
            return null;
        }
        boolean extended = "Extended".equals(level);
        return context.stream().map(c -> new CallContext(c.system(), c.objects() == null ? null : c.objects().stream()
                .filter(o -> o.timing() == null || (extended ? timings.contains(o.timing()) : "Now".equals(o.timing())))
                .map(o -> extended ? o : new CrmObject(o.objectType(), o.objectId(), null, null))
                .toList())).toList();
    }

    private static CallContent content(CallContent content, ContentSelector.Content flags) {
        if (content == null || flags == null) {
            return null;
        }
        boolean occurrences = on(flags.trackerOccurrences());
        List<Tracker> trackers = on(flags.trackers()) && content.trackers() != null
                ? content.trackers().stream().map(t -> occurrences ? t : new Tracker(t.id(), t.name(), t.count(),
                        t.type(), null, t.phrases() == null ? null : t.phrases().stream()
                        .map(p -> new TrackerPhrase(p.count(), null, p.phrase())).toList())).toList()
                : null;
        CallContent selected = new CallContent(
                on(flags.structure()) ? content.structure() : null,
                trackers,
                on(flags.topics()) ? content.topics() : null,
                on(flags.pointsOfInterest()) ? content.pointsOfInterest() : null,
                on(flags.brief()) ? content.brief() : null,
                on(flags.outline()) ? content.outline() : null,
                on(flags.highlights()) ? content.highlights() : null,
                on(flags.callOutcome()) ? content.callOutcome() : null,
                on(flags.keyPoints()) ? content.keyPoints() : null);
        return selected.equals(new CallContent(null, null, null, null, null, null, null, null, null)) ? null : selected;
    }

    private static CallInteraction interaction(CallInteraction interaction, ContentSelector.Interaction flags) {
        if (interaction == null || flags == null) {
            return null;
        }
        CallInteraction selected = new CallInteraction(
                on(flags.speakers()) ? interaction.speakers() : null,
                on(flags.personInteractionStats()) ? interaction.interactionStats() : null,
                on(flags.video()) ? interaction.video() : null,
                on(flags.questions()) ? interaction.questions() : null);
        return selected.equals(new CallInteraction(null, null, null, null)) ? null : selected;
    }
}
