package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.DotNetFormat;
import io.migsh.runtime.PsDateTime;

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
    @Parameter Integer year;
    @Parameter Integer month;
    @Parameter Integer day;
    @Parameter Integer hour;
    @Parameter Integer minute;
    @Parameter Integer second;

    @Override
    protected void process() {
        PsDateTime d = date != null ? date : PsDateTime.now(context().clock());
        java.time.LocalDateTime w = d.wall();
        if (year != null) w = w.withYear(year);
        if (month != null) w = w.withMonth(month);
        if (day != null) w = w.withDayOfMonth(day);
        if (hour != null) w = w.withHour(hour);
        if (minute != null) w = w.withMinute(minute);
        if (second != null) w = w.withSecond(second);
        if (!w.equals(d.wall())) d = d.withWall(w);
        if (asUTC) d = d.toUniversalTime();
        writeObject(format == null ? d : DotNetFormat.date(d, format));
    }
}
