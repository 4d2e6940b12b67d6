package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Group-Object: groups input by the values of one or more properties. Groups come out sorted by their key, as
 * PowerShell 6.1 and later do.
 */
@CmdletInfo(verb = "Group", noun = "Object", aliases = "group")
public class GroupObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    Object inputObject;
    @Parameter(position = 0)
    List<Object> property;
    @Parameter
    boolean noElement;
    @Parameter
    boolean asHashTable;
    @Parameter
    boolean asString;
    @Parameter
    boolean caseSensitive;

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private List<PropertyExpression> keys;

    private static final class Group {
        final List<Object> values;
        final String name;
        final List<Object> members = new ArrayList<>();

        Group(List<Object> values, String name) {
            this.values = values;
            this.name = name;
        }
    }

    @Override
    protected void begin() {
        keys = new ArrayList<>();
        if (property != null) for (Object p : property) keys.add(PropertyExpression.parse(p));
    }

    @Override
    protected void process() {
        List<Object> values = new ArrayList<>();
        if (keys.isEmpty()) values.add(inputObject);
        for (PropertyExpression k : keys) values.add(k.keyOf(inputObject));
        List<String> texts = new ArrayList<>();
        for (Object v : values) texts.add(LanguagePrimitives.toText(v));
        String name = String.join(", ", texts);
        String id = caseSensitive ? name : name.toLowerCase(Locale.ROOT);
        groups.computeIfAbsent(id, x -> new Group(values, name)).members.add(inputObject);
    }

    @Override
    protected void end() {
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort((a, b) -> compareKeys(a.values, b.values));
        if (asHashTable) {
            PsHashtable table = new PsHashtable();
            for (Group g : sorted) table.put(asString || g.values.size() != 1 ? g.name : g.values.get(0), g.members);
            writeObject(table);
            return;
        }
        for (Group g : sorted) writeObject(info(g));
    }

    private PsObject info(Group g) {
        PsObject o = noElement
                ? new PsObject("Microsoft.PowerShell.Commands.GroupInfoNoElement",
                        "Microsoft.PowerShell.Commands.GroupInfo", "System.Object")
                : new PsObject("Microsoft.PowerShell.Commands.GroupInfo", "System.Object");
        o.add("Count", g.members.size());
        o.add("Name", g.name);
        if (!noElement) {
            o.add("Group", g.members);
            o.add("Values", g.values);
        }
        return o;
    }

    private int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = ValueOrder.compare(a.get(i), b.get(i), caseSensitive);
            if (c != 0) return c;
        }
        return 0;
    }
}
