package io.migsh.command;

import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of every cmdlet: fields annotated with {@link Parameter} are bound before {@link #begin()}; pipeline-bound
 * ones again before each {@link #process()}. Cmdlets write objects, never display text.
 */
public abstract class Cmdlet {
    private CmdletProcessor runtime;
    private List<AutoCloseable> resources;
    private boolean released;

    final void attach(CmdletProcessor processor) {
        this.runtime = processor;
    }

    protected void begin() {}

    protected void process() {}

    protected void end() {}

    /**
     * Releases what the cmdlet holds. Runs once after {@link #end()}, or when the pipeline fails or is stopped
     * before it gets there (an error in a later stage, Ctrl+C, Select-Object -First).
     */
    protected void dispose() {}

    /** Registers something to close when the pipeline ends or fails (a file being written); returns it. */
    protected final <T extends AutoCloseable> T closeAtEnd(T resource) {
        if (resources == null) resources = new ArrayList<>(1);
        resources.add(resource);
        return resource;
    }

    final void release() {
        if (released) return;
        released = true;
        try {
            dispose();
        } finally {
            if (resources != null) for (AutoCloseable r : resources) closeQuietly(r);
        }
    }

    private static void closeQuietly(AutoCloseable r) {
        try {
            r.close();
        } catch (Exception e) {
            // Closing after a failure: the failure that ended the pipeline is the one to report.
        }
    }

    protected final void writeObject(Object value) {
        runtime.emit(PsDateTime.adapt(value));
    }

    /** Writes each element of a collection (PowerShell's WriteObject(x, enumerateCollection: true)). */
    protected final void writeEnumerated(Object value) {
        for (Object item : LanguagePrimitives.enumerate(value)) runtime.emit(PsDateTime.adapt(item));
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
