package io.migsh.lang.interpreter;

import io.migsh.command.CommandMetadata;
import io.migsh.command.CommonParameters;
import io.migsh.command.ConfirmImpact;
import io.migsh.command.ParameterMetadata;
import io.migsh.lang.ast.AttributeAst;
import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.ParamBlock;
import io.migsh.lang.ast.ParameterAst;
import io.migsh.lang.ast.ScriptBlockAst;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.ScriptBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A param() block compiled into the same {@link CommandMetadata} cmdlets have, so the shared binder binds functions
 * and reports the same errors. [CmdletBinding()] or any [Parameter()] makes the function advanced: it gets the
 * common parameters and strict binding; a simple function passes unknown arguments on in $args.
 */
public record FunctionMetadata(CommandMetadata command, List<Param> parameters, boolean advanced) {
    /** One declared parameter with what the binder does not keep: its type and default value. */
    public record Param(String name, TypeInfo type, boolean isSwitch, Expression defaultValue, ParameterMetadata meta,
            List<AttributeAst> validators) {}

    public static FunctionMetadata of(String name, ScriptBlockAst ast, Session session) {
        ParamBlock block = ast.paramBlock();
        List<Param> params = new ArrayList<>();
        if (block == null) {
            return new FunctionMetadata(new CommandMetadata(name, List.of(), "", false, ConfirmImpact.Medium, List.of()),
                    params, false);
        }
        AttributeAst binding = block.attribute("CmdletBinding");
        boolean advanced = binding != null
                || block.parameters().stream().anyMatch(p -> p.attribute("Parameter") != null);
        boolean shouldProcess = binding != null && truth(session, named(binding, "SupportsShouldProcess"));
        String defaultSet = binding == null ? "" : text(session, named(binding, "DefaultParameterSetName"));
        ConfirmImpact impact = ConfirmImpact.Medium;
        Expression impactArg = binding == null ? null : named(binding, "ConfirmImpact");
        if (impactArg != null) {
            String v = text(session, impactArg);
            for (ConfirmImpact c : ConfirmImpact.values()) if (c.name().equalsIgnoreCase(v)) impact = c;
        }
        boolean positionalBinding = binding == null || named(binding, "PositionalBinding") == null
                || truth(session, named(binding, "PositionalBinding"));
        boolean anyExplicit = false;
        for (ParameterAst p : block.parameters()) {
            AttributeAst a = p.attribute("Parameter");
            if (a != null && named(a, "Position") != null) anyExplicit = true;
        }
        int next = 0;
        for (ParameterAst p : block.parameters()) {
            TypeInfo type = p.type() == null ? null : TypeResolver.resolve(p.type());
            boolean isSwitch = type != null && type.kind() == TypeInfo.Kind.SWITCH;
            int position = -1;
            List<String> sets = new ArrayList<>();
            boolean mandatory = false;
            boolean fromPipeline = false;
            boolean byName = false;
            boolean remaining = false;
            String help = "";
            for (AttributeAst a : p.attributes()) {
                if (!a.is("Parameter")) continue;
                if (named(a, "Position") != null) position = ((Number) io.migsh.runtime.Conversions.convert(
                        session.evaluator.eval(named(a, "Position")), Integer.class)).intValue();
                mandatory |= truth(session, named(a, "Mandatory"));
                fromPipeline |= truth(session, named(a, "ValueFromPipeline"));
                byName |= truth(session, named(a, "ValueFromPipelineByPropertyName"));
                remaining |= truth(session, named(a, "ValueFromRemainingArguments"));
                if (named(a, "ParameterSetName") != null) sets.add(text(session, named(a, "ParameterSetName")));
                if (named(a, "HelpMessage") != null) help = text(session, named(a, "HelpMessage"));
            }
            if (position < 0 && !isSwitch && !anyExplicit && positionalBinding) position = next;
            if (!isSwitch && position == next) next++;
            List<String> aliases = new ArrayList<>();
            List<String> validateSet = new ArrayList<>();
            boolean notNullOrEmpty = false;
            for (AttributeAst a : p.attributes()) {
                if (a.is("Alias")) for (Expression e : a.positional()) aliases.addAll(texts(session, e));
                if (a.is("ValidateSet")) for (Expression e : a.positional()) validateSet.addAll(texts(session, e));
                if (a.is("ValidateNotNullOrEmpty") || a.is("ValidateNotNull")) notNullOrEmpty = true;
            }
            ParameterMetadata meta = new ParameterMetadata(p.name(), binderType(type), isSwitch, position, mandatory,
                    aliases, sets, fromPipeline, byName, remaining, validateSet, notNullOrEmpty, List.of(),
                    has(p, "AllowNull"), has(p, "AllowEmptyString"), null, help, "", false);
            List<AttributeAst> validators = p.attributes().stream().filter(a -> !a.typeConstraint()
                    && (a.is("ValidateRange") || a.is("ValidatePattern") || a.is("ValidateCount")
                    || a.is("ValidateLength") || a.is("ValidateScript"))).toList();
            params.add(new Param(p.name(), type, isSwitch, p.defaultValue(), meta, validators));
        }
        List<ParameterMetadata> own = params.stream().map(Param::meta).toList();
        List<ParameterMetadata> all = advanced ? CommonParameters.withCommon(own, shouldProcess) : own;
        return new FunctionMetadata(new CommandMetadata(name, all, defaultSet, shouldProcess, impact, List.of()), params,
                advanced);
    }

    /** The Java type the binder converts an argument to; other types are converted by the language afterwards. */
    private static Class<?> binderType(TypeInfo type) {
        if (type == null) return Object.class;
        switch (type.kind()) {
            case PLAIN:
                return type.javaClass();
            case SWITCH:
                return Boolean.class;
            case HASHTABLE:
                return io.migsh.runtime.PsHashtable.class;
            case SCRIPTBLOCK:
                return ScriptBlock.class;
            case ARRAY:
                if (type.element() != null && type.element().kind() == TypeInfo.Kind.PLAIN) {
                    return java.lang.reflect.Array.newInstance(type.element().javaClass(), 0).getClass();
                }
                return List.class;
            default:
                return Object.class;
        }
    }

    private static boolean has(ParameterAst p, String attribute) {
        return p.attributes().stream().anyMatch(a -> a.is(attribute));
    }

    private static Expression named(AttributeAst a, String name) {
        for (var e : a.named().entrySet()) if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
        return null;
    }

    private static boolean truth(Session session, Expression e) {
        return e != null && LanguagePrimitives.toBool(session.evaluator.eval(e));
    }

    private static String text(Session session, Expression e) {
        return e == null ? "" : LanguagePrimitives.toText(session.evaluator.eval(e));
    }

    private static List<String> texts(Session session, Expression e) {
        List<String> out = new ArrayList<>();
        for (Object o : LanguagePrimitives.enumerate(session.evaluator.eval(e))) out.add(LanguagePrimitives.toText(o));
        if (out.isEmpty()) out.add(text(session, e));
        return out;
    }

    public boolean hasPipelineParameters() {
        return parameters.stream().anyMatch(p -> p.meta().fromPipeline() || p.meta().fromPipelineByPropertyName());
    }

    /** The declared parameter a -Name refers to (exact name or alias, else a unique prefix), or null. */
    public ParameterMetadata match(String given) {
        ParameterMetadata prefixed = null;
        int count = 0;
        for (Param p : parameters) {
            if (p.meta().answersTo(given)) return p.meta();
            if (p.meta().hasPrefix(given)) {
                prefixed = p.meta();
                count++;
            }
        }
        return count == 1 ? prefixed : count > 1 ? parameters.get(0).meta() : null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
