package io.migsh.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.lang.interpreter.MethodNames;
import io.migsh.runtime.PsDateTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The method names Tab completion offers are methods the interpreter has: each one, called on a fresh value of its
 * kind, runs or fails on its arguments, never with "does not contain a method named".
 */
class MethodNamesTest {
    private final LangFixture lang = new LangFixture();

    private void everyNameIsAMethod(String kind, Supplier<String> valueExpression, Object sample) {
        List<String> names = MethodNames.of(sample);
        assertTrue(names.contains("GetType"), kind + ": " + names);
        for (String name : names) {
            // Overloads differ in their arguments: the method exists if some number of arguments reaches it.
            List<String> answers = new ArrayList<>();
            for (String args : List.of("", "1", "1, 1", "{ $true }")) {
                String call = "(" + valueExpression.get() + ")." + name + "(" + args + ")";
                answers.add(lang.text("try { $null = " + call + "; 'called' } catch { $_.Exception.Message }"));
            }
            assertTrue(answers.stream().anyMatch(a -> !a.isEmpty() && !a.contains("does not contain a method named")),
                    kind + "." + name + ": " + answers);
        }
    }

    @Test
    void string_methods_exist() {
        everyNameIsAMethod("string", () -> "'ann@contoso.com'", "x");
        assertTrue(MethodNames.of("x").containsAll(List.of("Split", "ToUpper", "Replace", "Substring")));
    }

    @Test
    void collection_and_hashtable_methods_exist() {
        everyNameIsAMethod("list", () -> "[System.Collections.ArrayList]@(1, 2)", new ArrayList<>());
        everyNameIsAMethod("hashtable", () -> "@{a = 1}", new LinkedHashMap<>());
        assertTrue(MethodNames.of(new ArrayList<>()).containsAll(List.of("Add", "Where", "ForEach")));
    }

    @Test
    void date_and_time_span_methods_exist() {
        PsDateTime date = PsDateTime.now(Clock.systemUTC());
        everyNameIsAMethod("date", () -> "[datetime]'2026-01-05'", date);
        assertTrue(MethodNames.of(date).containsAll(List.of("AddDays", "ToUniversalTime", "ToLocalTime")));
        everyNameIsAMethod("time span", () -> "[timespan]'01:00:00'", Duration.ofHours(1));
    }
}
