package io.migsh.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.migsh.runtime.DateTimeKind;
import io.migsh.runtime.DotNetName;
import io.migsh.runtime.EnumValue;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonCmdletsTest {
    @TempDir
    Path dir;
    Fixture fx;

    List<Object> run(Class<? extends io.migsh.command.Cmdlet> c, List<?> input, Object... args) {
        fx = new Fixture(dir, dir.resolve("home"));
        return fx.run(c, input, args);
    }

    String json(List<?> input, Object... args) {
        List<Object> out = run(ConvertToJsonCommand.class, input, args);
        assertEquals(1, out.size());
        return ((String) out.get(0)).replace(System.lineSeparator(), "\n");
    }

    @DotNetName("System.ServiceProcess.ServiceControllerStatus")
    enum Status implements EnumValue {
        Stopped, Running;

        @Override
        public long value() {
            return this == Stopped ? 1 : 4;
        }
    }

    static PsHashtable ordered(Object... kv) {
        PsHashtable h = new PsHashtable(true);
        for (int i = 0; i < kv.length; i += 2) h.put(kv[i], kv[i + 1]);
        return h;
    }

    @Test
    void writes_objects_indented_like_powershell_7() {
        PsObject o = PsObject.custom();
        o.add("Name", "user1@contoso.com");
        o.add("Count", 3);
        o.add("Tags", List.of("x", "y"));
        o.add("Empty", List.of());
        o.add("Obj", new PsHashtable());
        o.add("When", OffsetDateTime.parse("2026-11-25T05:49:22.123Z"));
        o.add("Status", Status.Running);
        o.add("Ratio", 1.0);
        o.add("Missing", null);
        assertEquals(String.join("\n",
                "{",
                "  \"Name\": \"user1@contoso.com\",",
                "  \"Count\": 3,",
                "  \"Tags\": [",
                "    \"x\",",
                "    \"y\"",
                "  ],",
                "  \"Empty\": [],",
                "  \"Obj\": {},",
                "  \"When\": \"2026-11-25T05:49:22.123Z\",",
                "  \"Status\": 4,",
                "  \"Ratio\": 1.0,",
                "  \"Missing\": null",
                "}"), json(List.of(o)));
        assertEquals("{\"Name\":\"user1@contoso.com\",\"Count\":3,\"Tags\":[\"x\",\"y\"],\"Empty\":[],\"Obj\":{},"
                + "\"When\":\"2026-11-25T05:49:22.123Z\",\"Status\":\"Running\",\"Ratio\":1.0,\"Missing\":null}",
                json(List.of(o), "-Compress", "-EnumsAsStrings"));
    }

    @Test
    void truncates_past_the_depth_with_powershells_warning() {
        PsHashtable deep = ordered("a", ordered("b", ordered("c", ordered("d", 1))));
        assertEquals(String.join("\n",
                "{",
                "  \"a\": {",
                "    \"b\": {",
                "      \"c\": \"System.Collections.Specialized.OrderedDictionary\"",
                "    }",
                "  }",
                "}"), json(List.of(deep)));
        assertEquals("WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 2.\n",
                fx.output.toString());
        assertEquals("{\"a\":{\"b\":{\"c\":{\"d\":1}}}}", json(List.of(deep), "-Depth", 3, "-Compress"));
        assertEquals("", fx.output.toString());
    }

    @Test
    void several_inputs_make_an_array_and_numbers_strings_and_spans_follow_newtonsoft() {
        assertEquals("[1,\"two\",true,0.1,1E+20,12.50,\"NaN\",\"a\\\"b\\\\c\\n\\u0001\u00e9\"]",
                json(List.of(1L, "two", true, 0.1, 1e20, new java.math.BigDecimal("12.50"), Double.NaN,
                        "a\"b\\c\n\u0001\u00e9"), "-Compress"));
        assertEquals("[5]", json(List.of(5), "-AsArray", "-Compress"));
        assertEquals("\"\\u003cb\\u003e\u00e9\"", json(List.of("<b>\u00e9"), "-EscapeHandling", "EscapeHtml"));
        assertEquals("\"\\u00e9\"", json(List.of("\u00e9"), "-EscapeHandling", "EscapeNonAscii"));
        assertEquals("{\"Ticks\":15000000,\"Days\":0,\"Hours\":0,\"Milliseconds\":500,\"Microseconds\":0,"
                + "\"Nanoseconds\":0,\"Minutes\":0,\"Seconds\":1,\"TotalDays\":1.736111111111111E-05,"
                + "\"TotalHours\":0.0004166666666666667,\"TotalMilliseconds\":1500.0,\"TotalMicroseconds\":1500000.0,"
                + "\"TotalNanoseconds\":1500000000.0,\"TotalMinutes\":0.025,\"TotalSeconds\":1.5}",
                json(List.of(Duration.ofMillis(1500)), "-Compress"));
    }

    @Test
    void reads_objects_in_order_with_int64_double_bigint_and_dates() {
        List<Object> out = run(ConvertFromJsonCommand.class, List.of(
                "{\"b\": 1, \"a\": [1.5, 12345678901234567890, \"x\"], \"when\": \"2026-11-25T05:49:22.123-07:00\","
                        + " \"n\": null, \"o\": {}}"));
        PsObject o = (PsObject) out.get(0);
        assertEquals(List.of("b", "a", "when", "n", "o"), o.propertyNames());
        assertEquals(1L, o.get("b"));
        assertEquals(List.of(1.5, new BigInteger("12345678901234567890"), "x"), o.get("a"));
        PsDateTime when = (PsDateTime) o.get("when");
        assertEquals(OffsetDateTime.parse("2026-11-25T05:49:22.123-07:00"), when.toOffsetDateTime());
        assertEquals(DateTimeKind.Local, when.kind());
        assertEquals(List.of("System.Management.Automation.PSCustomObject", "System.Object"),
                ((PsObject) o.get("o")).typeNames());
    }

    @Test
    void arrays_are_enumerated_unless_asked_and_hashtables_keep_order() {
        assertEquals(List.of(1L, 2L), run(ConvertFromJsonCommand.class, List.of("[1, 2]")));
        assertEquals(List.of(List.of(1L, 2L)), run(ConvertFromJsonCommand.class, List.of("[1, 2]"), "-NoEnumerate"));
        PsHashtable h = (PsHashtable) run(ConvertFromJsonCommand.class, List.of("{\"z\":1,\"a\":{\"\":2}}"),
                "-AsHashtable").get(0);
        assertEquals(List.of("z", "a"), new ArrayList<>(h.keySet()));
        assertEquals(2L, ((PsHashtable) h.get("a")).get(""));
    }

    @Test
    void lines_of_a_file_are_joined_and_complete_texts_stay_apart() {
        assertEquals(1, run(ConvertFromJsonCommand.class, List.of("{", "  \"a\": 1", "}")).size());
        assertEquals(List.of(1L, 2L), run(ConvertFromJsonCommand.class, List.of("1", "2")));
    }

    @Test
    void bad_json_and_ambiguous_keys_are_powershell_errors_with_line_and_position() {
        PsException e = assertThrows(PsException.class,
                () -> run(ConvertFromJsonCommand.class, List.of("{\n  \"a\": 1,\n  \"b\": tru\n}")));
        assertEquals(true, e.getMessage().startsWith("Conversion from JSON failed with error: "), e.getMessage());
        assertEquals(true, e.getMessage().endsWith(" Line 3, position 11."), e.getMessage());
        e = assertThrows(PsException.class, () -> run(ConvertFromJsonCommand.class, List.of("{\"a\": [1, 2")));
        assertEquals("Conversion from JSON failed with error: Unexpected end-of-input: expected close marker for "
                + "Array (start marker at line 1, column 7). Line 1, position 12.", e.getMessage());
        e = assertThrows(PsException.class, () -> run(ConvertFromJsonCommand.class, List.of("[1, 2\n: 3]")));
        assertEquals("Conversion from JSON failed with error: Unexpected character ':': was expecting comma to "
                + "separate Array entries. Line 2, position 1.", e.getMessage());
        e = assertThrows(PsException.class, () -> run(ConvertFromJsonCommand.class, List.of("{\"a\":1,\"A\":2}")));
        assertEquals("Cannot convert the JSON string because it contains keys with different casing. Please use the "
                + "-AsHashTable switch instead. The key that was attempted to be added to the existing key 'a' was "
                + "'A'.", e.getMessage());
        e = assertThrows(PsException.class, () -> run(ConvertFromJsonCommand.class, List.of("{\"\":1}")));
        assertEquals("The provided JSON includes a property whose name is an empty string, this is only supported "
                + "using the -AsHashTable switch.", e.getMessage());
    }

    @Test
    void json_round_trip_keeps_values() {
        PsObject o = PsObject.custom();
        o.add("Name", "x");
        o.add("Items", List.of(1L, 2L));
        String text = json(List.of(o));
        PsObject back = (PsObject) run(ConvertFromJsonCommand.class, List.of(text)).get(0);
        assertEquals(o.get("Items"), back.get("Items"));
        assertInstanceOf(String.class, back.get("Name"));
    }
}
