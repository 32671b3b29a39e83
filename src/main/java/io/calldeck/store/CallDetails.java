package io.calldeck.store;

import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.CommentEntity;
import io.calldeck.store.entity.CrmObjectEntity;
import io.calldeck.store.entity.InteractionStatEntity;
import io.calldeck.store.entity.KeyPointEntity;
import io.calldeck.store.entity.PartyEntity;
import io.calldeck.store.entity.SpeakerEntity;
import io.calldeck.store.entity.TopicEntity;
import io.calldeck.store.entity.TrackerEntity;
import io.calldeck.store.entity.TranscriptSentenceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Everything the call page shows of one stored call: the call and each of its parts, in Gong's order. Read-only. */
@ApplicationScoped
public class CallDetails {

    @Inject
    @Store
    EntityManager em;

    /** For CDI. */
    protected CallDetails() {
    }

    /** @param em the entity manager to read with (tests, tools) */
    public CallDetails(EntityManager em) {
        this.em = em;
    }

    /**
     * Everything the call page shows.
     *
     * @param call       the call
     * @param parties    participants in Gong's order
     * @param speakers   talk times
     * @param stats      the host's interaction stats
     * @param topics     topics
     * @param trackers   trackers
     * @param keyPoints  key points
     * @param comments   public comments, oldest first
     * @param crmObjects CRM objects
     * @param transcript transcript sentences, empty until fetched
     */
    public record CallDetail(CallEntity call, List<PartyEntity> parties, List<SpeakerEntity> speakers,
                             List<InteractionStatEntity> stats, List<TopicEntity> topics, List<TrackerEntity> trackers,
                             List<KeyPointEntity> keyPoints, List<CommentEntity> comments,
                             List<CrmObjectEntity> crmObjects, List<TranscriptSentenceEntity> transcript)
            implements java.io.Serializable {
    }

    /**
     * @param callId a Gong call id
     * @return the call and all its parts, if stored
     */
    public Optional<CallDetail> detail(String callId) {
        CallEntity call = em.find(CallEntity.class, callId);
        if (call == null) {
            return Optional.empty();
        }
        return Optional.of(new CallDetail(call, parts(PartyEntity.class, callId), parts(SpeakerEntity.class, callId),
                parts(InteractionStatEntity.class, callId), parts(TopicEntity.class, callId),
                parts(TrackerEntity.class, callId), parts(KeyPointEntity.class, callId),
                em.createQuery("SELECT c FROM CommentEntity c WHERE c.callId = :id ORDER BY c.posted, c.position",
                        CommentEntity.class).setParameter("id", callId).getResultList(),
                parts(CrmObjectEntity.class, callId), parts(TranscriptSentenceEntity.class, callId)));
    }

    private <T> List<T> parts(Class<T> type, String callId) {
        return em.createQuery("SELECT p FROM " + type.getSimpleName() + " p WHERE p.callId = :id ORDER BY p.position",
                type).setParameter("id", callId).getResultList();
    }
}
