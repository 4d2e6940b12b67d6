package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/** Start-Sleep: waits, waking every 50 ms so that Ctrl+C stops it at once. */
@CmdletInfo(verb = "Start", noun = "Sleep", aliases = "sleep", defaultParameterSet = "Seconds")
public class StartSleepCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, sets = "Seconds", valueFromPipeline = true,
            validateRange = {0, Integer.MAX_VALUE / 1000})
    Double seconds;
    @Parameter(mandatory = true, sets = "Milliseconds", aliases = "ms", validateRange = {0, Integer.MAX_VALUE})
    Integer milliseconds;

    @Override
    protected void process() {
        long total = seconds != null ? Math.round(seconds * 1000) : milliseconds;
        long until = System.nanoTime() + total * 1_000_000L;
        while (true) {
            context().throwIfStopping();
            long left = (until - System.nanoTime()) / 1_000_000L;
            if (left <= 0) return;
            try {
                Thread.sleep(Math.min(left, 50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                context().requestStop();
            }
        }
    }
}
