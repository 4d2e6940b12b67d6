package io.migsh.lang.interpreter;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import java.time.Duration;
import java.time.OffsetDateTime;
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
                if (args.size() >= 3) {
                    return OffsetDateTime.of(java.time.LocalDateTime.of(Args.integer(args, 0), Args.integer(args, 1),
                            Args.integer(args, 2), args.size() > 3 ? Args.integer(args, 3) : 0,
                            args.size() > 4 ? Args.integer(args, 4) : 0, args.size() > 5 ? Args.integer(args, 5) : 0),
                            Conversions.zone().getRules().getOffset(java.time.Instant.now()));
                }
                break;
            case "System.TimeSpan":
                if (args.size() == 1) return Duration.ofNanos(((Number) Conversions.convert(args.get(0), Long.class)).longValue() * 100);
                if (args.size() == 3) return Duration.ofHours(Args.integer(args, 0)).plusMinutes(Args.integer(args, 1))
                        .plusSeconds(Args.integer(args, 2));
                if (args.size() >= 4) return Duration.ofDays(Args.integer(args, 0)).plusHours(Args.integer(args, 1))
                        .plusMinutes(Args.integer(args, 2)).plusSeconds(Args.integer(args, 3))
                        .plusMillis(args.size() > 4 ? Args.integer(args, 4) : 0);
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
}
