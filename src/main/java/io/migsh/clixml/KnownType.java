package io.migsh.clixml;

import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.SByte;
import io.migsh.runtime.ScriptBlock;
import io.migsh.runtime.UInt16;
import io.migsh.runtime.UInt32;
import io.migsh.runtime.UInt64;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * CLIXML's primitive ("known") types (serialization.cs KnownTypes): the element each is written as, its text
 * form, and how it reads back. Secure strings are handled by the writer and reader, which hold the key.
 */
enum KnownType {
    STRING("S") {
        String text(Object v) { return ClixmlEscaping.encode((String) v); }
        void write(XmlOut out, String name, Object v) { out.encodedLeaf(tag, name, (String) v); }
        Object parse(String t) { return ClixmlEscaping.decode(t); }
    },
    CHAR("C") {
        String text(Object v) { return Integer.toString((Character) v); }
        Object parse(String t) { return (char) checked(Long.parseLong(t.trim()), 0, 0xFFFF); }
    },
    BOOLEAN("B") {
        String text(Object v) { return (Boolean) v ? "true" : "false"; }
        Object parse(String t) {
            return switch (t.trim()) {
                case "true", "1" -> Boolean.TRUE;
                case "false", "0" -> Boolean.FALSE;
                default -> throw new NumberFormatException(t);
            };
        }
    },
    DATE_TIME("DT") {
        String text(Object v) { return XmlConvertText.ofDateTime(asPsDateTime(v)); }
        void write(XmlOut out, String name, Object v) {
            char[] c = out.scratch(XmlConvertText.MAX_DATE_TIME_CHARS);
            out.leaf(tag, name, c, XmlConvertText.dateTimeChars(asPsDateTime(v), c));
        }
        Object parse(String t) { return XmlConvertText.parseDateTime(t); }
    },
    DECIMAL("D") {
        String text(Object v) { return ((BigDecimal) v).toPlainString(); }
        Object parse(String t) { return new BigDecimal(t.trim()); }
    },
    DOUBLE("Db") {
        String text(Object v) { return XmlConvertText.ofDouble((Double) v); }
        Object parse(String t) { return XmlConvertText.parseDouble(t); }
    },
    SINGLE("Sg") {
        String text(Object v) { return XmlConvertText.ofFloat((Float) v); }
        Object parse(String t) { return (float) XmlConvertText.parseDouble(t); }
    },
    GUID("G") {
        String text(Object v) { return v.toString(); }
        void write(XmlOut out, String name, Object v) {
            char[] c = out.scratch(36);
            out.leaf(tag, name, c, XmlConvertText.guidChars((UUID) v, c));
        }
        Object parse(String t) {
            UUID canonical = canonicalGuid(t);
            if (canonical != null) return canonical;
            String s = t.trim();
            if (s.length() == 38 && s.charAt(0) == '{' && s.charAt(37) == '}') s = s.substring(1, 37);
            if (s.length() != 36) throw new NumberFormatException(t);
            for (int i = 0; i < 36; i++) {
                char c = s.charAt(i);
                boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
                if (dash ? c != '-' : Character.digit(c, 16) < 0) throw new NumberFormatException(t);
            }
            return UUID.fromString(s);
        }
    },
    INT16("I16") {
        String text(Object v) { return v.toString(); }
        Object parse(String t) { return Short.parseShort(t.trim()); }
    },
    INT32("I32") {
        String text(Object v) { return v.toString(); }
        void write(XmlOut out, String name, Object v) { out.leaf(tag, name, (Integer) v); }
        Object parse(String t) { return Integer.parseInt(t.trim()); }
    },
    INT64("I64") {
        String text(Object v) { return v.toString(); }
        void write(XmlOut out, String name, Object v) { out.leaf(tag, name, (Long) v); }
        Object parse(String t) { return Long.parseLong(t.trim()); }
    },
    SBYTE("SB") {
        String text(Object v) { return v.toString(); }
        Object parse(String t) { return SByte.of(checked(Long.parseLong(t.trim()), -128, 127)); }
    },
    /** .NET's Byte is unsigned; Java's Byte holds the same eight bits. */
    BYTE("By") {
        String text(Object v) { return Integer.toString(((Byte) v) & 0xFF); }
        Object parse(String t) { return (byte) checked(Long.parseLong(t.trim()), 0, 255); }
    },
    UINT16("U16") {
        String text(Object v) { return v.toString(); }
        Object parse(String t) { return UInt16.of(checked(Long.parseLong(t.trim()), 0, 0xFFFF)); }
    },
    UINT32("U32") {
        String text(Object v) { return v.toString(); }
        Object parse(String t) { return UInt32.of(checked(Long.parseLong(t.trim()), 0, 0xFFFFFFFFL)); }
    },
    UINT64("U64") {
        String text(Object v) { return v.toString(); }
        Object parse(String t) { return UInt64.parse(t); }
    },
    TIME_SPAN("TS") {
        String text(Object v) { return XmlConvertText.ofDuration((Duration) v); }
        void write(XmlOut out, String name, Object v) {
            char[] c = out.scratch(XmlConvertText.MAX_DURATION_CHARS);
            out.leaf(tag, name, c, XmlConvertText.durationChars((Duration) v, c));
        }
        Object parse(String t) { return XmlConvertText.parseDuration(t); }
    },
    URI_VALUE("URI") {
        String text(Object v) { return ClixmlEscaping.encode(v.toString()); }
        Object parse(String t) {
            try {
                return new URI(ClixmlEscaping.decode(t));
            } catch (URISyntaxException e) {
                throw new NumberFormatException(t);
            }
        }
    },
    BYTE_ARRAY("BA") {
        String text(Object v) { return Base64.getEncoder().encodeToString((byte[]) v); }
        /** Whitespace (line breaks) may split the text, as XmlReader allows; anything else not base64 is an error. */
        Object parse(String t) { return Base64.getDecoder().decode(WHITESPACE.matcher(t).replaceAll("")); }
    },
    VERSION("Version") {
        String text(Object v) { return v.toString(); }
        Object parse(String t) { return DotNetVersion.parse(t); }
    },
    SEMANTIC_VERSION("SemanticVersion") {
        String text(Object v) { return v.toString(); }
        Object parse(String t) { return new SemanticVersionText(t.trim()); }
    },
    XML_DOCUMENT("XD") {
        String text(Object v) { return ClixmlEscaping.encode(((XmlDocumentText) v).outerXml()); }
        Object parse(String t) { return new XmlDocumentText(ClixmlEscaping.decode(t)); }
    },
    /** PowerShell reads script blocks back as text only, so a file cannot smuggle in code that runs by itself. */
    SCRIPT_BLOCK("SBK") {
        String text(Object v) { return ClixmlEscaping.encode(((ScriptBlock) v).text()); }
        Object parse(String t) { return new ImportedScriptBlock(ClixmlEscaping.decode(t)); }
    };

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final Map<String, KnownType> BY_TAG = new HashMap<>();
    private static final Map<Class<?>, KnownType> BY_CLASS = new HashMap<>();

    static {
        for (KnownType k : values()) BY_TAG.put(k.tag, k);
        BY_CLASS.put(String.class, STRING);
        BY_CLASS.put(Character.class, CHAR);
        BY_CLASS.put(Boolean.class, BOOLEAN);
        BY_CLASS.put(PsDateTime.class, DATE_TIME);
        BY_CLASS.put(OffsetDateTime.class, DATE_TIME);
        BY_CLASS.put(BigDecimal.class, DECIMAL);
        BY_CLASS.put(Double.class, DOUBLE);
        BY_CLASS.put(Float.class, SINGLE);
        BY_CLASS.put(UUID.class, GUID);
        BY_CLASS.put(Short.class, INT16);
        BY_CLASS.put(Integer.class, INT32);
        BY_CLASS.put(Long.class, INT64);
        BY_CLASS.put(SByte.class, SBYTE);
        BY_CLASS.put(Byte.class, BYTE);
        BY_CLASS.put(UInt16.class, UINT16);
        BY_CLASS.put(UInt32.class, UINT32);
        BY_CLASS.put(UInt64.class, UINT64);
        BY_CLASS.put(Duration.class, TIME_SPAN);
        BY_CLASS.put(URI.class, URI_VALUE);
        BY_CLASS.put(byte[].class, BYTE_ARRAY);
        BY_CLASS.put(DotNetVersion.class, VERSION);
        BY_CLASS.put(SemanticVersionText.class, SEMANTIC_VERSION);
        BY_CLASS.put(XmlDocumentText.class, XML_DOCUMENT);
    }

    final String tag;

    KnownType(String tag) {
        this.tag = tag;
    }

    /** The element content for a value of this type (already _xHHHH_-encoded where CLIXML encodes). */
    abstract String text(Object value);

    /**
     * Writes the element for a value of this type, the name (not yet encoded) as its N attribute unless null; the
     * commonest types write their text straight into the output instead of making a string of it first.
     */
    void write(XmlOut out, String name, Object value) {
        out.leaf(tag, name, text(value));
    }

    /** Reads the element content; throws NumberFormatException (or an overflow PsException) when it is not valid. */
    abstract Object parse(String text);

    /** The .NET type name used in "The contents of the X primitive type are not valid." */
    String dotNetName() {
        return switch (this) {
            case STRING -> "System.String";
            case CHAR -> "System.Char";
            case BOOLEAN -> "System.Boolean";
            case DATE_TIME -> "System.DateTime";
            case DECIMAL -> "System.Decimal";
            case DOUBLE -> "System.Double";
            case SINGLE -> "System.Single";
            case GUID -> "System.Guid";
            case INT16 -> "System.Int16";
            case INT32 -> "System.Int32";
            case INT64 -> "System.Int64";
            case SBYTE -> "System.SByte";
            case BYTE -> "System.Byte";
            case UINT16 -> "System.UInt16";
            case UINT32 -> "System.UInt32";
            case UINT64 -> "System.UInt64";
            case TIME_SPAN -> "System.TimeSpan";
            case URI_VALUE -> "System.Uri";
            case BYTE_ARRAY -> "System.Byte[]";
            case VERSION -> "System.Version";
            case SEMANTIC_VERSION -> "System.Management.Automation.SemanticVersion";
            case XML_DOCUMENT -> "System.Xml.XmlDocument";
            case SCRIPT_BLOCK -> "System.Management.Automation.ScriptBlock";
        };
    }

    /** The known type of a value, or null when it is a complex object or container. */
    static KnownType of(Object value) {
        KnownType k = BY_CLASS.get(value.getClass());
        if (k != null) return k;
        if (value instanceof ScriptBlock) return SCRIPT_BLOCK;
        if (value instanceof OffsetDateTime) return DATE_TIME;
        return null;
    }

    static KnownType byTag(String tag) {
        return BY_TAG.get(tag);
    }

    /**
     * The GUID of the form every writer uses (36 characters, ASCII hex digits, dashes after 8, 12, 16 and 20
     * digits) without the trimming, copying and second parse of the general path; null for any other text.
     */
    static UUID canonicalGuid(String s) {
        if (s.length() != 36 || s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-'
                || s.charAt(23) != '-') {
            return null;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 36; i++) {
            if (i == 8 || i == 13 || i == 18 || i == 23) continue;
            int d = hexDigit(s.charAt(i));
            if (d < 0) return null;
            if (i < 18) {
                high = high << 4 | d;
            } else {
                low = low << 4 | d;
            }
        }
        return new UUID(high, low);
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static long checked(long v, long min, long max) {
        if (v < min || v > max) throw new NumberFormatException(Long.toString(v));
        return v;
    }

    /** The domain's OffsetDateTime values are written as the pipeline's date would be (offset zero: Utc). */
    private static PsDateTime asPsDateTime(Object v) {
        return v instanceof PsDateTime d ? d : PsDateTime.from((OffsetDateTime) v);
    }
}
