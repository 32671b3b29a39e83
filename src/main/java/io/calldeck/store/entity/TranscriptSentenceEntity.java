package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A sentence of a call's transcript (Gong's {@code callTranscripts[].transcript[].sentences[]}).
 */
@Entity
@Table(name = "transcript_sentence")
public class TranscriptSentenceEntity extends CallPart {

    private static final long serialVersionUID = 1L;

    @Column(name = "speaker_id")
    private String speakerId;
    private String topic;
    @Column(name = "start_ms")
    private long startMs;
    @Column(name = "end_ms")
    private long endMs;
    private String text;

    /**
     * @param callId    the call
     * @param position  position in the transcript
     * @param speakerId the speaker (a party's speaker id)
     * @param topic     the monologue's topic, may be {@code null}
     * @param startMs   start, milliseconds from the start of the call
     * @param endMs     end, milliseconds from the start of the call
     * @param text      the sentence
     */
    public TranscriptSentenceEntity(String callId, int position, String speakerId, String topic, long startMs,
                                    long endMs, String text) {
        super(callId, position);
        this.speakerId = speakerId;
        this.topic = topic;
        this.startMs = startMs;
        this.endMs = endMs;
        this.text = text;
    }

    /** @return the speaker id */
    public String getSpeakerId() {
        return speakerId;
    }

    /** @return the monologue's topic */
    public String getTopic() {
        return topic;
    }

    /** @return start, milliseconds */
    public long getStartMs() {
        return startMs;
    }

    /** @return end, milliseconds */
    public long getEndMs() {
        return endMs;
    }

    /** @return the sentence */
    public String getText() {
        return text;
    }

    /** For JPA. */
    protected TranscriptSentenceEntity() {
    }
}
