package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.TimeSpans;
import java.time.Duration;

/** New-TimeSpan: the time from -Start to -End (each now unless given), or one made of days, hours, minutes, seconds. */
@CmdletInfo(verb = "New", noun = "TimeSpan", defaultParameterSet = "Date")
public class NewTimeSpanCommand extends Cmdlet {
    @Parameter(position = 0, sets = "Date", valueFromPipelineByPropertyName = true, aliases = "LastWriteTime")
    PsDateTime start;
    @Parameter(position = 1, sets = "Date", valueFromPipelineByPropertyName = true)
    PsDateTime end;
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
            PsDateTime now = PsDateTime.now(context().clock());
            writeObject((end != null ? end : now).minus(start != null ? start : now));
            return;
        }
        writeObject(TimeSpans.checked(Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds)
                .plusMillis(milliseconds)));
    }
}
