package io.migsh.csv;

import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.Members;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.TypeNames;
import io.migsh.runtime.TypedList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns objects into CSV lines as PowerShell 7's ExportCsvHelper does: the columns are the first object's
 * properties, every field is double-quoted (quotes doubled) unless -UseQuotes or -QuoteFields say otherwise, a
 * missing or null value is an empty field, and "#TYPE name" comes first only when asked for.
 */
public final class CsvRowWriter {
    private final char delimiter;
    private final QuoteKind quoting;
    private final Set<String> quoteFields;
    private final boolean includeType;
    private final boolean noHeader;
    private List<String> columns;

    /**
     * @param quoteFields columns to quote (all others unquoted), or null to follow {@code quoting}
     * @param columns     the columns of a file being appended to, or null to take the first object's properties
     */
    public CsvRowWriter(char delimiter, QuoteKind quoting, Collection<String> quoteFields, boolean includeType,
            boolean noHeader, List<String> columns) {
        this.delimiter = delimiter;
        this.quoting = quoting;
        this.quoteFields = quoteFields == null ? null : caseInsensitive(quoteFields);
        this.includeType = includeType;
        this.noHeader = noHeader;
        this.columns = columns;
    }

    private static Set<String> caseInsensitive(Collection<String> names) {
        Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        s.addAll(names);
        return s;
    }

    /** The columns in use, once the first object has set them. */
    public List<String> columns() {
        return columns;
    }

    /** The lines for one object: the type and header lines before the first object, then its row. */
    public List<String> lines(Object value) {
        List<String> out = new ArrayList<>(3);
        if (columns == null) {
            columns = propertyNames(value);
            if (includeType) out.add(typeLine(value));
            if (!noHeader) out.add(line(columns, columns));
        }
        List<String> fields = new ArrayList<>(columns.size());
        for (String c : columns) fields.add(text(property(value, c)));
        out.add(line(fields, columns));
        return out;
    }

    /** "#TYPE name", without the "CSV:" an earlier Import-Csv put in front of it. */
    static String typeLine(Object value) {
        List<String> names = TypeNames.of(value);
        if (names.isEmpty()) return "#TYPE";
        String t = names.get(0);
        if (t.regionMatches(true, 0, "CSV:", 0, 4)) t = t.substring(4);
        return "#TYPE " + t;
    }

    /** Properties of an object; a dictionary's keys (PowerShell 7 writes a hashtable as one row). */
    public static List<String> propertyNames(Object value) {
        if (value instanceof Map<?, ?> m) {
            List<String> keys = new ArrayList<>();
            for (Object k : m.keySet()) keys.add(LanguagePrimitives.toText(k));
            return keys;
        }
        return Members.propertyNames(value);
    }

    /** True when the object has the column (for -Append's check of mismatched properties). */
    public static boolean hasProperty(Object value, String name) {
        if (value instanceof Map<?, ?> m) return m.containsKey(name);
        if (value instanceof PsObject o) return o.has(name);
        return Members.has(value, name);
    }

    private static Object property(Object value, String name) {
        if (value instanceof Map<?, ?> m) return m.get(name);
        return Members.get(value, name);
    }

    /** A property's text as .NET's ToString() gives it: collections show their type name, not their items. */
    static String text(Object v) {
        if (v == null) return "";
        if (v instanceof TypedList t) return t.typeText();
        if (v instanceof Collection<?> || v instanceof Map<?, ?> || v.getClass().isArray()) return TypeNames.name(v);
        return LanguagePrimitives.toText(v);
    }

    private String line(List<String> fields, List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(delimiter);
            String f = fields.get(i);
            if (quoted(f, names.get(i))) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    private boolean quoted(String field, String column) {
        if (quoteFields != null) return quoteFields.contains(column);
        return switch (quoting) {
            case Always -> true;
            case Never -> false;
            case AsNeeded -> field.indexOf(delimiter) >= 0 || field.indexOf('\n') >= 0 || field.indexOf('"') >= 0;
        };
    }
}
