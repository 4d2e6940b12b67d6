package io.migsh.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.migsh.clixml.XmlConvertText;
import io.migsh.runtime.EnumValue;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.PsProperty;
import io.migsh.runtime.ScriptBlock;
import io.migsh.runtime.SecureString;
import io.migsh.runtime.UInt64;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * ConvertTo-Json's conversion (PowerShell 7.4 JsonObject.ConvertToJson over Newtonsoft.Json): objects become JSON
 * objects of their properties, collections arrays, enums numbers; past -Depth a value is written as its string
 * and the truncation warning is given once. Indented output is Newtonsoft's: two spaces, "name": value.
 */
public final class JsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final int maxDepth;
    private final boolean compress;
    private final boolean enumsAsStrings;
    private final EscapeHandling escaping;
    private final Consumer<String> warning;
    private boolean warned;

    public JsonWriter(int maxDepth, boolean compress, boolean enumsAsStrings, EscapeHandling escaping,
            Consumer<String> warning) {
        this.maxDepth = maxDepth;
        this.compress = compress;
        this.enumsAsStrings = enumsAsStrings;
        this.escaping = escaping == null ? EscapeHandling.Default : escaping;
        this.warning = warning;
    }

    /** The JSON text of one value. */
    public String write(Object value) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            g.setCharacterEscapes(new NewtonsoftEscapes(escaping));
            if (!compress) g.setPrettyPrinter(prettyPrinter());
            value(g, value, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", System.lineSeparator());
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withArrayIndenter(indenter).withObjectIndenter(indenter);
    }

    private void value(JsonGenerator g, Object v, int depth) throws IOException {
        if (v instanceof PsObject o && o.baseValue() != null && !hasNotes(o)) v = o.baseValue();
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Character c) {
            g.writeString(String.valueOf(c));
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (PsDateTime.adapt(v) instanceof PsDateTime t) {
            g.writeString(dateText(t));
        } else if (v instanceof UUID || v instanceof URI) {
            g.writeString(v.toString());
        } else if (v instanceof Double d) {
            floating(g, d, XmlConvertText.ofDouble(d));
        } else if (v instanceof Float f) {
            floating(g, f.doubleValue(), XmlConvertText.ofFloat(f));
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(decimalPlace(d.toPlainString()));
        } else if (v instanceof Byte b) {
            g.writeNumber(b & 0xFF);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof BigInteger
                || v instanceof UInt64 || v instanceof Number) {
            g.writeNumber(v.toString());
        } else if (v instanceof Enum<?> e) {
            if (enumsAsStrings) {
                g.writeString(e.name());
            } else {
                g.writeNumber(e instanceof EnumValue ev ? ev.value() : e.ordinal());
            }
        } else if (depth > maxDepth) {
            if (!warned) {
                warned = true;
                warning.accept("Resulting JSON is truncated as serialization has exceeded the set depth of "
                        + maxDepth + ".");
            }
            g.writeString(LanguagePrimitives.toText(v));
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> en : m.entrySet()) {
                g.writeFieldName(LanguagePrimitives.toText(en.getKey()));
                value(g, en.getValue(), depth + 1);
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> || v.getClass().isArray()) {
            g.writeStartArray();
            if (v instanceof Collection<?> c) {
                for (Object item : c) value(g, item, depth + 1);
            } else {
                for (int i = 0; i < Array.getLength(v); i++) value(g, Array.get(v, i), depth + 1);
            }
            g.writeEndArray();
        } else if (v instanceof PsObject o) {
            object(g, o, depth);
        } else {
            other(g, v, depth);
        }
    }

    /** A PsObject: its properties; one wrapping a value with notes is {"value": ..., notes...} as PowerShell writes. */
    private void object(JsonGenerator g, PsObject o, int depth) throws IOException {
        g.writeStartObject();
        if (o.baseValue() != null) {
            g.writeFieldName("value");
            value(g, o.baseValue(), depth + 1);
        }
        for (PsProperty p : o.properties()) {
            Object v;
            try {
                v = p.value();
            } catch (RuntimeException e) {
                continue;
            }
            g.writeFieldName(p.name());
            value(g, v, depth + 1);
        }
        g.writeEndObject();
    }

    private void other(JsonGenerator g, Object v, int depth) throws IOException {
        if (v instanceof Duration d) {
            timeSpan(g, d);
        } else if (v instanceof SecureString s) {
            g.writeStartObject();
            g.writeNumberField("Length", s.length());
            g.writeEndObject();
        } else if (v instanceof ScriptBlock s) {
            g.writeString(s.text());
        } else if (v.getClass().isRecord()) {
            g.writeStartObject();
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                Object item;
                try {
                    item = c.getAccessor().invoke(v);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                String n = c.getName();
                g.writeFieldName(Character.toUpperCase(n.charAt(0)) + n.substring(1));
                value(g, item, depth + 1);
            }
            g.writeEndObject();
        } else {
            g.writeString(LanguagePrimitives.toText(v));
        }
    }

    /** System.TimeSpan's properties in .NET 8's order, as PowerShell 7.4 writes a time span. */
    private static void timeSpan(JsonGenerator g, Duration d) throws IOException {
        long ticks = d.getSeconds() * 10_000_000L + d.getNano() / 100;
        g.writeStartObject();
        g.writeNumberField("Ticks", ticks);
        g.writeNumberField("Days", (int) (ticks / 864_000_000_000L));
        g.writeNumberField("Hours", (int) (ticks / 36_000_000_000L % 24));
        g.writeNumberField("Milliseconds", (int) (ticks / 10_000 % 1000));
        g.writeNumberField("Microseconds", (int) (ticks / 10 % 1000));
        g.writeNumberField("Nanoseconds", (int) (ticks % 10 * 100));
        g.writeNumberField("Minutes", (int) (ticks / 600_000_000L % 60));
        g.writeNumberField("Seconds", (int) (ticks / 10_000_000L % 60));
        total(g, "TotalDays", ticks / 864_000_000_000.0);
        total(g, "TotalHours", ticks / 36_000_000_000.0);
        total(g, "TotalMilliseconds", ticks / 10_000.0);
        total(g, "TotalMicroseconds", ticks / 10.0);
        total(g, "TotalNanoseconds", ticks * 100.0);
        total(g, "TotalMinutes", ticks / 600_000_000.0);
        total(g, "TotalSeconds", ticks / 10_000_000.0);
        g.writeEndObject();
    }

    private static void total(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(decimalPlace(XmlConvertText.ofDouble(value)));
    }

    /** Newtonsoft writes NaN and infinities as strings, and gives a whole double a ".0". */
    private static void floating(JsonGenerator g, double d, String text) throws IOException {
        if (Double.isNaN(d)) {
            g.writeString("NaN");
        } else if (Double.isInfinite(d)) {
            g.writeString(d > 0 ? "Infinity" : "-Infinity");
        } else {
            g.writeNumber(decimalPlace(text));
        }
    }

    private static String decimalPlace(String text) {
        return text.indexOf('.') >= 0 || text.indexOf('E') >= 0 || text.indexOf('e') >= 0 ? text : text + ".0";
    }

    /**
     * Newtonsoft's ISO form with RoundtripKind, as PowerShell 7 writes dates: 2026-11-25T05:49:22.123Z for a Utc
     * date, ...+01:00 for a Local one, no suffix for an Unspecified one (fraction trimmed, up to 7 digits). That is
     * XmlConvert's round-trip form too, so CLIXML's writer makes it.
     */
    static String dateText(PsDateTime d) {
        return XmlConvertText.ofDateTime(d);
    }

    private static boolean hasNotes(PsObject o) {
        return !o.properties().isEmpty();
    }
}
