package io.migsh.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.migsh.clixml.XmlConvertText;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ConvertFrom-Json's conversion (PowerShell 7 over Newtonsoft.Json): objects become [pscustomobject]s with their
 * properties in order (or ordered hashtables with -AsHashtable), arrays lists, integers Int64 (BigInteger when
 * larger), other numbers Double, and strings in ISO date form DateTimes. Comments, single quotes, unquoted names
 * and trailing commas are accepted, as Newtonsoft accepts them.
 */
public final class JsonReader {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    private static final Pattern ISO_DATE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

    private final boolean asHashtable;
    private final int maxDepth;

    public JsonReader(boolean asHashtable, int maxDepth) {
        this.asHashtable = asHashtable;
        this.maxDepth = maxDepth;
    }

    /** The value of one JSON text; an empty text is null. */
    public Object read(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) return null;
            Object v = value(p, t, 0);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw failure("Additional text encountered after finished reading JSON content: "
                        + p.getText() + ".", p.currentLocation());
            }
            return v;
        } catch (JsonProcessingException e) {
            throw failure(e.getOriginalMessage(), e.getLocation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object value(JsonParser p, JsonToken t, int depth) throws IOException {
        if (depth > maxDepth) {
            throw failure("The reader's MaxDepth of " + maxDepth + " has been exceeded.", p.currentLocation());
        }
        return switch (t) {
            case START_OBJECT -> asHashtable ? hashtable(p, depth) : customObject(p, depth);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY) list.add(value(p, n, depth + 1));
                yield list;
            }
            case VALUE_STRING -> text(p.getText());
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? p.getBigIntegerValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw failure("Unexpected token " + t + ".", p.currentLocation());
        };
    }

    private PsObject customObject(JsonParser p, int depth) throws IOException {
        PsObject o = PsObject.custom();
        JsonToken n;
        while ((n = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation at = p.currentLocation();
            Object v = value(p, p.nextToken(), depth + 1);
            if (name.isEmpty()) {
                throw new JsonFormatException("The provided JSON includes a property whose name is an empty string, "
                        + "this is only supported using the -AsHashTable switch.", "EmptyKeyInJsonString",
                        at.getLineNr(), at.getColumnNr());
            }
            if (o.has(name)) {
                String existing = o.property(name).name();
                if (existing.equals(name)) {
                    o.set(name, v); // Newtonsoft keeps the last of two equal names
                    continue;
                }
                throw new JsonFormatException("Cannot convert the JSON string because it contains keys with different "
                        + "casing. Please use the -AsHashTable switch instead. The key that was attempted to be added "
                        + "to the existing key '" + existing + "' was '" + name + "'.", "DuplicateKeysInJsonString",
                        at.getLineNr(), at.getColumnNr());
            }
            o.add(name, v);
        }
        if (n != JsonToken.END_OBJECT) throw failure("Unexpected token " + n + ".", p.currentLocation());
        return o;
    }

    private PsHashtable hashtable(JsonParser p, int depth) throws IOException {
        PsHashtable h = new PsHashtable(true);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            h.put(name, value(p, p.nextToken(), depth + 1));
        }
        return h;
    }

    /**
     * Newtonsoft's DateParseHandling.DateTime with RoundtripKind: ISO and "/Date(ms)/" strings are dates, others stay
     * strings. Z (and a bare /Date(ms)/) is Kind Utc, an offset Kind Local (kept at that offset), neither Unspecified.
     */
    static Object text(String s) {
        if (s.length() >= 19 && Character.isDigit(s.charAt(0)) && ISO_DATE.matcher(s).matches()) {
            // the same round-trip form and kinds as XmlConvert's, which CLIXML's reader parses
            try {
                return XmlConvertText.parseDateTime(s);
            } catch (NumberFormatException notADate) {
                return s;
            }
        }
        if (s.startsWith("/Date(")) {
            Matcher m = MS_DATE.matcher(s);
            if (m.matches()) {
                Instant at = Instant.ofEpochMilli(Long.parseLong(m.group(1)));
                if (m.group(2) == null) return PsDateTime.utc(at);
                String off = m.group(2);
                return PsDateTime.at(at.atOffset(ZoneOffset.of(off.substring(0, 3) + ":" + off.substring(3))));
            }
        }
        return s;
    }

    /**
     * Jackson's wording without its internals: "(start marker at [Source: REDACTED (...); line: 1, column: 7])"
     * becomes "(start marker at line 1, column 7)", and "Unexpected character (':' (code 58))" loses the code.
     */
    static String plain(String message) {
        return message.replaceAll("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll("\\((\\S+) \\(code \\d+\\)\\)", "$1");
    }

    private static JsonFormatException failure(String message, JsonLocation at) {
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String where = line > 0 ? " Line " + line + ", position " + column + "." : "";
        String m = message == null ? "" : plain(message.replace('\n', ' ').trim());
        if (!m.endsWith(".")) m = m + ".";
        return new JsonFormatException("Conversion from JSON failed with error: " + m + where,
                "System.ArgumentException", line, column);
    }
}
