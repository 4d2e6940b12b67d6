package io.migsh.command;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cmdlet class compiled into metadata: its parameters with their fields, and its constructor. Mistakes in a
 * declaration (two parameters with one name, a positional switch, a final field) fail here.
 */
final class CompiledCmdlet {
    private final CommandMetadata metadata;
    private final List<ParameterField> fields;
    private final Map<String, ParameterField> byName = new HashMap<>();
    private final Map<ParameterMetadata, ParameterField> byParameter = new IdentityHashMap<>();
    private final Constructor<? extends Cmdlet> constructor;

    private CompiledCmdlet(CommandMetadata metadata, List<ParameterField> fields,
            Constructor<? extends Cmdlet> constructor) {
        this.metadata = metadata;
        this.fields = fields;
        this.constructor = constructor;
        for (ParameterField f : fields) {
            byName.put(f.parameter().name(), f);
            byParameter.put(f.parameter(), f);
        }
    }

    static CompiledCmdlet of(Class<? extends Cmdlet> type, CmdletInfo info) {
        String name = info.verb() + "-" + info.noun();
        List<ParameterMetadata> own = new ArrayList<>();
        List<ParameterField> fields = new ArrayList<>();
        for (Field f : fieldsOf(type)) {
            Parameter p = f.getAnnotation(Parameter.class);
            if (p == null) continue;
            ParameterMetadata m = parameterOf(name, f, p);
            for (ParameterMetadata other : own) {
                for (String alias : m.aliases()) check(!other.answersTo(alias), name, "alias " + alias + " is taken");
                check(!other.answersTo(m.name()), name, "parameter " + m.name() + " is declared twice");
            }
            f.setAccessible(true);
            fields.add(new ParameterField(m, f, own.size()));
            own.add(m);
        }
        checkPositions(name, own);
        Constructor<? extends Cmdlet> constructor;
        try {
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(name + ": a cmdlet needs a constructor without arguments");
        }
        CommandMetadata metadata = new CommandMetadata(name,
                CommonParameters.withCommon(own, info.supportsShouldProcess()), info.defaultParameterSet(),
                info.supportsShouldProcess(), info.confirmImpact(), List.of(info.outputType()));
        return new CompiledCmdlet(metadata, List.copyOf(fields), constructor);
    }

    private static ParameterMetadata parameterOf(String command, Field f, Parameter p) {
        String pname = p.name().isEmpty()
                ? f.getName().substring(0, 1).toUpperCase(Locale.ROOT) + f.getName().substring(1) : p.name();
        boolean isSwitch = f.getType() == boolean.class;
        check(!(isSwitch && p.position() >= 0), command, "switch " + pname + " cannot be positional");
        check(!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers()), command,
                pname + " must be an instance field that is not final");
        Class<?> t = isSwitch ? Boolean.class : boxed(f.getType());
        return new ParameterMetadata(pname, t, isSwitch, p.position(), p.mandatory(), List.of(p.aliases()),
                List.of(p.sets()), p.valueFromPipeline(), p.valueFromPipelineByPropertyName(),
                p.valueFromRemainingArguments(), List.of(p.validateSet()), p.validateNotNullOrEmpty(),
                java.util.Arrays.stream(p.validateRange()).boxed().toList(), p.allowNull(), p.allowEmptyString(), null,
                p.helpMessage(), p.completion(), false);
    }

    private static void checkPositions(String command, List<ParameterMetadata> own) {
        Map<String, String> seen = new HashMap<>();
        for (ParameterMetadata p : own) {
            if (p.position() < 0) continue;
            List<String> sets = p.sets().isEmpty() ? List.of(ParameterMetadata.ALL_SETS) : p.sets();
            for (String s : sets) {
                String other = seen.put(s + "#" + p.position(), p.name());
                check(other == null, command, "parameters " + other + " and " + p.name()
                        + " share position " + p.position() + " in set " + s);
            }
        }
    }

    private static List<Field> fieldsOf(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Cmdlet.class; c = c.getSuperclass()) chain.add(0, c);
        List<Field> out = new ArrayList<>();
        for (Class<?> c : chain) out.addAll(List.of(c.getDeclaredFields()));
        return out;
    }

    private static Class<?> boxed(Class<?> t) {
        if (t == int.class) return Integer.class;
        if (t == long.class) return Long.class;
        if (t == double.class) return Double.class;
        return t;
    }

    private static void check(boolean ok, String command, String what) {
        if (!ok) throw new IllegalStateException(command + ": " + what);
    }

    CommandMetadata metadata() {
        return metadata;
    }

    List<ParameterField> fields() {
        return fields;
    }

    ParameterField field(String parameterName) {
        return byName.get(parameterName);
    }

    ParameterField field(ParameterMetadata parameter) {
        return byParameter.get(parameter);
    }

    Cmdlet newInstance() {
        try {
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + metadata.name(), e);
        }
    }
}
