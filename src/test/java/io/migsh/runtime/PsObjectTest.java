package io.migsh.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PsObjectTest {
    @Test
    void properties_keep_the_order_they_were_added_in_and_are_found_whatever_the_case() {
        PsObject o = PsObject.custom().add("Identity", "a@contoso.com").add("Status", "Synced").add("Count", 3);
        assertEquals(List.of("Identity", "Status", "Count"), o.propertyNames());
        assertEquals("Synced", o.get("STATUS"));
        assertEquals(3, o.get("count"));
        assertTrue(o.has("identity"));
        assertFalse(o.has("Missing"));
        assertNull(o.get("Missing"));
    }

    @Test
    void adding_a_name_again_replaces_the_value_in_its_place() {
        PsObject o = PsObject.custom().add("A", 1).add("B", 2).add("C", 3);
        o.add("b", 20);
        o.set("C", 30);
        assertEquals(List.of("A", "b", "C"), o.propertyNames());
        assertEquals(List.of(1, 20, 30), values(o));
    }

    @Test
    void removing_keeps_the_others_in_order_and_the_name_can_come_back_at_the_end() {
        PsObject o = PsObject.custom();
        for (int i = 0; i < 12; i++) o.add("P" + i, i);
        o.remove("p3");
        o.remove("P11");
        o.remove("nothing");
        assertEquals(10, o.properties().size());
        assertFalse(o.has("P3"));
        assertEquals(4, o.get("P4"));
        o.add("P3", 33);
        assertEquals("P3", o.propertyNames().get(10));
        assertEquals(33, o.get("p3"));
    }

    @Test
    void objects_built_alike_share_a_layout_but_not_their_values() {
        PsObject a = PsObject.custom().add("X", 1).add("Y", 2);
        PsObject b = PsObject.custom().add("x", 10).add("y", 20);
        b.add("Z", 30);
        assertEquals(List.of("X", "Y"), a.propertyNames());
        assertEquals(List.of(1, 2), values(a));
        assertEquals(List.of(10, 20, 30), values(b));
        assertSame(PropertyLayout.EMPTY.plus("X", "x", false).plus("Y", "y", false), PropertyLayout.EMPTY.plus("X", "x", false).plus("Y", "y", false));
    }

    @Test
    void a_copy_changes_independently_of_its_original() {
        PsObject o = PsObject.custom().add("A", 1).add("B", 2);
        PsObject c = o.copy();
        c.set("A", 100);
        c.add("C", 3);
        o.remove("B");
        assertEquals(List.of("A"), o.propertyNames());
        assertEquals(List.of(1), values(o));
        assertEquals(List.of(100, 2, 3), values(c));
    }

    @Test
    void the_property_list_is_a_snapshot_that_later_changes_leave_alone() {
        PsObject o = PsObject.custom().add("A", 1).add("B", 2);
        List<PsProperty> before = o.properties();
        o.set("A", 10);
        o.add("C", 3);
        o.remove("B");
        assertEquals(List.of(1, 2), before.stream().map(PsProperty::value).toList());
        assertEquals(List.of(10, 3), values(o));
        assertThrows(UnsupportedOperationException.class, () -> before.remove(0));
    }

    @Test
    void an_object_with_very_many_names_keeps_them_all_in_order() {
        PsObject o = PsObject.custom();
        for (int i = 0; i < 1000; i++) o.add("Name" + i, i);
        PsObject c = o.copy();
        o.remove("name500");
        c.add("Name999", -1);
        c.add("Extra", -2);
        assertEquals(999, o.properties().size());
        assertEquals(501, o.get("Name501"));
        assertEquals("Name501", o.propertyNames().get(500));
        assertEquals(1001, c.properties().size());
        assertEquals(500, c.get("NAME500"));
        assertEquals(-1, c.get("Name999"));
        assertEquals("Extra", c.propertyNames().get(1000));
    }

    @Test
    void a_snapshot_of_an_object_with_very_many_names_survives_a_removal() {
        PsObject o = PsObject.custom();
        for (int i = 0; i < 300; i++) o.add("N" + i, i);
        List<PsProperty> before = o.properties();
        o.remove("N0");
        o.add("n5", 55);
        assertEquals("N0", before.get(0).name());
        assertEquals(0, before.get(0).value());
        assertEquals(300, before.size());
        assertEquals("n5", o.propertyNames().get(4));
        assertEquals(55, o.get("N5"));
    }

    @Test
    void notes_of_an_object_with_very_many_names_are_kept_apart() {
        PsObject o = new PsObject("T");
        for (int i = 0; i < 200; i++) {
            if (i % 50 == 0) o.addNote("Note" + i, i);
            else o.add("P" + i, i);
        }
        assertEquals(4, o.noteNames().size());
        assertTrue(o.isNote("note150"));
        o.remove("Note100");
        assertEquals(Set.of("Note0", "Note50", "Note150"), Set.copyOf(o.noteNames()));
        assertFalse(o.isNote("P151"));
    }

    @Test
    void a_computed_property_is_read_each_time() {
        int[] calls = {0};
        PsObject o = PsObject.custom().addComputed("Now", () -> ++calls[0]);
        assertEquals(1, o.get("now"));
        assertEquals(2, o.get("NOW"));
        assertEquals(3, o.property("Now").value());
        assertEquals(4, o.properties().get(0).value());
        o.set("now", 10);
        assertEquals(List.of("Now"), o.propertyNames());
        assertEquals(10, o.get("Now"));
    }

    @Test
    void notes_are_told_apart_from_adapted_properties() {
        PsObject o = new PsObject("Deserialized.Microsoft.Exchange.Migration.MigrationUser", "Deserialized.System.Object")
                .add("Identity", "a").addNote("PSComputerName", "outlook.office365.com");
        assertTrue(o.isNote("pscomputername"));
        assertFalse(o.isNote("Identity"));
        assertEquals(Set.of("PSComputerName"), o.noteNames());
        assertTrue(o.noteNames().contains("PSCOMPUTERNAME"));
        PsObject c = o.copy();
        o.add("pscomputername", "other"); // a new value keeps it a note
        assertTrue(o.isNote("PSComputerName"));
        o.addNote("Identity", "b"); // a property given as a note becomes one
        assertTrue(o.isNote("identity"));
        assertEquals(List.of("Identity", "pscomputername"), o.propertyNames());
        o.remove("PSComputerName");
        assertFalse(o.isNote("PSComputerName"));
        assertEquals(List.of("Identity"), o.propertyNames());
        assertFalse(c.isNote("Identity"));
        assertTrue(c.isNote("PSComputerName"));
        // objects built alike with and without a note do not share a layout
        PsObject plain = new PsObject("T").add("Identity", "a").add("PSComputerName", "x");
        assertFalse(plain.isNote("PSComputerName"));
        assertEquals(Set.of(), plain.noteNames());
    }

    @Test
    void shared_type_names_become_the_objects_own_when_changed() {
        List<String> shared = List.of("Deserialized.Microsoft.Exchange.Migration.MigrationUser",
                "Deserialized.System.Object");
        PsObject a = new PsObject().addTypeNames(shared);
        PsObject b = new PsObject().addTypeNames(shared);
        assertSame(shared, a.sharedTypeNames());
        assertEquals("Deserialized.Microsoft.Exchange.Migration.MigrationUser", a.typeName());
        a.typeNames().add(0, "Selected.MigrationUser");
        assertEquals(3, a.sharedTypeNames().size());
        assertEquals(shared, b.sharedTypeNames());
        PsObject c = b.copy();
        c.typeNames().clear();
        assertEquals(2, b.typeNames().size());
        assertEquals("System.Object", c.typeName());
        assertThrows(UnsupportedOperationException.class, () -> a.sharedTypeNames().add("x"));
        PsObject d = new PsObject("T", "System.Object").addTypeNames(List.of("Extra"));
        assertEquals(List.of("T", "System.Object", "Extra"), d.typeNames());
    }

    private static List<Object> values(PsObject o) {
        List<Object> v = new ArrayList<>();
        for (PsProperty p : o.properties()) v.add(p.value());
        return v;
    }
}
