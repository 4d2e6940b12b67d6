package io.migsh.command;

import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.LanguagePrimitives;
import java.util.Map;

/**
 * Base of every cmdlet: fields annotated with {@link Parameter} are bound before {@link #begin()}; pipeline-bound
 * ones again before each {@link #process()}. Cmdlets write objects, never display text.
 */
public abstract class Cmdlet {
    private CmdletProcessor runtime;

    final void attach(CmdletProcessor processor) {
        this.runtime = processor;
    }

    protected void begin() {}

    protected void process() {}

    protected void end() {}

    protected final void writeObject(Object value) {
        runtime.emit(value);
    }

    /** Writes each element of a collection (PowerShell's WriteObject(x, enumerateCollection: true)). */
    protected final void writeEnumerated(Object value) {
        for (Object item : LanguagePrimitives.enumerate(value)) runtime.emit(item);
    }

    /** A non-terminating error: reported according to -ErrorAction, and the cmdlet goes on. */
    protected final void writeError(ErrorRecord record) {
        runtime.error(record);
    }

    protected final void writeWarning(String text) {
        runtime.warning(text);
    }

    protected final void writeVerbose(String text) {
        runtime.verbose(text);
    }

    /**
     * Shows or updates a progress bar (a no-op where output is redirected, or when $ProgressPreference is
     * SilentlyContinue or Ignore); {@code percent} below 0 means unknown, {@code completed} removes the bar.
     */
    protected final void writeProgress(int id, String activity, String status, int percent, boolean completed) {
        Object preference = context().variables().get("ProgressPreference");
        String p = preference == null ? "" : preference.toString();
        if (p.equalsIgnoreCase("SilentlyContinue") || p.equalsIgnoreCase("Ignore")) return;
        context().host().progress(id, activity, status, percent, completed);
    }

    /** -WhatIf / -Confirm: true when the change should go ahead. {@code description} is what would be done. */
    protected final boolean shouldProcess(String description) {
        return runtime.shouldProcess(description);
    }

    /** The PowerShell wording: Performing the operation "action" on target "target". */
    protected final boolean shouldProcess(String target, String action) {
        return shouldProcess("Performing the operation \"" + action + "\" on target \"" + target + "\".");
    }

    protected final ExecutionContext context() {
        return runtime.context();
    }

    /** True when the user gave this parameter (PowerShell's $PSBoundParameters.ContainsKey). */
    protected final boolean isBound(String parameterName) {
        return runtime.binder().isBound(parameterName);
    }

    protected final Map<String, Object> boundParameters() {
        return runtime.binder().bound();
    }

    protected final String parameterSetName() {
        return runtime.parameterSet();
    }

    /** The name the command was called by. */
    protected final String commandName() {
        return runtime.definition().name();
    }
}
