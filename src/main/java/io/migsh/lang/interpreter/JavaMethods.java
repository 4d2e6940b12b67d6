package io.migsh.lang.interpreter;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.PsException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;

/**
 * Calls public methods of the shell's own value types by name, ignoring case ($size.ToMB() on a domain size
 * object), so types declared elsewhere in the shell need no glue to be scripted. Object's own methods are excluded.
 */
final class JavaMethods {
    private static final Set<String> HIDDEN = Set.of("getclass", "wait", "notify", "notifyall", "hashcode", "equals",
            "tostring");

    private JavaMethods() {}

    static Object invoke(Object target, String name, List<Object> args) {
        if (!target.getClass().getName().startsWith("io.migsh.") || HIDDEN.contains(name.toLowerCase())) {
            return Methods.NOT_FOUND;
        }
        for (Method m : target.getClass().getMethods()) {
            if (!m.getName().equalsIgnoreCase(name) || m.getParameterCount() != args.size()
                    || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object[] converted = new Object[args.size()];
            try {
                Class<?>[] types = m.getParameterTypes();
                for (int i = 0; i < types.length; i++) converted[i] = convert(args.get(i), types[i]);
            } catch (PsException e) {
                continue;
            }
            try {
                m.setAccessible(true);
                Object r = m.invoke(target, converted);
                return m.getReturnType() == void.class ? AutomationNull.VALUE : r;
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof PsException pe) throw pe;
                throw RuntimeErrors.methodFailed(name, args.size(), String.valueOf(cause.getMessage()),
                        cause.getClass().getSimpleName());
            } catch (IllegalAccessException | RuntimeException e) {
                return Methods.NOT_FOUND;
            }
        }
        return Methods.NOT_FOUND;
    }

    private static Object convert(Object v, Class<?> type) {
        if (type == int.class) return ((Number) Conversions.convert(v, Integer.class)).intValue();
        if (type == long.class) return ((Number) Conversions.convert(v, Long.class)).longValue();
        if (type == double.class) return ((Number) Conversions.convert(v, Double.class)).doubleValue();
        if (type == boolean.class) return Conversions.convert(v, Boolean.class);
        if (type.isPrimitive()) return Conversions.convert(v, type);
        return Conversions.convert(v, type);
    }
}
