package io.migsh.command;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import java.util.Locale;

/**
 * PowerShell's ShouldProcess: -WhatIf prints what would happen; -Confirm, or a ConfirmImpact at or above
 * $ConfirmPreference (High by default), asks first. "Yes to All" and "No to All" hold for the rest of the command.
 */
public final class ShouldProcessGate {
    private final ExecutionContext context;
    private final ParameterBinder binder;
    private final CommandMetadata command;
    private Boolean forAll;

    public ShouldProcessGate(ExecutionContext context, ParameterBinder binder, CommandMetadata command) {
        this.context = context;
        this.binder = binder;
        this.command = command;
    }

    /** True when the operation may go ahead; prints "What if: ..." or asks, as the binding asks for. */
    public boolean allow(String description) {
        if (whatIf()) {
            context.host().write("What if: " + description + "\n");
            return false;
        }
        if (!mustConfirm()) return true;
        if (forAll != null) return forAll;
        if (!context.host().isInteractive()) {
            throw new PsException("System.Management.Automation.Host.HostException",
                    "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                    "HostFunctionNotImplemented", ErrorCategory.NotImplemented, null);
        }
        context.host().write("\nConfirm\nAre you sure you want to perform this action?\n" + description + "\n");
        while (true) {
            String answer = context.host().readLine("[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  "
                    + "[?] Help (default is \"Y\"): ");
            String a = answer == null ? "n" : answer.trim().toLowerCase(Locale.ROOT);
            switch (a) {
                case "", "y" -> { return true; }
                case "a" -> { forAll = true; return true; }
                case "n" -> { return false; }
                case "l" -> { forAll = false; return false; }
                default -> context.host().write("Y - Continue with only the next step of the operation.\n"
                        + "A - Continue with all the steps of the operation.\n"
                        + "N - Skip this operation and proceed with the next operation.\n"
                        + "L - Skip this operation and all subsequent operations.\n"
                        + "S - Pause the current pipeline and return to the command prompt. Type \"exit\" to resume "
                        + "the pipeline.\n");
            }
        }
    }

    private boolean whatIf() {
        Object bound = binder.bound().get("WhatIf");
        if (bound != null) return (Boolean) bound;
        return LanguagePrimitives.toBool(context.variables().get("WhatIfPreference"));
    }

    private boolean mustConfirm() {
        Object bound = binder.bound().get("Confirm");
        if (bound != null) return (Boolean) bound;
        Object pref = context.variables().get("ConfirmPreference");
        ConfirmImpact threshold = ConfirmImpact.High;
        if (pref != null) {
            try {
                threshold = ConfirmImpact.valueOf(capitalized(LanguagePrimitives.toText(pref)));
            } catch (IllegalArgumentException e) {
                threshold = ConfirmImpact.High;
            }
        }
        return threshold != ConfirmImpact.None && command.confirmImpact().compareTo(threshold) >= 0
                && command.confirmImpact() != ConfirmImpact.None;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
