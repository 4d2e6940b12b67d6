package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.Members;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.TypeNames;
import io.migsh.runtime.WildcardPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Get-Member: the properties and methods of each distinct type in the input, as MemberDefinition objects. */
@CmdletInfo(verb = "Get", noun = "Member", aliases = "gm")
public class GetMemberCommand extends Cmdlet {
    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("System.String", "string"), Map.entry("System.Int32", "int"),
            Map.entry("System.Int64", "long"), Map.entry("System.Boolean", "bool"),
            Map.entry("System.Double", "double"), Map.entry("System.DateTime", "datetime"),
            Map.entry("System.Decimal", "decimal"), Map.entry("System.Guid", "guid"),
            Map.entry("System.TimeSpan", "timespan"), Map.entry("System.Collections.Hashtable", "hashtable"),
            Map.entry("System.Object[]", "Object[]"), Map.entry("System.Byte[]", "byte[]"),
            Map.entry("System.Char", "char"));

    @Parameter(valueFromPipeline = true)
    Object inputObject;
    @Parameter(position = 0)
    String[] name;
    @Parameter(validateSet = {"Property", "NoteProperty", "Method", "Properties", "Methods", "All"})
    String[] memberType;
    @Parameter
    boolean force;

    private final Set<String> seen = new HashSet<>();

    @Override
    protected void process() {
        if (inputObject == null) return;
        String type = TypeNames.name(inputObject);
        if (!seen.add(type)) return;
        List<PsObject> members = new ArrayList<>();
        for (String property : Members.propertyNames(inputObject)) {
            Object value = Members.get(inputObject, property);
            if (isNote(inputObject, property)) {
                members.add(member(type, property, "NoteProperty", shortType(value) + " " + property + "="
                        + (value == null ? "null" : LanguagePrimitives.toText(value))));
            } else if (type.startsWith("Deserialized.")) {
                // an imported adapted property (CLIXML Props): PowerShell names its value's full type, "" for null
                String full = value == null ? "" : TypeNames.name(value);
                members.add(member(type, property, "Property", full + " {get;set;}"));
            } else {
                // a string cannot be changed: its Length is read-only, as .NET declares it
                String access = inputObject instanceof String ? " {get;}" : " {get;set;}";
                members.add(member(type, property, "Property", shortType(value) + " " + property + access));
            }
        }
        members.add(member(type, "Equals", "Method", "bool Equals(System.Object obj)"));
        members.add(member(type, "GetHashCode", "Method", "int GetHashCode()"));
        members.add(member(type, "GetType", "Method", "type GetType()"));
        members.add(member(type, "ToString", "Method", "string ToString()"));
        members.sort(Comparator.comparing((PsObject m) -> (String) m.get("MemberType"))
                .thenComparing(m -> ((String) m.get("Name")).toLowerCase()));
        for (PsObject m : members) if (wanted(m)) writeObject(m);
    }

    /**
     * Notes: every property of a [pscustomobject] or Select-Object output, and the instance members of other
     * objects (CLIXML's MS on imported ones); the rest are adapted properties of the object's type.
     */
    private static boolean isNote(Object value, String property) {
        if (!(value instanceof PsObject o)) return false;
        String type = o.typeName();
        if (type.endsWith("PSCustomObject") || type.startsWith("Selected.") || o.typeNames().isEmpty()) return true;
        return o.isNote(property);
    }

    private boolean wanted(PsObject m) {
        String n = (String) m.get("Name");
        String kind = (String) m.get("MemberType");
        if (name != null) {
            boolean any = false;
            for (String pattern : name) any |= WildcardPattern.of(pattern, false).matches(n);
            if (!any) return false;
        }
        if (memberType == null) return true;
        for (String t : memberType) {
            if (t.equalsIgnoreCase("All") || t.equalsIgnoreCase(kind)) return true;
            if (t.equalsIgnoreCase("Properties") && kind.endsWith("Property")) return true;
            if (t.equalsIgnoreCase("Methods") && kind.equals("Method")) return true;
        }
        return false;
    }

    private static PsObject member(String type, String name, String kind, String definition) {
        PsObject o = new PsObject("Microsoft.PowerShell.Commands.MemberDefinition", "System.Object");
        o.add("TypeName", type);
        o.add("Name", name);
        o.add("MemberType", kind);
        o.add("Definition", definition);
        o.withToString(definition);
        return o;
    }

    private static String shortType(Object value) {
        if (value == null) return "object";
        String full = TypeNames.name(value);
        return SHORT.getOrDefault(full, full);
    }
}
