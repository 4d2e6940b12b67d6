package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import java.time.Duration;
import java.time.OffsetDateTime;

/** New-TimeSpan: the time from -Start to -End (each now unless given), or one made of days, hours, minutes, seconds. */
@CmdletInfo(verb = "New", noun = "TimeSpan", defaultParameterSet = "Date")
public class NewTimeSpanCommand extends Cmdlet {
    @Parameter(position = 0, sets = "Date", valueFromPipelineByPropertyName = true, aliases = "LastWriteTime")
    OffsetDateTime start;
    @Parameter(position = 1, sets = "Date", valueFromPipelineByPropertyName = true)
    OffsetDateTime end;
    @Parameter(sets = "Time")
    int days;
    @Parameter(sets = "Time")
    int hours;
    @Parameter(sets = "Time")
    int minutes;
    @Parameter(sets = "Time")
    int seconds;
    @Parameter(sets = "Time")
    int milliseconds;

    @Override
    protected void process() {
        if (start != null || end != null || (days | hours | minutes | seconds | milliseconds) == 0) {
            OffsetDateTime now = OffsetDateTime.now(context().clock());
            writeObject(Duration.between(start != null ? start : now, end != null ? end : now));
            return;
        }
        writeObject(Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds)
                .plusMillis(milliseconds));
    }
}
