package io.migsh.cmdlets.demo;

import io.migsh.imap.client.UidSet;
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
        try {
            for (long uid : uids) {
                if (UidSet.contains(uidSet, uid)) return true;
            }
        } catch (NumberFormatException notASet) {
            // not a UID FETCH this plan is about; GreenMail answers it
        }
        return false;
    }

    static String key(String folder) {
        return folder.equalsIgnoreCase("INBOX") ? "INBOX" : folder;
    }

    @Override
    public String toString() {
        return "FaultPlan[drops=" + (dropsAlways ? "always" : String.valueOf(dropsLeft.get())) + ", unreadable="
                + unreadable + "]";
    }
}
