package io.migsh.clixml;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The RefIds of objects already written, by identity, holding them weakly (PowerShell's
 * WeakReferenceDictionary): a long export remembers only objects still alive, so memory does not grow with the
 * file, and an object that is gone can never be met again.
 */
final class ObjectRefIds {
    private final Map<Key, Integer> ids = new HashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
    private int next;

    /** The RefId given to this very object earlier, or null. */
    Integer get(Object o) {
        return ids.get(new Probe(o));
    }

    /** Gives the object the next RefId and remembers it. */
    int assign(Object o) {
        expunge();
        int id = next++;
        ids.put(new Key(o, collected), id);
        return id;
    }

    /** Takes the next RefId without remembering the object (a value such as an enum, which .NET boxes anew). */
    int skip() {
        return next++;
    }

    private void expunge() {
        Reference<?> r;
        while ((r = collected.poll()) != null) ids.remove(r);
    }

    /** A lookup key that holds its object strongly, so that a lookup makes no weak reference. */
    private static final class Probe {
        private final Object o;

        Probe(Object o) {
            this.o = o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.get() == o;
        }
    }

    /** An identity key; equal only to a key for the same live object (or to itself once collected). */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object o, ReferenceQueue<Object> queue) {
            super(o, queue);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) return true;
            if (!(other instanceof Key k)) return false;
            Object mine = get();
            return mine != null && mine == k.get();
        }
    }
}
