package io.migsh.imap.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** IMAP sequence sets of UIDs (RFC 3501 section 9, sequence-set): "3,5:9,12". */
public final class UidSet {
    private UidSet() {
    }

    /** The compact set of the given UIDs (any order, duplicates allowed). */
    public static String of(Collection<Long> uids) {
        List<Long> sorted = new ArrayList<>(uids);
        sorted.sort(null);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            long start = sorted.get(i);
            long end = start;
            while (i + 1 < sorted.size() && sorted.get(i + 1) <= end + 1) {
                end = sorted.get(++i);
            }
            if (sb.length() > 0) sb.append(',');
            sb.append(start);
            if (end != start) sb.append(':').append(end);
            i++;
        }
        return sb.toString();
    }

    /** Expands a set without "*" into UIDs, in the order written ("5:7,2" → 5, 6, 7, 2). */
    public static List<Long> expand(String set) {
        List<Long> out = new ArrayList<>();
        for (String part : set.split(",")) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                out.add(Long.parseLong(part.trim()));
            } else {
                long a = Long.parseLong(part.substring(0, colon).trim());
                long b = Long.parseLong(part.substring(colon + 1).trim());
                if (a <= b) for (long u = a; u <= b; u++) out.add(u);
                else for (long u = a; u >= b; u--) out.add(u);
            }
        }
        return out;
    }

    /**
     * Whether a set holds a UID; "*" stands for the largest UID in use, so "n:*" holds every UID from n, and a
     * range may be written either way round ("9:5"). NumberFormatException when the text is not a sequence set.
     */
    public static boolean contains(String set, long uid) {
        for (String part : set.split(",")) {
            int colon = part.indexOf(':');
            long a = number(colon < 0 ? part : part.substring(0, colon));
            long b = colon < 0 ? a : number(part.substring(colon + 1));
            if (uid >= Math.min(a, b) && uid <= Math.max(a, b)) return true;
        }
        return false;
    }

    private static long number(String s) {
        String t = s.trim();
        return t.equals("*") ? Long.MAX_VALUE : Long.parseLong(t);
    }
}
