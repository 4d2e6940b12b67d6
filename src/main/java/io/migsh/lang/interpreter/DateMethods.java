package io.migsh.lang.interpreter;

import io.migsh.runtime.DotNetFormat;
import io.migsh.runtime.Conversions;
import io.migsh.runtime.LanguagePrimitives;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** System.DateTime and System.TimeSpan methods: AddDays and friends, Subtract, ToString(format), conversions. */
final class DateMethods {
    private DateMethods() {}

    static Object date(OffsetDateTime d, String n, List<Object> args) {
        switch (n) {
            case "adddays": return d.plusNanos(Math.round(Args.real(args, 0) * 86_400e9));
            case "addhours": return d.plusNanos(Math.round(Args.real(args, 0) * 3_600e9));
            case "addminutes": return d.plusNanos(Math.round(Args.real(args, 0) * 60e9));
            case "addseconds": return d.plusNanos(Math.round(Args.real(args, 0) * 1e9));
            case "addmilliseconds": return d.plusNanos(Math.round(Args.real(args, 0) * 1e6));
            case "addticks": return d.plusNanos(((Number) Conversions.convert(args.get(0), Long.class)).longValue() * 100);
            case "addmonths": return d.plusMonths(Args.integer(args, 0));
            case "addyears": return d.plusYears(Args.integer(args, 0));
            case "add": return d.plus(Conversions.toTimeSpan(args.get(0)));
            case "subtract":
                if (args.get(0) instanceof OffsetDateTime other) return Duration.between(other, d);
                return d.minus(Conversions.toTimeSpan(args.get(0)));
            case "touniversaltime": return d.withOffsetSameInstant(ZoneOffset.UTC);
            case "tolocaltime": return d.atZoneSameInstant(Conversions.zone()).toOffsetDateTime();
            case "toshortdatestring": return DotNetFormat.date(d, "d");
            case "tolongdatestring": return DotNetFormat.date(d, "D");
            case "toshorttimestring": return DotNetFormat.date(d, "t");
            case "tolongtimestring": return DotNetFormat.date(d, "T");
            case "tofiletime", "tofiletimeutc":
                return (d.toEpochSecond() + 11_644_473_600L) * 10_000_000L + d.getNano() / 100;
            case "isdaylightsavingtime": return false;
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
