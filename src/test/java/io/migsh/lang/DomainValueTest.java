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
}
