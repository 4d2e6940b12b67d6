package io.migsh.clixml;

import java.lang.ref.WeakReference;

/**
 * The RefIds of objects already written, by identity, holding them weakly (PowerShell's
 * WeakReferenceDictionary): a long export remembers only objects still alive, so memory does not grow with the
 * file, and an object that is gone can never be met again.
 *
 * <p>An open-addressing table rather than a map of weak keys: almost every lookup is for an object never seen
 * (each exported object is new), and here such a miss reads one or two adjacent slots and allocates nothing.
 * Entries whose object was collected are dropped right after each collection (a sentinel reference, cleared by
 * any collection, tells when one has run), so their references are garbage by the next one instead of being
 * copied again; between collections nothing can have been cleared, and the table just grows.
 */
final class ObjectRefIds {
    static final int NONE = -1;
    private static final int MIN_CAPACITY = 64;

    private WeakReference<Object>[] keys = table(MIN_CAPACITY);
    /** Per slot: the object's identity hash, then its RefId. */
    private int[] hashAndId = new int[MIN_CAPACITY * 2];
    private int used;
    private int next;
    private WeakReference<Object> sentinel = new WeakReference<>(new Object());

    /** The RefId given to this very object earlier, or {@link #NONE}. */
    int get(Object o) {
        int h = System.identityHashCode(o);
        int mask = keys.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            WeakReference<Object> k = keys[i];
            if (k == null) return NONE;
            if (hashAndId[2 * i] == h && k.refersTo(o)) return hashAndId[2 * i + 1];
        }
    }

    /** Gives the object the next RefId and remembers it. */
    int assign(Object o) {
        if (sentinel.refersTo(null)) {
            rebuild(true);
        } else if (used + 1 > keys.length / 2) {
            rebuild(false);
        }
        int id = next++;
        put(new WeakReference<>(o), System.identityHashCode(o), id);
        used++;
        return id;
    }

    /** How many objects the table holds, some perhaps collected since the last sweep. */
    int size() {
        return used;
    }

    /** Takes the next RefId without remembering the object (a value such as an enum, which .NET boxes anew). */
    int skip() {
        return next++;
    }

    /**
     * Moves the entries to a table with room for as many again and more; after a collection (sweep) only those
     * whose objects are alive.
     */
    private void rebuild(boolean sweep) {
        WeakReference<Object>[] oldKeys = keys;
        int[] oldHashAndId = hashAndId;
        int live = 0;
        for (WeakReference<Object> k : oldKeys) {
            if (k != null && !(sweep && k.refersTo(null))) live++;
        }
        int capacity = MIN_CAPACITY;
        while (capacity < live * 4) capacity <<= 1;
        keys = table(capacity);
        hashAndId = new int[capacity * 2];
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            WeakReference<Object> k = oldKeys[i];
            if (k == null || (sweep && k.refersTo(null))) continue;
            put(k, oldHashAndId[2 * i], oldHashAndId[2 * i + 1]);
            used++;
        }
        if (sweep) sentinel = new WeakReference<>(new Object());
    }

    private void put(WeakReference<Object> key, int hash, int id) {
        int mask = keys.length - 1;
        int i = spread(hash) & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = key;
        hashAndId[2 * i] = hash;
        hashAndId[2 * i + 1] = id;
    }

    @SuppressWarnings("unchecked")
    private static WeakReference<Object>[] table(int capacity) {
        return (WeakReference<Object>[]) new WeakReference<?>[capacity];
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
