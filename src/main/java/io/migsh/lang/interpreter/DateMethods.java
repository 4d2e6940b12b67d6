package io.migsh.lang.interpreter;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.DateTimeKind;
import io.migsh.runtime.DotNetFormat;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.TimeSpans;
import java.time.Duration;
import java.util.List;

/** System.DateTime and System.TimeSpan methods: AddDays and friends, Subtract, ToString(format), conversions. */
final class DateMethods {
    private DateMethods() {}

    static Object date(PsDateTime d, String n, List<Object> args) {
        switch (n) {
            case "adddays": return d.plusUnits(Args.real(args, 0), TimeSpans.TICKS_PER_DAY);
            case "addhours": return d.plusUnits(Args.real(args, 0), TimeSpans.TICKS_PER_HOUR);
            case "addminutes": return d.plusUnits(Args.real(args, 0), TimeSpans.TICKS_PER_MINUTE);
            case "addseconds": return d.plusUnits(Args.real(args, 0), TimeSpans.TICKS_PER_SECOND);
            case "addmilliseconds": return d.plusUnits(Args.real(args, 0), TimeSpans.TICKS_PER_MILLISECOND);
            case "addticks": return d.plusTicks(((Number) Conversions.convert(args.get(0), Long.class)).longValue());
            case "addmonths": return d.plusMonths(Args.integer(args, 0));
            case "addyears": return d.plusYears(Args.integer(args, 0));
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
            case "add": return TimeSpans.plus(d, Conversions.toTimeSpan(args.get(0)));
            case "subtract": return TimeSpans.minus(d, Conversions.toTimeSpan(args.get(0)));
            case "negate": return TimeSpans.negate(d);
            case "duration": return TimeSpans.abs(d);
            case "tostring":
                return args.isEmpty() ? LanguagePrimitives.timeSpanText(d) : TimeSpanFormat.timeSpan(d, Args.text(args, 0));
            default: return Methods.NOT_FOUND;
        }
    }
}
