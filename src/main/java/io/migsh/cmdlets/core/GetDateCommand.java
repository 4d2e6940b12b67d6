package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.DotNetFormat;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.TimeSpans;
import java.time.LocalDateTime;

/**
 * Get-Date: the current local time from the session clock (Kind Local, as PowerShell's), or a given date with its
 * kind, optionally changed in parts, converted to UTC or formatted.
 */
@CmdletInfo(verb = "Get", noun = "Date")
public class GetDateCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true, aliases = "LastWriteTime")
    PsDateTime date;
    @Parameter
    String format;
    @Parameter
    boolean asUTC;
    @Parameter(validateRange = {1, 9999}) Integer year;
    @Parameter(validateRange = {1, 12}) Integer month;
    @Parameter(validateRange = {1, 31}) Integer day;
    @Parameter(validateRange = {0, 23}) Integer hour;
    @Parameter(validateRange = {0, 59}) Integer minute;
    @Parameter(validateRange = {0, 59}) Integer second;
    @Parameter(validateRange = {0, 999}) Integer millisecond;

    @Override
    protected void process() {
        PsDateTime d = date != null ? date : PsDateTime.now(context().clock());
        // each part moves the date by the difference, as PowerShell's Get-Date does: -Day 31 in a 30-day month
        // runs into the next month rather than failing
        LocalDateTime w = d.wall();
        if (year != null) d = d.plusYears(year - w.getYear());
        if (month != null) d = d.plusMonths(month - d.wall().getMonthValue());
        if (day != null) d = d.plusUnits(day - d.wall().getDayOfMonth(), TimeSpans.TICKS_PER_DAY);
        if (hour != null) d = d.plusUnits(hour - d.wall().getHour(), TimeSpans.TICKS_PER_HOUR);
        if (minute != null) d = d.plusUnits(minute - d.wall().getMinute(), TimeSpans.TICKS_PER_MINUTE);
        if (second != null) d = d.plusUnits(second - d.wall().getSecond(), TimeSpans.TICKS_PER_SECOND);
        if (millisecond != null) {
            d = d.plusUnits(millisecond - d.wall().getNano() / 1_000_000, TimeSpans.TICKS_PER_MILLISECOND);
        }
        if (asUTC) d = d.toUniversalTime();
        writeObject(format == null ? d : DotNetFormat.date(d, format));
    }
}
