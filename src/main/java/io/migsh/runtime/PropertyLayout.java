package io.migsh.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ordered property names of a {@link PsObject}, as spelled and as lower-case keys, and which of them are notes.
 * Objects built alike (all the objects a cmdlet or Import-Clixml makes of one type) reach the same layout through the
 * same chain of additions and share it, so each object stores only its values: a hundred thousand imported
 * statistics carry one copy of their forty names instead of a hash map and forty name-value pairs each.
 *
 * <p>Shared layouts never change. One with {@link #MAX_SHARED} keys or more (a JSON object or CSV row with very many
 * names) is owned by a single object instead and changes in place, so building it stays linear.
 */
final class PropertyLayout {
    private static final int MAX_SHARED = 128;
    /** Property names also come from data, so the chains remembered are bounded in number, not only in length. */
    private static final int MAX_REMEMBERED = 8192;
    private static final AtomicInteger REMEMBERED = new AtomicInteger();
    /** Up to this many keys a lookup scans them; past it, it uses an index built on first use. */
    private static final int SCAN_LIMIT = 8;

    static final PropertyLayout EMPTY = new PropertyLayout(new String[0], new String[0], new boolean[0], 0, true);

    private String[] names;
    private String[] keys;
    private boolean[] notes;
    private int size;
    private final boolean shared;
    /** By the name as spelled (a layout also fixes its names' spelling), one map for properties, one for notes. */
    private final Map<String, PropertyLayout> successors;
    private final Map<String, PropertyLayout> noteSuccessors;
    /** Built on first use; volatile so that a shared layout publishes them whole to other threads. */
    private volatile Map<String, Integer> positions;
    private volatile Set<String> noteNames;

    private PropertyLayout(String[] names, String[] keys, boolean[] notes, int size, boolean shared) {
        this.names = names;
        this.keys = keys;
        this.notes = notes;
        this.size = size;
        this.shared = shared;
        this.successors = shared ? new ConcurrentHashMap<>() : null;
        this.noteSuccessors = shared ? new ConcurrentHashMap<>() : null;
    }

    int size() {
        return size;
    }

    String name(int i) {
        return names[i];
    }

    boolean isNote(int i) {
        return notes[i];
    }

    /**
     * The layout to give an object after appending {@code name} (as a note or not), or null when that is not known
     * to be new here.
     */
    PropertyLayout successor(String name, boolean note) {
        return shared ? (note ? noteSuccessors : successors).get(name) : null;
    }

    /** The position of {@code key}, or -1. */
    int indexOf(String key) {
        if (size <= SCAN_LIMIT) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) return i;
            }
            return -1;
        }
        Map<String, Integer> index = positions;
        if (index == null) {
            index = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) index.put(keys[i], i);
            positions = index;
        }
        Integer at = index.get(key);
        return at == null ? -1 : at;
    }

    /** The names of the notes, case-insensitive and read-only. */
    Set<String> noteNames() {
        Set<String> known = noteNames;
        if (known == null) {
            Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 0; i < size; i++) {
                if (notes[i]) set.add(names[i]);
            }
            known = set.isEmpty() ? Set.of() : Collections.unmodifiableSet(set);
            noteNames = known;
        }
        return known;
    }

    /**
     * This layout with {@code name} appended, {@code key} being its lower-case key (not already in the layout); an
     * owned layout appends in place.
     */
    PropertyLayout plus(String name, String key, boolean note) {
        if (!shared) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                names = Arrays.copyOf(names, size * 2);
                notes = Arrays.copyOf(notes, size * 2);
            }
            names[size] = name;
            keys[size] = key;
            notes[size] = note;
            if (positions != null) positions.put(key, size);
            if (note) noteNames = null;
            size++;
            return this;
        }
        Map<String, PropertyLayout> known = note ? noteSuccessors : successors;
        PropertyLayout next = known.get(name);
        if (next != null) return next;
        int n = size + 1;
        int room = n >= MAX_SHARED ? n * 2 : n;
        String[] grownNames = Arrays.copyOf(names, room);
        String[] grownKeys = Arrays.copyOf(keys, room);
        boolean[] grownNotes = Arrays.copyOf(notes, room);
        grownNames[size] = name;
        grownKeys[size] = key;
        grownNotes[size] = note;
        if (n >= MAX_SHARED) return new PropertyLayout(grownNames, grownKeys, grownNotes, n, false);
        next = new PropertyLayout(grownNames, grownKeys, grownNotes, n, true);
        if (REMEMBERED.get() >= MAX_REMEMBERED) return next;
        PropertyLayout raced = known.putIfAbsent(name, next);
        if (raced != null) return raced;
        REMEMBERED.incrementAndGet();
        return next;
    }

    /** This layout without the name at {@code index}, the others keeping their order. */
    PropertyLayout minus(int index) {
        if (!shared) {
            int after = size - index - 1;
            System.arraycopy(names, index + 1, names, index, after);
            System.arraycopy(keys, index + 1, keys, index, after);
            System.arraycopy(notes, index + 1, notes, index, after);
            size--;
            names[size] = null;
            keys[size] = null;
            notes[size] = false;
            positions = null;
            noteNames = null;
            return this;
        }
        PropertyLayout l = EMPTY;
        for (int i = 0; i < size; i++) {
            if (i != index) l = l.plus(names[i], keys[i], notes[i]);
        }
        return l;
    }

    /** This layout with the name at {@code index} spelled {@code name} (the same key) and a note or not. */
    PropertyLayout changed(int index, String name, boolean note) {
        if (!shared) {
            names[index] = name;
            notes[index] = note;
            noteNames = null;
            return this;
        }
        PropertyLayout l = EMPTY;
        for (int i = 0; i < size; i++) {
            l = i == index ? l.plus(name, keys[i], note) : l.plus(names[i], keys[i], notes[i]);
        }
        return l;
    }

    /** The layout a copy of an object may use: a shared one as it is, an owned one duplicated. */
    PropertyLayout forCopy() {
        return shared ? this : new PropertyLayout(names.clone(), keys.clone(), notes.clone(), size, false);
    }
}
