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
import java.util.List;

/**
 * The rows of one call and its parts, each part's rows in Gong's order.
 *
 * @param call       the call's row
 * @param parties    participants ({@code parties[]})
 * @param speakers   talk times ({@code interaction.speakers[]})
 * @param stats      the host's interaction stats ({@code interaction.interactionStats[]})
 * @param topics     topics discussed ({@code content.topics[]} with a duration above 0)
 * @param trackers   trackers mentioned ({@code content.trackers[]} with a count above 0)
 * @param keyPoints  key points ({@code content.keyPoints[]})
 * @param comments   public comments ({@code collaboration.publicComments[]})
 * @param crmObjects CRM objects of the call and its parties ({@code context[]}, {@code parties[].context[]})
 */
public record CallParts(CallEntity call, List<PartyEntity> parties, List<SpeakerEntity> speakers,
                        List<InteractionStatEntity> stats, List<TopicEntity> topics, List<TrackerEntity> trackers,
                        List<KeyPointEntity> keyPoints, List<CommentEntity> comments,
                        List<CrmObjectEntity> crmObjects) {
}
