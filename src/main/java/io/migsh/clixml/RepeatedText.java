package io.migsh.clixml;

/**
 * One String instance for a short text a document repeats (property names, statuses, enum names): a large import
 * then holds each such text once instead of once per object. A direct-mapped table keeps it bounded and cheap; a
 * text that stops repeating is simply displaced by the next one that lands in its slot.
 */
final class RepeatedText {
    private static final int SLOTS = 4096;
    /** Longer texts rarely repeat and would cost a full comparison to find out. */
    private static final int MAX_LENGTH = 64;

    private final String[] slots = new String[SLOTS];

    String of(String s) {
        if (s.length() > MAX_LENGTH) return s;
        int h = s.hashCode();
        int i = (h ^ (h >>> 16)) & (SLOTS - 1);
        String known = slots[i];
        if (s.equals(known)) return known;
        slots[i] = s;
        return s;
    }
}
