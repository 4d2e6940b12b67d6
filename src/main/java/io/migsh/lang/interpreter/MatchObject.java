package io.migsh.lang.interpreter;

import io.migsh.runtime.PsObject;
import java.util.Map;
import java.util.regex.Matcher;

/** [System.Text.RegularExpressions.Match] objects: Value, Index, Length, Success and Groups (by number and name). */
public final class MatchObject {
    private MatchObject() {}

    public static PsObject of(Matcher m, String input) {
        GroupCollection groups = new GroupCollection();
        Map<String, Integer> names = RegexOps.namedGroups(m.pattern());
        for (int i = 0; i <= m.groupCount(); i++) {
            String name = String.valueOf(i);
            for (Map.Entry<String, Integer> e : names.entrySet()) if (e.getValue() == i) name = e.getKey();
            groups.add(group(name, m.group(i), m.group(i) == null ? 0 : m.start(i)));
        }
        PsObject match = group("0", m.group(), m.start());
        match.typeNames().set(0, "System.Text.RegularExpressions.Match");
        match.add("Groups", groups);
        return match;
    }

    /** An unsuccessful match, as [regex]::Match returns when nothing matches. */
    public static PsObject none() {
        PsObject match = group("0", null, 0);
        match.typeNames().set(0, "System.Text.RegularExpressions.Match");
        match.add("Groups", new GroupCollection());
        return match;
    }

    private static PsObject group(String name, String value, int index) {
        PsObject g = new PsObject("System.Text.RegularExpressions.Group", "System.Object");
        g.add("Success", value != null).add("Name", name).add("Index", index)
                .add("Length", value == null ? 0 : value.length()).add("Value", value == null ? "" : value);
        return g.withToString(value == null ? "" : value);
    }

    /** Groups indexed by number or by name. */
    @io.migsh.runtime.DotNetName("System.Text.RegularExpressions.GroupCollection")
    public static final class GroupCollection extends java.util.ArrayList<Object> {
        public Object byName(String name) {
            for (Object o : this) {
                if (o instanceof PsObject g && name.equalsIgnoreCase(String.valueOf(g.get("Name")))) return g;
            }
            return null;
        }
    }
}
