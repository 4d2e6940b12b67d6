package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.target.MessageFlags;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyPlannerTest {
    /**
     * Listing: "uid:size:day" entries; journal: "uid:STATE" entries. Expect the UIDs to copy (in order), newly large,
     * still large, already done.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "first pass copies newest first;1:10:5 2:10:9 3:10:1 4:10:9;'';100;1000;4 2 1 3;'';'';0",
            "copied and bad items are done;1:10:1 2:10:2 3:10:3;1:COPIED 3:BAD;100;1000;2;'';'';2",
            "an unreconciled intent is copied again;1:10:1 2:10:2;2:INTENT;100;1000;2 1;'';'';0",
            "over the size limit is a large item;1:10:1 2:500:2 3:10:3;'';100;1000;3 1;2;'';0",
            "a recorded large item stays large;1:500:1;1:LARGE;100;1000;'';'';1;0",
            "a large item fits once the limit is raised;1:500:1;1:LARGE;1000;1000;1;'';'';0",
            "the item budget keeps the newest;1:10:1 2:10:2 3:10:3;'';100;2;3 2;'';'';0",
            "same date: later uid first, no date last;1:10:- 2:10:4 3:10:4;'';100;1000;3 2 1;'';'';0"})
    void plans_a_pass(String name, String listing, String journal, long maxSize, long budget, String copy,
                      String newlyLarge, String stillLarge, long done) {
        CopyPlan plan = CopyPlanner.plan(listing(listing), records(journal), maxSize, budget);
        assertEquals(copy, uids(plan.toCopy()));
        assertEquals(newlyLarge, uids(plan.newlyLarge()));
        assertEquals(stillLarge, String.join(" ", plan.stillLarge().stream().map(r -> "" + r.uid()).toList()));
        assertEquals(done, plan.alreadyDone());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "small ones share batches;1:10 2:10 3:10 4:10 5:10;1000;3;1,2,3 4,5",
            "byte limit;1:400 2:400 3:400;1000;10;1,2 3",
            "big ones stream alone;1:10 2:5000 3:10;1000;10;1 *2 3",
            "a message at the inline limit is inline;1:1000 2:1001;1000;10;1 *2"})
    void groups_batches(String name, String messages, long inlineLimit, int maxCount, String expected) {
        List<SourceMessage> list = new ArrayList<>();
        for (String e : messages.split(" ")) {
            String[] p = e.split(":");
            list.add(new SourceMessage(Long.parseLong(p[0]), Long.parseLong(p[1]), null));
        }
        List<String> got = new ArrayList<>();
        for (CopyBatch b : CopyPlanner.batches(list, inlineLimit, inlineLimit, maxCount)) {
            got.add((b.streamed() ? "*" : "") + String.join(",", b.messages().stream().map(m -> "" + m.uid()).toList()));
        }
        assertEquals(expected, String.join(" ", got));
    }

    private static List<SourceMessage> listing(String s) {
        List<SourceMessage> out = new ArrayList<>();
        for (String e : s.split(" ")) {
            String[] p = e.split(":");
            OffsetDateTime date = p[2].equals("-") ? null : OffsetDateTime.parse("2020-01-01T00:00:00Z").plusDays(Integer.parseInt(p[2]));
            out.add(new SourceMessage(Long.parseLong(p[0]), Long.parseLong(p[1]), date));
        }
        return out;
    }

    private static List<MessageRecord> records(String s) {
        List<MessageRecord> out = new ArrayList<>();
        if (s.isEmpty()) return out;
        for (String e : s.split(" ")) {
            String[] p = e.split(":");
            out.add(new MessageRecord(Long.parseLong(p[0]), MessageState.valueOf(p[1]), 500, null, null, null, null,
                    null, null, MessageFlags.NONE));
        }
        return out;
    }

    private static String uids(List<SourceMessage> list) {
        return String.join(" ", list.stream().map(m -> "" + m.uid()).toList());
    }
}
