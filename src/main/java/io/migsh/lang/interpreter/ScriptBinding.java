package io.migsh.lang.interpreter;

import io.migsh.command.CommandArgument;
import io.migsh.command.ParameterBinder;
import io.migsh.command.ParameterMetadata;
import io.migsh.command.ShouldProcessGate;
import io.migsh.runtime.ActionPreference;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Binds a script's or function's arguments with the shared {@link ParameterBinder} and turns the result into
 * variables: parameters, $args, $PSBoundParameters, and for advanced functions the preference variables the common
 * parameters set (-ErrorAction Stop makes $ErrorActionPreference Stop inside the function).
 */
final class ScriptBinding {
    private final Session session;
    private final FunctionMetadata meta;
    private final Scope scope;
    private final SourcePosition at;
    private final String name;
    private final ParameterBinder binder;
    private ShouldProcessGate gate;
    private String parameterSet;
    private boolean setDecided;
    private List<Object> outVariable;

    ScriptBinding(Session session, FunctionMetadata meta, Scope scope, SourcePosition at, String name) {
        this.session = session;
        this.meta = meta;
        this.scope = scope;
        this.at = at;
        this.name = name;
        this.binder = new ParameterBinder(meta.command());
    }

    String parameterSet() {
        return parameterSet;
    }

    void bind(List<CommandArgument> arguments, boolean expectingInput) {
        List<Object> extra = new ArrayList<>();
        List<CommandArgument> forBinder = meta.advanced() ? arguments : split(arguments, extra);
        try {
            binder.bindArguments(forBinder);
            if (!expectingInput || binder.candidateSets().size() <= 1) decideSet(expectingInput);
        } catch (PsException e) {
            throw new PsException(transformation(e.record()).withCommand(name).withPosition(at));
        }
        scope.set("args", extra);
        for (FunctionMetadata.Param p : meta.parameters()) define(p, true);
        if (meta.advanced()) {
            commonParameters();
            scope.set("PSCmdlet", new ScriptCmdlet(this, session));
        }
        scope.set("PSBoundParameters", boundTable());
    }

    /**
     * A script parameter's type is an argument transformation in PowerShell, so a value that does not convert
     * fails with "Cannot process argument transformation on parameter 'X'." rather than a cmdlet's "Cannot bind".
     */
    private static ErrorRecord transformation(ErrorRecord r) {
        String prefix = "Cannot bind parameter '";
        if (!"CannotConvertArgumentNoMessage".equals(r.errorId()) || !r.message().startsWith(prefix)) return r;
        int end = r.message().indexOf("'. ", prefix.length());
        if (end < 0) return r;
        String parameter = r.message().substring(prefix.length(), end);
        String message = "Cannot process argument transformation on parameter '" + parameter + "'. "
                + r.message().substring(end + 3);
        return new ErrorRecord("System.Management.Automation.ParameterBindingArgumentTransformationException", message,
                "ParameterArgumentTransformationError", ErrorCategory.InvalidData, r.targetObject(), r.commandName(),
                r.position(), r.cause());
    }

    /**
     * A simple function: arguments matching no parameter, and positionals beyond its parameters, go to $args, in
     * the order they were written.
     */
    private List<CommandArgument> split(List<CommandArgument> args, List<Object> extra) {
        List<CommandArgument> named = new ArrayList<>();
        List<Integer> positionals = new ArrayList<>();
        java.util.TreeMap<Integer, List<Object>> unbound = new java.util.TreeMap<>();
        Set<String> boundByName = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            CommandArgument a = args.get(i);
            if (a instanceof CommandArgument.Positional) {
                positionals.add(i);
                continue;
            }
            CommandArgument.Named n = (CommandArgument.Named) a;
            ParameterMetadata p = meta.match(n.name());
            if (p == null) {
                List<Object> items = new ArrayList<>();
                items.add("-" + n.name() + (n.hasValue() ? ":" : ""));
                if (n.hasValue()) items.add(n.value());
                unbound.put(i, items);
                continue;
            }
            named.add(n);
            boundByName.add(p.name());
            if (!p.isSwitch() && !n.hasValue() && i + 1 < args.size() && args.get(i + 1) instanceof CommandArgument.Positional) {
                named.add(args.get(++i));
            }
        }
        long slots = meta.parameters().stream()
                .filter(p -> p.meta().position() >= 0 && !boundByName.contains(p.name())).count();
        List<CommandArgument> out = new ArrayList<>(named);
        for (int k = 0; k < positionals.size(); k++) {
            CommandArgument.Positional p = (CommandArgument.Positional) args.get(positionals.get(k));
            if (k < slots) out.add(p);
            else unbound.put(positionals.get(k), List.of(p.value()));
        }
        for (List<Object> items : unbound.values()) extra.addAll(items);
        return out;
    }

    private void decideSet(boolean expectingInput) {
        parameterSet = binder.resolveParameterSet(at);
        setDecided = true;
        List<ParameterMetadata> missing = binder.missingMandatory(parameterSet, expectingInput);
        if (missing.isEmpty()) return;
        var host = session.context().host();
        if (!host.isInteractive()) throw ParameterBinder.missingMandatoryError(missing, at);
        host.write("\ncmdlet " + name + " at command pipeline position 1\nSupply values for the following parameters:\n");
        for (ParameterMetadata p : missing) {
            String answer = host.readLine(p.name() + ": ");
            if (answer == null || answer.isEmpty()) throw ParameterBinder.missingMandatoryError(List.of(p), at);
            binder.bindPrompted(p, p.takesMany() ? List.of(answer) : answer);
        }
    }

    /** Binds one pipeline object; false when no parameter takes it. */
    boolean bindInput(Object item) {
        List<String> sets = setDecided ? List.of(parameterSet) : new ArrayList<>(binder.candidateSets());
        for (String set : sets) {
            if (binder.bindPipelineInput(item, set)) {
                if (!setDecided) {
                    parameterSet = set;
                    setDecided = true;
                }
                List<ParameterMetadata> missing = binder.missingMandatory(parameterSet, false);
                if (!missing.isEmpty()) throw ParameterBinder.missingMandatoryError(missing, at);
                for (FunctionMetadata.Param p : meta.parameters()) {
                    if (p.meta().fromPipeline() || p.meta().fromPipelineByPropertyName()) define(p, false);
                }
                scope.set("PSBoundParameters", boundTable());
                return true;
            }
        }
        return false;
    }

    private void define(FunctionMetadata.Param p, boolean first) {
        Object v;
        if (binder.bound().containsKey(p.name())) {
            v = binder.bound().get(p.name());
            if (v instanceof Object[] array) v = new ArrayList<>(Arrays.asList(array));
            if (!p.validators().isEmpty()) Validators.check(session, p, v, name, at);
        } else if (!first) {
            return;
        } else if (p.defaultValue() != null) {
            v = session.evaluator.eval(p.defaultValue());
        } else if (p.isSwitch()) {
            v = Boolean.FALSE;
        } else if (p.type() != null && p.type().kind() == TypeInfo.Kind.PLAIN) {
            v = Casts.convert(null, p.type());
        } else {
            v = null;
        }
        Variable var = new Variable(p.name(), null, false);
        scope.define(var);
        var.value(p.type() != null && v != null ? Casts.convert(v, p.type()) : v);
        if (p.type() != null && !p.isSwitch()) var.constrain(p.type());
    }

    private void commonParameters() {
        var bound = binder.bound();
        if (bound.get("ErrorAction") instanceof ActionPreference a) scope.set("ErrorActionPreference", a);
        if (bound.get("WarningAction") instanceof ActionPreference a) scope.set("WarningPreference", a);
        if (Boolean.TRUE.equals(bound.get("Verbose"))) scope.set("VerbosePreference", ActionPreference.Continue);
        if (Boolean.TRUE.equals(bound.get("Debug"))) scope.set("DebugPreference", ActionPreference.Continue);
        if (bound.containsKey("WhatIf")) scope.set("WhatIfPreference", bound.get("WhatIf"));
        if (bound.containsKey("Confirm")) {
            scope.set("ConfirmPreference", Boolean.TRUE.equals(bound.get("Confirm"))
                    ? io.migsh.command.ConfirmImpact.Low : io.migsh.command.ConfirmImpact.None);
        }
        if (bound.get("OutVariable") != null) outVariable = new ArrayList<>();
    }

    /** Wraps the output so that -OutVariable sees it too. */
    Consumer<Object> outVariable(Consumer<Object> down) {
        return item -> {
            if (outVariable != null) outVariable.add(item);
            down.accept(item);
        };
    }

    void finish() {
        Object ov = binder.bound().get("OutVariable");
        if (ov != null && outVariable != null) session.scopes().write(null, String.valueOf(ov), outVariable);
    }

    private PsHashtable boundTable() {
        PsHashtable t = new PsHashtable();
        t.putAll(binder.bound());
        return t;
    }

    /** $PSCmdlet.ShouldProcess: the same -WhatIf / -Confirm gate as a cmdlet's, over this function's binding. */
    boolean shouldProcess(String description) {
        if (gate == null) gate = new ShouldProcessGate(session.context(), binder, meta.command());
        return gate.allow(description);
    }

    String commandName() {
        return name;
    }
}
