package io.migsh.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainValueTest {
    /** A value type of the shell, as the migration domain declares them (a size with conversion methods). */
    public record Size(long bytes) {
        public double toMB() {
            return bytes / 1048576.0;
        }

        public String describe(String unit, int digits) {
            return unit + ":" + digits;
        }
    }

    @Test
    void scriptsCallPublicMethodsOfShellValueTypesIgnoringCase() {
        LangFixture fx = new LangFixture();
        fx.interpreter.context().variables().set("size", new Size(3 * 1048576L));
        assertEquals(List.of(3.0, "MB:2", 3145728L), fx.run("$size.ToMB(); $size.Describe('MB', '2'); $size.Bytes"));
    }

    @Test
    void unknownMethodsStillFailWithPowerShellsMessage() {
        LangFixture fx = new LangFixture();
        fx.interpreter.context().variables().set("size", new Size(1));
        fx.run("$size.Nope()");
        assertEquals("Method invocation failed because [io.migsh.lang.DomainValueTest$Size] does not contain a method "
                + "named 'Nope'.", fx.errors.get(0).message());
    }

    @Test
    void newObjectCreatesTheSameTypesAsCasts() {
        LangFixture fx = new LangFixture();
        Object list = fx.interpreter.newObject("System.Collections.ArrayList", List.of());
        Object generic = fx.interpreter.newObject("System.Collections.Generic.List[string]", List.of());
        Object builder = fx.interpreter.newObject("System.Text.StringBuilder", List.of("x"));
        fx.interpreter.context().variables().set("l", list);
        fx.interpreter.context().variables().set("g", generic);
        fx.interpreter.context().variables().set("b", builder);
        assertEquals(List.of(0, "ArrayList", "List`1", "xy"),
                fx.run("$l.Add('a'); $l.GetType().Name; $g.GetType().Name; [void]$b.Append('y'); $b.ToString()"));
        io.migsh.runtime.PsException e = org.junit.jupiter.api.Assertions.assertThrows(io.migsh.runtime.PsException.class,
                () -> fx.interpreter.newObject("No.Such.Type", List.of()));
        assertEquals("Cannot find type [No.Such.Type]: verify that the assembly containing this type is loaded.",
                e.getMessage());
    }

    @Test
    void addWorksOnListsMadeByCmdlets() {
        LangFixture fx = new LangFixture();
        fx.interpreter.context().variables().set("plain", new java.util.ArrayList<Object>());
        assertEquals(List.of(0, 1), fx.run("$plain.Add('x'); $plain.Add('y'); [void]$plain.Add('z')"));
    }
}
