package io.calldeck.store;

import io.calldeck.store.entity.TranscriptSentenceEntity;
import java.util.List;

/**
 * A call's transcript as rows ({@code /v2/calls/transcript}): every sentence of every monologue, in order.
 *
 * @param callId    the call's Gong id
 * @param sentences its sentences; empty while Gong has not published the transcript
 */
public record TranscriptRows(String callId, List<TranscriptSentenceEntity> sentences) {
}
