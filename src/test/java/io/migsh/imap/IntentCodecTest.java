package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.target.MessageFlags;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentCodecTest {
    @Test
    void round_trips_records_with_awkward_text_and_missing_fields() {
        List<MessageRecord> intents = List.of(
                new MessageRecord(7, MessageState.INTENT, 1234, Instant.ofEpochMilli(1_600_000_000_123L),
                        "<a\tb\\c@x>", "Subject: tab\there\r\nFrom: x\r\n", "1600000000.M1V2U7.migsh", "9:100",
                        null, MessageFlags.parse("\\Seen $Label1")),
                new MessageRecord(8, MessageState.INTENT, 0, null, null, null, null, "", null, MessageFlags.NONE));
        assertEquals(intents, IntentCodec.decode(IntentCodec.encode(intents)));
        assertEquals(2, IntentCodec.encode(intents).split("\n").length);
    }
}
