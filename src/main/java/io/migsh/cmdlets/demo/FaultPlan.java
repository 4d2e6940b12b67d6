package io.migsh.cmdlets.demo;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the demo server's front does wrong, on purpose, for one user, over the server's life: how many of the user's
 * connections it still drops in the middle of a message body's FETCH, and the messages (by folder and UID) whose
 * bodies it refuses to FETCH. Built from the user's {@link DemoMailboxes.Faults} once the seed has given the
 * messages their UIDs.
 */
final class FaultPlan {
    private final boolean dropsAlways;
    private final AtomicInteger dropsLeft;
    /** UIDs by folder, the folder named as a client names it on the wire (decoded), INBOX in upper case. */
    private final Map<String, Set<Long>> unreadable;

    FaultPlan(int drops, Map<String, Set<Long>> unreadable) {
        this.dropsAlways = drops == DemoMailboxes.Faults.ALWAYS;
        this.dropsLeft = new AtomicInteger(Math.max(0, drops));
        this.unreadable = Map.copyOf(unreadable);
    }

    /** Whether the front drops the connection now; counts the drop. */
    boolean takeDrop() {
        if (dropsAlways) return true;
        return dropsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    /** Whether a UID set (RFC 3501 section 9, sequence-set) of a folder takes in a message the front refuses. */
    boolean refuses(String folder, String uidSet) {
        if (folder == null) return false;
        Set<Long> uids = unreadable.get(key(folder));
        if (uids == null || uids.isEmpty()) return false;
        for (long uid : uids) {
            if (contains(uidSet, uid)) return true;
        }
        return false;
    }

    static String key(String folder) {
        return folder.equalsIgnoreCase("INBOX") ? "INBOX" : folder;
    }

    /** Whether a sequence set holds a number; "*" stands for the largest, so "n:*" holds every number from n. */
    static boolean contains(String set, long n) {
        try {
            for (String part : set.split(",")) {
                int colon = part.indexOf(':');
                long a = number(colon < 0 ? part : part.substring(0, colon));
                long b = colon < 0 ? a : number(part.substring(colon + 1));
                if (n >= Math.min(a, b) && n <= Math.max(a, b)) return true;
            }
        } catch (NumberFormatException notASet) {
            return false;
        }
        return false;
    }

    private static long number(String s) {
        String t = s.trim();
        return t.equals("*") ? Long.MAX_VALUE : Long.parseLong(t);
    }

    @Override
    public String toString() {
        return "FaultPlan[drops=" + (dropsAlways ? "always" : String.valueOf(dropsLeft.get())) + ", unreadable="
                + unreadable + "]";
    }
}
