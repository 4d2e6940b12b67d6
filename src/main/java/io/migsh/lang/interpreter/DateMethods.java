package io.migsh.lang.interpreter;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.DateTimeKind;
import io.migsh.runtime.DotNetFormat;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsDateTime;
import java.time.Duration;
import java.util.List;

/** System.DateTime and System.TimeSpan methods: AddDays and friends, Subtract, ToString(format), conversions. */
final class DateMethods {
    private DateMethods() {}

    static Object date(PsDateTime d, String n, List<Object> args) {
        switch (n) {
            case "adddays": return d.plus(Duration.ofNanos(Math.round(Args.real(args, 0) * 86_400e9)));
            case "addhours": return d.plus(Duration.ofNanos(Math.round(Args.real(args, 0) * 3_600e9)));
            case "addminutes": return d.plus(Duration.ofNanos(Math.round(Args.real(args, 0) * 60e9)));
            case "addseconds": return d.plus(Duration.ofNanos(Math.round(Args.real(args, 0) * 1e9)));
            case "addmilliseconds": return d.plus(Duration.ofNanos(Math.round(Args.real(args, 0) * 1e6)));
            case "addticks":
                return d.plus(Duration.ofNanos(((Number) Conversions.convert(args.get(0), Long.class)).longValue() * 100));
            case "addmonths": return d.withWall(d.wall().plusMonths(Args.integer(args, 0)));
            case "addyears": return d.withWall(d.wall().plusYears(Args.integer(args, 0)));
            case "add": return d.plus(Conversions.toTimeSpan(args.get(0)));
            case "subtract":
                if (PsDateTime.adapt(args.get(0)) instanceof PsDateTime other) return d.minus(other);
                return d.minus(Conversions.toTimeSpan(args.get(0)));
            case "touniversaltime": return d.toUniversalTime();
            case "tolocaltime": return d.toLocalTime();
            case "toshortdatestring": return DotNetFormat.date(d, "d");
            case "tolongdatestring": return DotNetFormat.date(d, "D");
            case "toshorttimestring": return DotNetFormat.date(d, "t");
            case "tolongtimestring": return DotNetFormat.date(d, "T");
            case "tofiletime", "tofiletimeutc": {
                // ToFileTimeUtc reads an Unspecified time as universal, ToFileTime as local (.NET)
                PsDateTime u = n.equals("tofiletimeutc") && d.kind() != DateTimeKind.Local
                        ? d.withKind(DateTimeKind.Utc) : d.toUniversalTime();
                return u.ticks() - PsDateTime.FILE_TIME_EPOCH_TICKS;
            }
            case "isdaylightsavingtime":
                return d.kind() != DateTimeKind.Utc && Conversions.zone().getRules().isDaylightSavings(d.instant());
            default: return Methods.NOT_FOUND;
        }
    }

    static Object timeSpan(Duration d, String n, List<Object> args) {
        switch (n) {
            case "add": return d.plus(Conversions.toTimeSpan(args.get(0)));
            case "subtract": return d.minus(Conversions.toTimeSpan(args.get(0)));
            case "negate": return d.negated();
            case "duration": return d.abs();
            case "tostring":
                return args.isEmpty() ? LanguagePrimitives.timeSpanText(d) : TimeSpanFormat.timeSpan(d, Args.text(args, 0));
            default: return Methods.NOT_FOUND;
        }
    }
}
