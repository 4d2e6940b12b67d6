package io.migsh.command;

import io.migsh.runtime.AdaptedProperties;
import io.migsh.runtime.Conversions;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.Members;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds arguments to a command's parameters in PowerShell's order: named (exact name, alias, then unique prefix),
 * then positional within the possible parameter sets, then, per input object, pipeline input by value and by
 * property name. Works on metadata alone, so cmdlets and script functions bind the same way.
 */
public final class ParameterBinder {
    private final CommandMetadata command;
    private final Map<String, Object> bound = new LinkedHashMap<>();
    /** The parameters the current pipeline object is bound to; unbound again before the next object. */
    private List<ParameterMetadata> fromPipeline = new ArrayList<>(2);
    private List<ParameterMetadata> previous = new ArrayList<>(2);
    /** Per parameter set: the parameters still open to pipeline input once the arguments are bound. */
    private final Map<String, List<ParameterMetadata>> pipelineOpen = new HashMap<>();
    private String lastOpenSet;
    private List<ParameterMetadata> lastOpen;
    private final Map<String, List<ParameterMetadata>> mandatory = new HashMap<>();
    private String lastMandatorySet;
    private List<ParameterMetadata> lastMandatory;

    public ParameterBinder(CommandMetadata command) {
        this.command = command;
    }

    public CommandMetadata command() {
        return command;
    }

    /** Bound values by parameter name (as declared), common parameters included. */
    public Map<String, Object> bound() {
        return bound;
    }

    public boolean isBound(String name) {
        return bound.containsKey(name);
    }

    /** The parameters the last pipeline object was bound to. */
    List<ParameterMetadata> boundFromPipeline() {
        return fromPipeline;
    }

    public void bindArguments(List<CommandArgument> args) {
        List<CommandArgument.Positional> positionals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            CommandArgument a = args.get(i);
            if (a instanceof CommandArgument.Positional p) {
                positionals.add(p);
                continue;
            }
            CommandArgument.Named n = (CommandArgument.Named) a;
            ParameterMetadata p = resolve(n.name(), n.position());
            Object value;
            if (p.isSwitch()) {
                value = n.hasValue() ? n.value() : Boolean.TRUE;
            } else if (n.hasValue()) {
                value = n.value();
            } else if (i + 1 < args.size() && args.get(i + 1) instanceof CommandArgument.Positional next) {
                value = next.value();
                i++;
            } else {
                throw BindingErrors.missingArgument(p, n.position());
            }
            bind(p, value, n.position());
        }
        bindPositionals(positionals);
    }

    private ParameterMetadata resolve(String name, SourcePosition at) {
        List<ParameterMetadata> prefixed = new ArrayList<>();
        for (ParameterMetadata p : command.parameters()) {
            if (p.answersTo(name)) return p;
            if (p.hasPrefix(name)) prefixed.add(p);
        }
        if (prefixed.size() == 1) return prefixed.get(0);
        if (prefixed.isEmpty()) throw BindingErrors.notFound(name, at);
        throw BindingErrors.ambiguous(name, prefixed, at);
    }

    private void bind(ParameterMetadata p, Object value, SourcePosition at) {
        if (bound.containsKey(p.name())) throw BindingErrors.alreadyBound(p, at);
        bound.put(p.name(), coerce(p, value, at));
    }

    private void bindPositionals(List<CommandArgument.Positional> positionals) {
        if (positionals.isEmpty()) return;
        List<ParameterMetadata> candidates = new ArrayList<>();
        Set<String> sets = candidateSets();
        for (ParameterMetadata p : command.parameters()) {
            if (p.position() >= 0 && !bound.containsKey(p.name()) && inAny(p, sets)) candidates.add(p);
        }
        candidates.sort((a, b) -> Integer.compare(a.position(), b.position()));
        int next = 0;
        List<CommandArgument.Positional> remaining = new ArrayList<>();
        for (int i = 0; i < positionals.size(); i++) {
            CommandArgument.Positional arg = positionals.get(i);
            // Several sets may declare different parameters at one position: take the first still possible.
            while (next < candidates.size() && !stillPossible(candidates.get(next))) next++;
            if (next >= candidates.size()) {
                remaining.add(arg);
                continue;
            }
            ParameterMetadata p = bestAt(candidates, next, arg.value());
            if (p.fromRemainingArguments()) {
                // Write-Output a b c: a positional parameter that takes the remaining arguments takes them all.
                bound.put(p.name(), coerce(p, values(positionals.subList(i, positionals.size())), arg.position()));
                return;
            }
            int taken = candidates.get(next).position();
            while (next < candidates.size() && candidates.get(next).position() == taken) next++;
            bind(p, arg.value(), arg.position());
        }
        if (!remaining.isEmpty()) bindRemaining(remaining);
    }

    private void bindRemaining(List<CommandArgument.Positional> remaining) {
        for (ParameterMetadata p : command.parameters()) {
            if (p.fromRemainingArguments()) {
                bound.put(p.name(), coerce(p, values(remaining), SourcePosition.NONE));
                return;
            }
        }
        CommandArgument.Positional first = remaining.get(0);
        throw BindingErrors.positionalNotFound(first.value(), first.position());
    }

    private static List<Object> values(List<CommandArgument.Positional> args) {
        List<Object> values = new ArrayList<>(args.size());
        for (CommandArgument.Positional a : args) values.add(a.value());
        return values;
    }

    /**
     * Of the parameters that several sets declare at one position, the one whose type takes the value as it is
     * (Where-Object { ... } binds -FilterScript, Where-Object Status binds -Property).
     */
    private ParameterMetadata bestAt(List<ParameterMetadata> candidates, int from, Object value) {
        int position = candidates.get(from).position();
        ParameterMetadata first = null;
        for (int i = from; i < candidates.size() && candidates.get(i).position() == position; i++) {
            ParameterMetadata p = candidates.get(i);
            if (!stillPossible(p)) continue;
            if (first == null) first = p;
            if (p.type() != Object.class && value != null && acceptsAsIs(p, value)) return p;
        }
        return first;
    }

    private boolean stillPossible(ParameterMetadata p) {
        return !bound.containsKey(p.name()) && inAny(p, candidateSets());
    }

    private static boolean inAny(ParameterMetadata p, Set<String> sets) {
        if (p.sets().isEmpty()) return !sets.isEmpty();
        for (String s : sets) if (p.sets().contains(s)) return true;
        return false;
    }

    /** The parameter sets that every bound parameter belongs to. */
    public Set<String> candidateSets() {
        Set<String> sets = new LinkedHashSet<>(command.parameterSets());
        for (String name : bound.keySet()) {
            ParameterMetadata p = command.parameter(name).orElseThrow();
            if (!p.sets().isEmpty()) sets.retainAll(p.sets());
        }
        return sets;
    }

    /** Decides the parameter set once arguments are bound; fails when no set fits them all. */
    public String resolveParameterSet(SourcePosition at) {
        Set<String> sets = candidateSets();
        if (sets.isEmpty()) throw BindingErrors.ambiguousSet(at);
        if (sets.size() == 1) return sets.iterator().next();
        List<String> satisfied = new ArrayList<>();
        for (String s : sets) if (missingMandatory(s, false).isEmpty()) satisfied.add(s);
        if (satisfied.size() == 1) return satisfied.get(0);
        if (sets.contains(command.defaultParameterSet())) return command.defaultParameterSet();
        return satisfied.isEmpty() ? sets.iterator().next() : satisfied.get(0);
    }

    /** Mandatory parameters of the set still unbound; those the pipeline may still supply are left out if asked. */
    public List<ParameterMetadata> missingMandatory(String set, boolean pipelineWillSupply) {
        List<ParameterMetadata> missing = null;
        List<ParameterMetadata> wanted = mandatoryIn(set);
        for (int i = 0; i < wanted.size(); i++) {
            ParameterMetadata p = wanted.get(i);
            if (bound.containsKey(p.name())) continue;
            if (pipelineWillSupply && (p.fromPipeline() || p.fromPipelineByPropertyName())) continue;
            if (missing == null) missing = new ArrayList<>();
            missing.add(p);
        }
        return missing == null ? List.of() : missing;
    }

    private List<ParameterMetadata> mandatoryIn(String set) {
        if (set.equals(lastMandatorySet)) return lastMandatory;
        lastMandatorySet = set;
        return lastMandatory = mandatory.computeIfAbsent(set, s -> {
            List<ParameterMetadata> list = new ArrayList<>();
            for (ParameterMetadata p : command.parameters()) if (p.mandatory() && p.inSet(s)) list.add(p);
            return list;
        });
    }

    public static PsException missingMandatoryError(List<ParameterMetadata> missing, SourcePosition at) {
        List<String> names = new ArrayList<>();
        for (ParameterMetadata p : missing) names.add(p.name());
        return BindingErrors.missingMandatory(names, at);
    }

    /** Binds one value typed by the user in answer to a prompt for a missing mandatory parameter. */
    public void bindPrompted(ParameterMetadata p, Object value) {
        bind(p, value, SourcePosition.NONE);
    }

    /**
     * Binds one pipeline object: first to a by-value parameter whose type takes it as it is, then by property
     * name, then by value with conversion. Returns false when nothing takes it.
     */
    public boolean bindPipelineInput(Object input, String set) {
        // The previous object's values are replaced in place, so a parameter every object binds costs no map entry.
        List<ParameterMetadata> before = previous;
        previous = fromPipeline;
        fromPipeline = before;
        fromPipeline.clear();
        boolean taken = bindPipelineObject(input, set);
        for (int i = 0; i < previous.size(); i++) {
            ParameterMetadata p = previous.get(i);
            if (!containsSame(fromPipeline, p)) bound.remove(p.name());
        }
        return taken;
    }

    /** Membership by identity: metadata records compare field by field, and this runs once per object. */
    static boolean containsSame(List<ParameterMetadata> list, ParameterMetadata p) {
        for (int i = 0; i < list.size(); i++) if (list.get(i) == p) return true;
        return false;
    }

    // Indexed loops on the per-object path: the client compiler, which runs it until the optimising one takes over,
    // does not remove iterators.
    // PowerShell's order: by value as it is, then by property name for the parameters still open, then by value
    // with conversion. A parameter bound by value does not stop others from binding by property name.
    private boolean bindPipelineObject(Object input, String set) {
        List<ParameterMetadata> open = pipelineOpen(set);
        int n = open.size();
        boolean any = false;
        for (int i = 0; i < n; i++) {
            ParameterMetadata p = open.get(i);
            if (p.fromPipeline() && acceptsAsIs(p, input)) {
                any = bindFromPipeline(p, input);
                break;
            }
        }
        if (hasProperties(input)) {
            for (int i = 0; i < n; i++) {
                ParameterMetadata p = open.get(i);
                if (!p.fromPipelineByPropertyName() || containsSame(fromPipeline, p)) continue;
                String match = matchingProperty(p, input);
                if (match != null) any |= tryBindFromPipeline(p, Members.get(input, match));
            }
        }
        if (any) return true;
        for (int i = 0; i < n; i++) {
            ParameterMetadata p = open.get(i);
            if (p.fromPipeline() && tryBindFromPipeline(p, input)) return true;
        }
        return false;
    }

    /** The set's pipeline parameters not bound by argument; arguments are all bound before the first object. */
    private List<ParameterMetadata> pipelineOpen(String set) {
        if (set.equals(lastOpenSet)) return lastOpen;
        lastOpenSet = set;
        return lastOpen = pipelineOpen.computeIfAbsent(set, s -> {
            List<ParameterMetadata> open = new ArrayList<>();
            for (ParameterMetadata p : command.parameters()) {
                if ((p.fromPipeline() || p.fromPipelineByPropertyName()) && p.inSet(s) && !bound.containsKey(p.name())) {
                    open.add(p);
                }
            }
            return open;
        });
    }

    private static boolean hasProperties(Object input) {
        return input instanceof PsObject || input instanceof Map<?, ?> || input instanceof AdaptedProperties
                || (input != null && input.getClass().isRecord());
    }

    private static String matchingProperty(ParameterMetadata p, Object input) {
        if (Members.has(input, p.name())) return p.name();
        for (String a : p.aliases()) if (Members.has(input, a)) return a;
        return null;
    }

    private static boolean acceptsAsIs(ParameterMetadata p, Object input) {
        if (p.type() == Object.class || p.type() == Object[].class || p.type() == List.class) return true;
        if (input == null) return false;
        Class<?> t = p.type().isArray() ? p.type().getComponentType() : p.type();
        return t.isInstance(input);
    }

    private boolean bindFromPipeline(ParameterMetadata p, Object value) {
        bound.put(p.name(), coerce(p, value, SourcePosition.NONE));
        fromPipeline.add(p);
        return true;
    }

    /**
     * Binds pipeline input if the parameter's type takes it. A value the parameter's type takes but its validation
     * refuses ($null for a mandatory parameter, a value outside its set) is that error, as in PowerShell.
     */
    private boolean tryBindFromPipeline(ParameterMetadata p, Object value) {
        try {
            return bindFromPipeline(p, value);
        } catch (PsException e) {
            if (BindingErrors.isValidationError(e)) throw e;
            return false;
        }
    }

    /** The non-terminating error for a pipeline object that no parameter takes. */
    public static io.migsh.runtime.ErrorRecord inputNotBound(Object input) {
        return BindingErrors.inputNotBound(input);
    }

    private Object coerce(ParameterMetadata p, Object value, SourcePosition at) {
        if (p.mandatory() && !p.isSwitch()) value = refuseNullOrEmpty(p, value, at);
        Object v;
        try {
            if (p.isSwitch()) {
                v = LanguagePrimitives.toBool(value);
            } else if (p.type() == List.class) {
                v = new ArrayList<>(LanguagePrimitives.enumerate(value));
            } else {
                v = Conversions.convert(value, p.type());
            }
        } catch (PsException e) {
            throw BindingErrors.cannotConvert(p, e, at);
        }
        if (p.validateNotNullOrEmpty() || !p.validateSet().isEmpty() || !p.validateRange().isEmpty()) validate(p, v, at);
        return v;
    }

    /**
     * PowerShell's checks of a mandatory parameter's value: $null is refused unless the parameter allows null; a
     * string parameter binds $null as '', and '' (alone or in a string array) is refused unless it allows empty
     * strings.
     */
    private static Object refuseNullOrEmpty(ParameterMetadata p, Object value, SourcePosition at) {
        Object v = value instanceof PsObject o && o.baseValue() != null ? o.baseValue() : value;
        if (v == null) {
            if (p.allowNull()) return null;
            if (p.type() != String.class) throw BindingErrors.nullNotAllowed(p, at);
            v = value = "";
        }
        if ((p.type() == String.class || p.type() == String[].class) && !p.allowEmptyString()) {
            for (Object item : elements(v)) {
                if (item == null || "".equals(item)) throw BindingErrors.emptyStringNotAllowed(p, at);
            }
        }
        return value;
    }

    private static void validate(ParameterMetadata p, Object v, SourcePosition at) {
        if (p.validateNotNullOrEmpty() && (v == null || "".equals(v)
                || (LanguagePrimitives.isEnumerable(v) && LanguagePrimitives.enumerate(v).isEmpty()))) {
            throw BindingErrors.nullOrEmpty(p, at);
        }
        if (v == null) return;
        if (!p.validateRange().isEmpty()) {
            for (Object item : elements(v)) {
                String why = BindingErrors.outsideRange(item, p.validateRange().get(0), p.validateRange().get(1));
                if (why != null) throw BindingErrors.invalid(p, item, why, at);
            }
        }
        if (p.validateSet().isEmpty()) return;
        for (Object item : elements(v)) {
            String text = LanguagePrimitives.toText(item);
            boolean ok = false;
            for (String s : p.validateSet()) ok |= s.equalsIgnoreCase(text);
            if (!ok) throw BindingErrors.notInSet(p, item, at);
        }
    }

    /** The values a validation attribute checks one by one: an array's elements (int[] and long[] too), or the value. */
    private static List<Object> elements(Object v) {
        if (v == null || !v.getClass().isArray() || v instanceof Object[]) return LanguagePrimitives.enumerate(v);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < java.lang.reflect.Array.getLength(v); i++) out.add(java.lang.reflect.Array.get(v, i));
        return out;
    }
}
