-- Talk ratio as Gong defines it: the host's talk time divided by the talk time of every speaker on the call
-- (V1 stored it over the call's duration). Calls without speaker data, or whose host did not speak, have none.
UPDATE gong_call SET talk_ratio = rep_talk_seconds / NULLIF(
    (SELECT SUM(s.talk_time_seconds) FROM call_speaker s WHERE s.call_id = gong_call.id), 0);
UPDATE gong_call SET talk_ratio = 1.0 WHERE talk_ratio > 1.0;
