package io.migsh.lang.interpreter;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.DateTimeKind;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import io.migsh.runtime.TimeSpans;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/** [Type]::new(...): the constructors of the collection, text, date and exception types scripts create. */
public final class Constructors {
    private Constructors() {}

    public static Object create(TypeInfo type, List<Object> args, Session session) {
        return create(type, args, session, "new");
    }

    /**
     * As {@link #create(TypeInfo, List, Session)}; {@code callName} names the call in the error for a wrong number of
     * arguments ("new" for {@code ::new}, the type's name for New-Object, as PowerShell words them).
     */
    public static Object create(TypeInfo type, List<Object> args, Session session, String callName) {
        Object made;
        try {
            made = construct(type, args, session);
        } catch (IndexOutOfBoundsException tooFewArguments) {
            made = NO_OVERLOAD;
        }
        if (made == NO_OVERLOAD) throw noOverload(callName, args.size());
        return made;
    }

    /** What {@link #construct} answers when no constructor of the type takes these arguments. */
    private static final Object NO_OVERLOAD = new Object();

    private static PsException noOverload(String callName, int count) {
        return RuntimeErrors.runtime("Cannot find an overload for \"" + callName + "\" and the argument count: \""
                + count + "\".", "MethodCountCouldNotFindBest");
    }

    private static Object construct(TypeInfo type, List<Object> args, Session session) {
        switch (type.kind()) {
            case ARRAYLIST: {
                DotNetArrayList l = new DotNetArrayList();
                if (!args.isEmpty() && LanguagePrimitives.isEnumerable(args.get(0))) {
                    l.addAll(LanguagePrimitives.enumerate(args.get(0)));
                }
                return l;
            }
            case GENERIC_LIST:
                return Casts.convert(args.isEmpty() || args.get(0) instanceof Number ? null : args.get(0), type);
            case HASHTABLE:
                return new PsHashtable();
            case ORDERED:
                return new PsHashtable(true);
            case STRINGBUILDER:
                return Casts.convert(args.isEmpty() ? "" : args.get(0), type);
            case REGEX:
                return RegexValue.of(Args.text(args, 0), Args.ignoreCase(args, 1));
            case PSCUSTOMOBJECT:
            case PSOBJECT:
            case OBJECT:
                return PsObject.custom();
            case EXCEPTION:
                return exception(type.fullName(), args.isEmpty() ? "Exception of type '" + type.fullName()
                        + "' was thrown." : Args.text(args, 0));
            default:
                break;
        }
        String t = type.fullName();
        switch (t) {
            case "System.DateTime":
                if (args.size() >= 3 || !args.isEmpty() && args.get(0) instanceof Number) return dateTime(args);
                break;
            case "System.TimeSpan":
                if (args.size() == 1) return TimeSpans.ofTicks(((Number) Conversions.convert(args.get(0), Long.class)).longValue());
                if (args.size() == 3) return TimeSpans.checked(Duration.ofHours(Args.integer(args, 0))
                        .plusMinutes(Args.integer(args, 1)).plusSeconds(Args.integer(args, 2)));
                if (args.size() >= 4) return TimeSpans.checked(Duration.ofDays(Args.integer(args, 0))
                        .plusHours(Args.integer(args, 1)).plusMinutes(Args.integer(args, 2))
                        .plusSeconds(Args.integer(args, 3)).plusMillis(args.size() > 4 ? Args.integer(args, 4) : 0));
                break;
            case "System.Guid":
                return Conversions.convert(args.get(0), java.util.UUID.class);
            case "System.String":
                if (args.size() == 2) return Args.text(args, 0).repeat(Args.integer(args, 1));
                return Args.text(args, 0);
            case "System.Management.Automation.PSCredential":
                return new PsCredential(Args.text(args, 0),
                        (SecureString) Conversions.convert(args.get(1), SecureString.class));
            default:
                break;
        }
        if (type.kind() == TypeInfo.Kind.PLAIN && args.size() == 1) return Casts.convert(args.get(0), type);
        return NO_OVERLOAD;
    }

    /** An exception object, as [System.ArgumentException]::new('message') creates for throw. */
    public static PsException exception(String type, String message) {
        return new PsException(new ErrorRecord(type, message, message, ErrorCategory.NotSpecified, null, null,
                io.migsh.runtime.SourcePosition.NONE, null));
    }

    /**
     * The DateTime constructors: (ticks[, kind]), (y, M, d), (y, M, d, h, m, s[, ms][, kind]); the kind is Unspecified
     * unless given, as in .NET.
     */
    private static PsDateTime dateTime(List<Object> args) {
        int n = args.size();
        DateTimeKind kind = DateTimeKind.Unspecified;
        if (n == 2 || n == 7 && isKind(args.get(6)) || n == 8) {
            kind = (DateTimeKind) Conversions.convert(args.get(n - 1), DateTimeKind.class);
            n--;
        }
        if (n == 1) return PsDateTime.ofTicks(((Number) Conversions.convert(args.get(0), Long.class)).longValue(), kind);
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.of(Args.integer(args, 0), Args.integer(args, 1), Args.integer(args, 2));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Year, Month, and Day parameters describe an un-representable "
                    + "DateTime.");
        }
        try {
            LocalDateTime wall = day.atTime(n > 3 ? Args.integer(args, 3) : 0, n > 4 ? Args.integer(args, 4) : 0,
                    n > 5 ? Args.integer(args, 5) : 0);
            if (n > 6) wall = wall.plusNanos(Args.integer(args, 6) * 1_000_000L);
            return PsDateTime.of(wall, kind);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Hour, Minute, and Second parameters describe an un-representable "
                    + "DateTime.");
        }
    }

    private static boolean isKind(Object v) {
        return v instanceof DateTimeKind
                || v instanceof String s && !s.isBlank() && !Character.isDigit(s.trim().charAt(0));
    }
}
