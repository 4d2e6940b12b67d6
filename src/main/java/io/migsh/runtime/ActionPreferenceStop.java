package io.migsh.runtime;

/**
 * The cause attached to an error that -ErrorAction Stop or $ErrorActionPreference = 'Stop' turned terminating. In
 * PowerShell such an error travels as an ActionPreferenceStopException around the original record: a catch for
 * either type handles it, while $_ and $_.Exception.Message stay the original error's.
 */
public final class ActionPreferenceStop extends RuntimeException {
    public static final String TYPE = "System.Management.Automation.ActionPreferenceStopException";

    ActionPreferenceStop(Throwable original) {
        super("ActionPreferenceStop", original, false, false);
    }
}
