package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.Conversions;
import io.migsh.runtime.DotNetFormat;
import java.time.OffsetDateTime;

/** Get-Date: the current date and time from the session clock, or a given one, optionally formatted. */
@CmdletInfo(verb = "Get", noun = "Date")
public class GetDateCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true, aliases = "LastWriteTime")
    OffsetDateTime date;
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
        OffsetDateTime d = date != null ? date
                : OffsetDateTime.now(context().clock()).atZoneSameInstant(Conversions.zone()).toOffsetDateTime();
        if (year != null) d = d.withYear(year);
        if (month != null) d = d.withMonth(month);
        if (day != null) d = d.withDayOfMonth(day);
        if (hour != null) d = d.withHour(hour);
        if (minute != null) d = d.withMinute(minute);
        if (second != null) d = d.withSecond(second);
        if (asUTC) d = d.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        writeObject(format == null ? d : DotNetFormat.date(d, format));
    }
}
