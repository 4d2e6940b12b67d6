package io.migsh.command;

import io.migsh.runtime.ActionPreference;
import io.migsh.runtime.Conversions;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.SourcePosition;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one cmdlet in a pipeline: binds its arguments, asks for missing mandatory values, feeds it pipeline input,
 * and applies the common parameters (-ErrorAction, -WhatIf, -Confirm, -Verbose, -OutVariable, ...).
 */
final class CmdletProcessor implements CommandProcessor {
    private final CmdletDefinition definition;
    private final List<CommandArgument> arguments;
    private final ExecutionContext context;
    private final SourcePosition at;
    private final ParameterBinder binder;
    private final Map<String, Object> defaults = new HashMap<>();
    private final ShouldProcessGate gate;
    private final List<Object> outVariable = new ArrayList<>();
    private final Map<String, List<Object>> streamVariables = new HashMap<>();
    private Cmdlet cmdlet;
    private Consumer<Object> downstream;
    private String parameterSet;
    private boolean setDecided;

    CmdletProcessor(CmdletDefinition definition, List<CommandArgument> arguments, ExecutionContext context,
            SourcePosition at) {
        this.definition = definition;
        this.arguments = arguments;
        this.context = context;
        this.at = at == null ? SourcePosition.NONE : at;
        this.binder = new ParameterBinder(definition.metadata());
        this.gate = new ShouldProcessGate(context, binder, definition.metadata());
    }

    @Override
    public void begin(Consumer<Object> downstream, boolean expectingInput) {
        this.downstream = downstream;
        guarded(() -> {
            cmdlet = definition.newInstance();
            cmdlet.attach(this);
            rememberDefaults();
            binder.bindArguments(arguments);
            List<String> sets = new ArrayList<>(binder.candidateSets());
            if (!expectingInput || sets.size() <= 1) decideSet(expectingInput);
            apply();
            cmdlet.begin();
        });
    }

    @Override
    public void process(Object input) {
        guarded(() -> {
            if (!bindInput(input)) {
                error(ParameterBinder.inputNotBound(input));
                return;
            }
            cmdlet.process();
        });
    }

    @Override
    public void processWithoutInput() {
        guarded(() -> cmdlet.process());
    }

    @Override
    public void end() {
        guarded(() -> {
            cmdlet.end();
            String ov = (String) binder.bound().get("OutVariable");
            if (ov != null) setVariable(ov, new ArrayList<>(outVariable));
        });
    }

    private boolean bindInput(Object input) {
        List<String> sets = setDecided ? List.of(parameterSet) : orderedCandidates();
        for (String set : sets) {
            if (binder.bindPipelineInput(input, set)) {
                if (!setDecided) {
                    parameterSet = set;
                    setDecided = true;
                }
                List<ParameterMetadata> missing = binder.missingMandatory(parameterSet, false);
                if (!missing.isEmpty()) throw ParameterBinder.missingMandatoryError(missing, at);
                apply();
                return true;
            }
        }
        return false;
    }

    private List<String> orderedCandidates() {
        List<String> sets = new ArrayList<>(binder.candidateSets());
        String preferred = definition.metadata().defaultParameterSet();
        if (sets.remove(preferred)) sets.add(0, preferred);
        return sets;
    }

    private void decideSet(boolean expectingInput) {
        parameterSet = binder.resolveParameterSet(at);
        setDecided = true;
        List<ParameterMetadata> missing = binder.missingMandatory(parameterSet, expectingInput);
        if (missing.isEmpty()) return;
        if (!context.host().isInteractive()) throw ParameterBinder.missingMandatoryError(missing, at);
        context.host().write("\ncmdlet " + definition.name() + " at command pipeline position 1\n"
                + "Supply values for the following parameters:\n");
        for (ParameterMetadata p : missing) {
            String answer = context.host().readLine(p.name() + ": ");
            if (answer == null || answer.isEmpty()) throw ParameterBinder.missingMandatoryError(List.of(p), at);
            binder.bindPrompted(p, p.takesMany() ? List.of(answer) : answer);
        }
    }

    private void rememberDefaults() {
        for (ParameterMetadata p : definition.metadata().ownParameters()) {
            defaults.put(p.name(), read(definition.field(p.name())));
        }
    }

    /** Copies bound values into the cmdlet's fields; parameters no longer bound get their declared default back. */
    private void apply() {
        for (ParameterMetadata p : definition.metadata().ownParameters()) {
            Field f = definition.field(p.name());
            Object value = binder.bound().containsKey(p.name()) ? binder.bound().get(p.name()) : defaults.get(p.name());
            try {
                if (f.getType().isPrimitive() && value == null) continue;
                f.set(cmdlet, f.getType().isPrimitive() || f.getType().isInstance(value) || value == null
                        ? value : Conversions.convert(value, f.getType()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Object read(Field f) {
        try {
            return f.get(cmdlet);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a step of the cmdlet; terminating errors get the command's name and position, as PowerShell shows. */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (PsException e) {
            ErrorRecord r = e.record();
            if (r.commandName() != null && r.position().isKnown()) throw e;
            PsException located = new PsException(r.withCommand(definition.name()).withPosition(at));
            located.setStackTrace(e.getStackTrace());
            throw located;
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("io.migsh.lang")) throw e; // flow control (break, exit, ...)
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new PsException(new ErrorRecord("System.Exception", message, e.getClass().getSimpleName(),
                    ErrorCategory.NotSpecified, null, definition.name(), at, e));
        }
    }

    void emit(Object value) {
        context.throwIfStopping();
        if (binder.isBound("OutVariable")) outVariable.add(value);
        downstream.accept(value);
    }

    void error(ErrorRecord raw) {
        ErrorRecord record = raw.withCommand(definition.name()).withPosition(at);
        ActionPreference action = preference("ErrorAction", "ErrorActionPreference");
        String ev = (String) binder.bound().get("ErrorVariable");
        if (ev != null && action != ActionPreference.Ignore) appendVariable(ev, record);
        switch (action) {
            case Stop -> throw new PsException(record);
            case Ignore -> { }
            case SilentlyContinue -> context.recordError(record);
            default -> {
                context.recordError(record);
                context.errorSink().accept(record);
            }
        }
    }

    void warning(String text) {
        ActionPreference action = preference("WarningAction", "WarningPreference");
        String wv = (String) binder.bound().get("WarningVariable");
        if (wv != null) appendVariable(wv, text);
        if (action == ActionPreference.Stop) {
            throw new PsException("System.Management.Automation.ActionPreferenceStopException",
                    "The running command stopped because the preference variable \"WarningPreference\" or common "
                            + "parameter is set to Stop: " + text, "ActionPreferenceStop",
                    ErrorCategory.OperationStopped, null);
        }
        if (action == ActionPreference.Continue || action == ActionPreference.Inquire) {
            context.host().writeWarningLine(text);
        }
    }

    void verbose(String text) {
        Object flag = binder.bound().get("Verbose");
        boolean show = flag != null ? (Boolean) flag
                : preferenceValue("VerbosePreference", ActionPreference.SilentlyContinue) == ActionPreference.Continue;
        if (show) context.host().writeVerboseLine(text);
    }

    boolean shouldProcess(String description) {
        return gate.allow(description);
    }

    private ActionPreference preference(String parameter, String variable) {
        Object bound = binder.bound().get(parameter);
        if (bound != null) return (ActionPreference) bound;
        return preferenceValue(variable, ActionPreference.Continue);
    }

    private ActionPreference preferenceValue(String variable, ActionPreference fallback) {
        Object v = context.variables().get(variable);
        if (v == null) return fallback;
        try {
            return (ActionPreference) Conversions.convert(v, ActionPreference.class);
        } catch (PsException e) {
            return fallback;
        }
    }

    /** -ErrorVariable name starts the variable afresh; -ErrorVariable +name appends to what it holds. */
    private void appendVariable(String spec, Object value) {
        String name = spec.startsWith("+") ? spec.substring(1) : spec;
        List<Object> list = streamVariables.computeIfAbsent(name, n -> {
            List<Object> start = new ArrayList<>();
            Object current = context.variables().get(n);
            if (spec.startsWith("+") && current != null) start.addAll(LanguagePrimitives.enumerate(current));
            return start;
        });
        list.add(value);
        context.variables().set(name, list);
    }

    private void setVariable(String spec, List<Object> values) {
        String name = spec.startsWith("+") ? spec.substring(1) : spec;
        if (spec.startsWith("+") && context.variables().get(name) != null) {
            List<Object> all = new ArrayList<>(LanguagePrimitives.enumerate(context.variables().get(name)));
            all.addAll(values);
            values = all;
        }
        context.variables().set(name, values);
    }

    ExecutionContext context() {
        return context;
    }

    ParameterBinder binder() {
        return binder;
    }

    String parameterSet() {
        return parameterSet;
    }

    CmdletDefinition definition() {
        return definition;
    }
}
