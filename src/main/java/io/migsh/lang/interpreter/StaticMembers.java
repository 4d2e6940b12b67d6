package io.migsh.lang.interpreter;

import io.migsh.lang.ExitException;
import io.migsh.runtime.Conversions;
import io.migsh.runtime.DateTimeKind;
import io.migsh.runtime.DotNetName;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.TimeSpans;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** [Type]::Member: the static properties and methods of the .NET types admin scripts use. */
public final class StaticMembers {
    private StaticMembers() {}

    public static Object get(TypeInfo type, String name, Session session) {
        String n = name.toLowerCase(Locale.ROOT);
        String t = type.fullName().toLowerCase(Locale.ROOT);
        switch (t) {
            case "system.datetime":
                switch (n) {
                    case "now": return now(session);
                    case "utcnow": return PsDateTime.utc(session.context().clock().instant());
                    case "today": {
                        PsDateTime now = now(session);
                        return now.withWall(now.wall().toLocalDate().atStartOfDay());
                    }
                    case "minvalue": return PsDateTime.ofTicks(0, DateTimeKind.Unspecified);
                    case "maxvalue": return PsDateTime.ofTicks(PsDateTime.MAX_TICKS, DateTimeKind.Unspecified);
                    default: return null;
                }
            case "system.int32": return limit(n, Integer.MAX_VALUE, Integer.MIN_VALUE);
            case "system.int64": return limit(n, Long.MAX_VALUE, Long.MIN_VALUE);
            case "system.byte": return limit(n, 255, 0);
            case "system.double":
                switch (n) {
                    case "maxvalue": return Double.MAX_VALUE;
                    case "minvalue": return -Double.MAX_VALUE;
                    case "nan": return Double.NaN;
                    case "positiveinfinity": return Double.POSITIVE_INFINITY;
                    case "negativeinfinity": return Double.NEGATIVE_INFINITY;
                    case "epsilon": return Double.MIN_VALUE;
                    default: return null;
                }
            case "system.decimal": return limit(n, new BigDecimal("79228162514264337593543950335"), BigDecimal.ZERO);
            case "system.string": return n.equals("empty") ? "" : null;
            case "system.guid": return n.equals("empty") ? new UUID(0, 0) : null;
            case "system.math": return n.equals("pi") ? (Object) Math.PI : n.equals("e") ? (Object) Math.E : null;
            case "system.timespan": return n.equals("zero") ? Duration.ZERO : limit(n, TimeSpans.MAX_VALUE, TimeSpans.MIN_VALUE);
            case "system.environment": return EnvironmentStatics.get(n, session);
            case "system.io.path":
                return n.equals("directoryseparatorchar") ? (Object) java.io.File.separatorChar
                        : n.equals("pathseparator") ? (Object) java.io.File.pathSeparatorChar : null;
            case "system.text.encoding": return encoding(n);
            default:
                break;
        }
        if (type.kind() == TypeInfo.Kind.PLAIN && type.javaClass().isEnum()) {
            for (Object c : type.javaClass().getEnumConstants()) if (((Enum<?>) c).name().equalsIgnoreCase(name)) return c;
        }
        return null;
    }

    private static final java.util.regex.Pattern CONVERSION_REASON =
            java.util.regex.Pattern.compile("(?s)Cannot convert value .* Error: \"(.*)\"");

    private static Object limit(String n, Object max, Object min) {
        return n.equals("maxvalue") ? max : n.equals("minvalue") ? min : null;
    }

    static PsDateTime now(Session session) {
        return PsDateTime.now(session.context().clock());
    }

    public static Object invoke(TypeInfo type, String name, List<Object> args, Session session) {
        String n = name.toLowerCase(Locale.ROOT);
        Object r;
        try {
            r = n.equals("new") ? Constructors.create(type, args, session) : dispatch(type, n, name, args, session);
        } catch (io.migsh.runtime.PsException e) {
            throw e;
        } catch (ArithmeticException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw RuntimeErrors.methodFailed(name, args.size(), e.getMessage() == null ? e.toString() : e.getMessage(),
                    e.getClass().getSimpleName());
        }
        if (r == Methods.NOT_FOUND) throw RuntimeErrors.methodNotFound(type.fullName(), name);
        return r;
    }

    private static Object dispatch(TypeInfo type, String n, String name, List<Object> args, Session session) {
        switch (type.fullName().toLowerCase(Locale.ROOT)) {
            case "system.math": return MathStatics.invoke(n, args);
            case "system.string": return string(n, args);
            case "system.datetime": {
                Object r = dateTime(n, args);
                if (r != Methods.NOT_FOUND) return r;
                break; // Parse: as every plain type's, below
            }
            case "system.guid":
                if (n.equals("newguid")) return UUID.randomUUID();
                if (n.equals("parse")) return Conversions.convert(args.get(0), UUID.class);
                return Methods.NOT_FOUND;
            case "system.timespan": return timeSpan(n, args);
            case "system.char": return character(n, args);
            case "system.io.file", "system.io.path", "system.io.directory":
                return FileStatics.invoke(type.fullName(), n, name, args, session);
            case "system.environment": return EnvironmentStatics.invoke(n, args, session);
            case "system.convert": return ConvertStatics.invoke(n, args);
            case "system.text.regularexpressions.regex": return RegexMethods.statics(n, args);
            case "system.text.encoding": return Methods.NOT_FOUND;
            default: break;
        }
        if (type.kind() == TypeInfo.Kind.ARRAY) return arrays(n, args);
        if (type.kind() == TypeInfo.Kind.PLAIN && n.equals("op_implicit")) return Casts.convert(args.get(0), type);
        if (type.kind() == TypeInfo.Kind.PLAIN && n.equals("parse")) {
            try {
                return Casts.convert(args.get(0), type);
            } catch (io.migsh.runtime.PsException e) {
                // [int]::Parse('x') is a method call: its failure is wrapped as a method's, with .NET's own reason.
                java.util.regex.Matcher m = CONVERSION_REASON.matcher(e.getMessage());
                throw RuntimeErrors.methodFailed(name, args.size(), m.matches() ? m.group(1) : e.getMessage(),
                        "FormatException");
            }
        }
        return Methods.NOT_FOUND;
    }

    /** [array]::IndexOf, Reverse and Sort on an array (Reverse and Sort change it in place). */
    @SuppressWarnings("unchecked")
    private static Object arrays(String n, List<Object> args) {
        if (!(args.get(0) instanceof List<?> list)) return Methods.NOT_FOUND;
        List<Object> l = (List<Object>) list;
        switch (n) {
            case "indexof":
                for (int i = 0; i < l.size(); i++) if (Comparison.equal(l.get(i), args.get(1), false)) return i;
                return -1;
            case "reverse":
                java.util.Collections.reverse(l);
                return AutomationNull.VALUE;
            case "sort":
                l.sort((a, b) -> LanguagePrimitives.compare(a, b, true));
                return AutomationNull.VALUE;
            case "exists":
                return l.stream().anyMatch(x -> LanguagePrimitives.toBool(((io.migsh.runtime.ScriptBlock) args.get(1))
                        .invokeForValue(x)));
            default:
                return Methods.NOT_FOUND;
        }
    }

    private static Object string(String n, List<Object> args) {
        switch (n) {
            case "isnullorempty": return args.get(0) == null || LanguagePrimitives.toText(args.get(0)).isEmpty();
            case "isnullorwhitespace": return args.get(0) == null || LanguagePrimitives.toText(args.get(0)).isBlank();
            case "join": {
                List<Object> values = args.size() == 2 && LanguagePrimitives.isEnumerable(args.get(1))
                        ? LanguagePrimitives.enumerate(args.get(1)) : args.subList(1, args.size());
                return Operators.join(values, Args.text(args, 0));
            }
            case "format": {
                List<Object> values = args.size() == 2 && LanguagePrimitives.isEnumerable(args.get(1))
                        ? new ArrayList<>(LanguagePrimitives.enumerate(args.get(1))) : new ArrayList<>(args.subList(1, args.size()));
                return CompositeFormat.format(Args.text(args, 0), values);
            }
            case "concat": {
                StringBuilder sb = new StringBuilder();
                for (Object a : args) sb.append(LanguagePrimitives.toText(a));
                return sb.toString();
            }
            case "compare": {
                int c = Args.ignoreCase(args, 2) ? Args.text(args, 0).compareToIgnoreCase(Args.text(args, 1))
                        : Args.text(args, 0).compareTo(Args.text(args, 1));
                return Integer.signum(c);
            }
            case "equals": return Args.text(args, 0).equals(Args.text(args, 1));
            default: return Methods.NOT_FOUND;
        }
    }

    private static Object dateTime(String n, List<Object> args) {
        switch (n) {
            case "parseexact": return DateParsing.parseExact(Args.text(args, 0), Args.text(args, 1), args.size());
            case "daysinmonth": return java.time.YearMonth.of(Args.integer(args, 0), Args.integer(args, 1)).lengthOfMonth();
            case "isleapyear": return java.time.Year.isLeap(Args.integer(args, 0));
            case "compare": return Integer.signum(date(args, 0).compareTo(date(args, 1)));
            case "fromfiletimeutc", "fromfiletime": {
                // Windows file times count 100 ns ticks since 1601-01-01 UTC; FromFileTime gives local time
                long fileTime = ((Number) Conversions.convert(args.get(0), Long.class)).longValue();
                PsDateTime utc = PsDateTime.ofTicks(PsDateTime.FILE_TIME_EPOCH_TICKS + fileTime, DateTimeKind.Utc);
                return n.equals("fromfiletime") ? utc.toLocalTime() : utc;
            }
            case "specifykind":
                return date(args, 0).withKind((DateTimeKind) Conversions.convert(args.get(1), DateTimeKind.class));
            default: return Methods.NOT_FOUND;
        }
    }

    private static PsDateTime date(List<Object> args, int i) {
        return (PsDateTime) Conversions.convert(args.get(i), PsDateTime.class);
    }

    private static Object timeSpan(String n, List<Object> args) {
        double v = args.isEmpty() ? 0 : Args.real(args, 0);
        switch (n) {
            case "fromdays": return TimeSpans.fromUnits(v, TimeSpans.TICKS_PER_DAY);
            case "fromhours": return TimeSpans.fromUnits(v, TimeSpans.TICKS_PER_HOUR);
            case "fromminutes": return TimeSpans.fromUnits(v, TimeSpans.TICKS_PER_MINUTE);
            case "fromseconds": return TimeSpans.fromUnits(v, TimeSpans.TICKS_PER_SECOND);
            case "frommilliseconds": return TimeSpans.fromUnits(v, TimeSpans.TICKS_PER_MILLISECOND);
            case "fromticks": return TimeSpans.ofTicks(((Number) Conversions.convert(args.get(0), Long.class)).longValue());
            case "parse": return Conversions.toTimeSpan(args.get(0));
            default: return Methods.NOT_FOUND;
        }
    }

    private static Object character(String n, List<Object> args) {
        char c = (Character) Conversions.convert(args.get(0), Character.class);
        switch (n) {
            case "isdigit": return Character.isDigit(c);
            case "isletter": return Character.isLetter(c);
            case "isletterordigit": return Character.isLetterOrDigit(c);
            case "iswhitespace": return Character.isWhitespace(c);
            case "isupper": return Character.isUpperCase(c);
            case "islower": return Character.isLowerCase(c);
            case "ispunctuation": return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
            case "toupper": return Character.toUpperCase(c);
            case "tolower": return Character.toLowerCase(c);
            default: return Methods.NOT_FOUND;
        }
    }

    private static Object encoding(String n) {
        return switch (n) {
            case "utf8", "default" -> new EncodingValue("utf-8", StandardCharsets.UTF_8);
            case "ascii" -> new EncodingValue("us-ascii", StandardCharsets.US_ASCII);
            case "unicode" -> new EncodingValue("utf-16", StandardCharsets.UTF_16LE);
            case "bigendianunicode" -> new EncodingValue("utf-16BE", StandardCharsets.UTF_16BE);
            case "latin1" -> new EncodingValue("iso-8859-1", StandardCharsets.ISO_8859_1);
            default -> null;
        };
    }

    /** [System.Text.Encoding]::UTF8 and friends: GetBytes and GetString. */
    @DotNetName("System.Text.UTF8Encoding")
    public record EncodingValue(String webName, Charset charset) {
        Object invoke(String n, List<Object> args) {
            switch (n) {
                case "getbytes": return Args.text(args, 0).getBytes(charset);
                case "getstring": return new String((byte[]) Conversions.convert(args.get(0), byte[].class), charset);
                default: return Methods.NOT_FOUND;
            }
        }

        @Override
        public String toString() {
            return "System.Text.UTF8Encoding";
        }
    }

    static Object round(BigDecimal value, int digits, RoundingMode mode) {
        return value.setScale(digits, mode);
    }

    static PsHashtable table() {
        return new PsHashtable();
    }

    static RuntimeException exit(int code) {
        return new ExitException(code);
    }
}
