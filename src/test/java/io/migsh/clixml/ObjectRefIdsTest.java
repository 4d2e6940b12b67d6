package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectRefIdsTest {
    @Test
    void gives_each_object_its_id_by_identity() {
        ObjectRefIds ids = new ObjectRefIds();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Object o = new ArrayList<>(List.of(i)); // equal lists are still different objects
            kept.add(o);
            assertEquals(ObjectRefIds.NONE, ids.get(o));
            assertEquals(2 * i, ids.assign(o));
            assertEquals(2 * i + 1, ids.skip());
        }
        for (int i = 0; i < kept.size(); i++) assertEquals(2 * i, ids.get(kept.get(i)));
        assertEquals(ObjectRefIds.NONE, ids.get(new ArrayList<>(List.of(0))));
    }

    @Test
    void forgets_objects_once_collected_and_keeps_those_alive() {
        ObjectRefIds ids = new ObjectRefIds();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            Object o = new Object();
            int id = ids.assign(o);
            if (i % 1000 == 0) kept.add(o);
            assertEquals(i, id);
        }
        collect();
        Object last = new Object();
        ids.assign(last); // the first assignment after a collection sweeps
        assertTrue(ids.size() <= kept.size() + 1, "entries left: " + ids.size());
        for (int i = 0; i < kept.size(); i++) assertEquals(i * 1000, ids.get(kept.get(i)));
        assertEquals(100_000, ids.get(last));
    }

    /** Runs the collector until a weakly held object is gone. */
    private static void collect() {
        WeakReference<Object> probe = new WeakReference<>(new Object());
        for (int i = 0; i < 50 && !probe.refersTo(null); i++) System.gc();
        assertTrue(probe.refersTo(null), "no collection ran");
    }
}
