package io.migsh.lang.interpreter;

import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.ScriptBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The .Where({ }) and .ForEach({ }) methods every value has (PowerShell 4 intrinsic members). */
final class Intrinsics {
    private Intrinsics() {}

    private static List<Object> items(Object target) {
        return LanguagePrimitives.isEnumerable(target) ? LanguagePrimitives.enumerate(target) : List.of(target);
    }

    /** .Where({ condition } [, 'Default'|'First'|'Last'|'SkipUntil'|'Until'|'Split' [, count]]) */
    static Object where(Object target, List<Object> args) {
        ScriptBlock filter = (ScriptBlock) args.get(0);
        String mode = args.size() > 1 ? LanguagePrimitives.toText(args.get(1)).toLowerCase(Locale.ROOT) : "default";
        int count = args.size() > 2 ? Args.integer(args, 2) : 0;
        List<Object> items = items(target);
        List<Object> out = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        boolean switched = false;
        for (Object item : items) {
            boolean hit = LanguagePrimitives.toBool(filter.invokeForValue(item));
            switch (mode) {
                case "first" -> {
                    if (hit) out.add(item);
                    if (out.size() >= Math.max(1, count)) return out;
                }
                case "skipuntil" -> {
                    if (hit) switched = true;
                    if (switched) out.add(item);
                }
                case "until" -> {
                    if (hit) return out;
                    out.add(item);
                }
                case "split" -> {
                    if (hit && (count == 0 || out.size() < count)) out.add(item);
                    else rest.add(item);
                }
                default -> {
                    if (hit) out.add(item);
                }
            }
        }
        if (mode.equals("last")) {
            int keep = Math.max(1, count);
            return new ArrayList<>(out.subList(Math.max(0, out.size() - keep), out.size()));
        }
        if (mode.equals("split")) return new ArrayList<Object>(List.of(out, rest));
        return out;
    }

    /** .ForEach({ script }), .ForEach('PropertyName'), .ForEach('MethodName', arguments...) */
    static Object forEach(Object target, List<Object> args, Session session) {
        Object how = args.get(0);
        List<Object> out = new ArrayList<>();
        for (Object item : items(target)) {
            if (how instanceof ScriptBlock sb) {
                out.addAll(sb.invoke(item));
            } else if (how instanceof TypeInfo t) {
                out.add(Casts.convert(item, t));
            } else {
                String name = LanguagePrimitives.toText(how);
                Object v = args.size() > 1
                        ? Methods.invoke(item, name, new ArrayList<>(args.subList(1, args.size())), session)
                        : MemberAccess.get(item, name);
                v = AutomationNull.normalize(v);
                if (LanguagePrimitives.isEnumerable(v)) out.addAll(LanguagePrimitives.enumerate(v));
                else out.add(v);
            }
        }
        return out;
    }
}
