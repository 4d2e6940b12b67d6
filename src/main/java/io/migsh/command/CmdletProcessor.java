package io.migsh.command;

import io.migsh.runtime.ActionPreference;
import io.migsh.runtime.Conversions;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.SourcePosition;
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
    private Object[] defaults;
    /** Fields the previous pipeline object was bound to: they get their declared default back before the next. */
    private final List<ParameterField> pipelineFields = new ArrayList<>(2);
    private final ShouldProcessGate gate;
    private final List<Object> outVariable = new ArrayList<>();
    private final Map<String, List<Object>> streamVariables = new HashMap<>();
    private Cmdlet cmdlet;
    private Consumer<Object> downstream;
    private String parameterSet;
    private boolean setDecided;
    private RuntimeException downstreamFailure;
    private boolean collectOutput;

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
            collectOutput = binder.isBound("OutVariable");
            List<String> sets = new ArrayList<>(binder.candidateSets());
            if (!expectingInput || sets.size() <= 1) decideSet(expectingInput);
            applyAll();
            cmdlet.begin();
        });
    }

    @Override
    public void process(Object input) {
        // The same guard as guarded(), written out: this runs once per pipeline object.
        try {
            if (bindInput(input)) cmdlet.process();
            else error(ParameterBinder.inputNotBound(input));
        } catch (RuntimeException e) {
            throw failed(e);
        } catch (Error e) {
            dispose();
            throw e;
        }
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
        dispose();
    }

    /** Lets the cmdlet release what it holds (open files); runs once, whether the pipeline ended or failed. */
    @Override
    public void dispose() {
        if (cmdlet != null) cmdlet.release();
    }

    private boolean bindInput(Object input) {
        if (setDecided) return bindInput(input, parameterSet);
        for (String set : orderedCandidates()) {
            if (bindInput(input, set)) {
                parameterSet = set;
                setDecided = true;
                return true;
            }
        }
        return false;
    }

    private boolean bindInput(Object input, String set) {
        if (!binder.bindPipelineInput(input, set)) return false;
        List<ParameterMetadata> missing = binder.missingMandatory(set, false);
        if (!missing.isEmpty()) throw ParameterBinder.missingMandatoryError(missing, at);
        applyPipeline();
        return true;
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
        List<ParameterField> fields = definition.fields();
        defaults = new Object[fields.size()];
        for (ParameterField f : fields) defaults[f.index()] = f.read(cmdlet);
    }

    /** Copies every bound value into the cmdlet's fields, before begin. */
    private void applyAll() {
        for (ParameterField f : definition.fields()) {
            String name = f.parameter().name();
            Map<String, Object> bound = binder.bound();
            f.write(cmdlet, bound.containsKey(name) ? bound.get(name) : defaults[f.index()]);
        }
    }

    /** Per pipeline object only the fields it binds change; those the previous object bound get their default. */
    private void applyPipeline() {
        List<ParameterMetadata> now = binder.boundFromPipeline();
        for (int i = 0; i < pipelineFields.size(); i++) {
            ParameterField f = pipelineFields.get(i);
            if (!ParameterBinder.containsSame(now, f.parameter())) f.write(cmdlet, defaults[f.index()]);
        }
        pipelineFields.clear();
        for (int i = 0; i < now.size(); i++) {
            ParameterMetadata p = now.get(i);
            ParameterField f = definition.field(p);
            if (f == null) continue;
            f.write(cmdlet, binder.bound().get(p.name()));
            pipelineFields.add(f);
        }
    }

    /** Runs a step of the cmdlet; terminating errors get the command's name and position, as PowerShell shows. */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            throw failed(e);
        } catch (Error e) {
            dispose();
            throw e;
        }
    }

    /** The pipeline is over for this stage: release it; an error of a later stage keeps that stage's name. */
    private RuntimeException failed(RuntimeException e) {
        dispose();
        return e == downstreamFailure ? e : located(e);
    }

    /** A terminating error with this command's name and position, as PowerShell shows it. */
    private RuntimeException located(RuntimeException e) {
        if (e instanceof PsException pe) {
            ErrorRecord r = pe.record();
            if (r.commandName() != null && r.position().isKnown()) return e;
            PsException located = new PsException(r.withCommand(definition.name()).withPosition(at));
            located.setStackTrace(e.getStackTrace());
            return located;
        }
        if (e.getClass().getName().startsWith("io.migsh.lang")) return e; // flow control (break, exit, ...)
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new PsException(new ErrorRecord("System.Exception", message, e.getClass().getSimpleName(),
                ErrorCategory.NotSpecified, null, definition.name(), at, e));
    }

    void emit(Object value) {
        context.throwIfStopping();
        if (collectOutput) outVariable.add(value);
        try {
            downstream.accept(value);
        } catch (RuntimeException e) {
            downstreamFailure = e;
            throw e;
        }
    }

    void error(ErrorRecord raw) {
        ErrorRecord record = raw.withCommand(definition.name()).withPosition(at);
        ActionPreference action = preference("ErrorAction", "ErrorActionPreference");
        String ev = (String) binder.bound().get("ErrorVariable");
        if (ev != null && action != ActionPreference.Ignore) appendVariable(ev, record);
        switch (action) {
            case Stop -> throw new PsException(record.stoppedByPreference());
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
