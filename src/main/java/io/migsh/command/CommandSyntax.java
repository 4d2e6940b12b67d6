package io.migsh.command;

import io.migsh.runtime.Conversions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The syntax lines Get-Help and Get-Command -Syntax print, derived from a command's metadata:
 * {@code Get-Thing [[-Identity] <string>] -Status <string> [-Force] [<CommonParameters>]}, one line per set.
 */
public final class CommandSyntax {
    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("System.String", "string"), Map.entry("System.Int32", "int"),
            Map.entry("System.Int64", "long"), Map.entry("System.Boolean", "bool"),
            Map.entry("System.Double", "double"), Map.entry("System.DateTime", "datetime"),
            Map.entry("System.TimeSpan", "timespan"), Map.entry("System.Object", "Object"),
            Map.entry("System.Management.Automation.ScriptBlock", "scriptblock"),
            Map.entry("System.Collections.Hashtable", "hashtable"), Map.entry("System.Byte[]", "byte[]"),
            Map.entry("System.Security.SecureString", "securestring"), Map.entry("System.Guid", "guid"),
            Map.entry("System.Management.Automation.PSCredential", "pscredential"),
            Map.entry("System.Management.Automation.PSObject", "psobject"));

    private CommandSyntax() {}

    public static List<String> lines(CommandMetadata command) {
        List<String> out = new ArrayList<>();
        for (String set : command.parameterSets()) out.add(line(command, set));
        return out;
    }

    private static String line(CommandMetadata command, String set) {
        StringBuilder s = new StringBuilder(command.name());
        List<ParameterMetadata> own = command.ownParameters().stream().filter(p -> p.inSet(set)).toList();
        List<ParameterMetadata> positional = own.stream().filter(p -> p.position() >= 0)
                .sorted(Comparator.comparingInt(ParameterMetadata::position)).toList();
        for (ParameterMetadata p : positional) s.append(' ').append(shape(p));
        for (ParameterMetadata p : own) if (p.position() < 0 && p.mandatory()) s.append(' ').append(shape(p));
        for (ParameterMetadata p : own) if (p.position() < 0 && !p.mandatory()) s.append(' ').append(shape(p));
        if (command.supportsShouldProcess()) s.append(" [-WhatIf] [-Confirm]");
        s.append(" [<CommonParameters>]");
        return s.toString();
    }

    private static String shape(ParameterMetadata p) {
        if (p.isSwitch()) return p.mandatory() ? "-" + p.name() : "[-" + p.name() + "]";
        String name = p.position() >= 0 ? "[-" + p.name() + "]" : "-" + p.name();
        String body = name + " <" + typeName(p) + ">";
        return p.mandatory() ? body : "[" + body + "]";
    }

    /** The short type name PowerShell prints for a parameter (string, int, string[], SwitchParameter). */
    public static String typeName(ParameterMetadata p) {
        if (p.isSwitch()) return "switch";
        if (p.type() == List.class) return "Object[]";
        if (!p.validateSet().isEmpty() && p.type() == String.class) return "string";
        String full = Conversions.dotNet(p.type());
        String array = full.endsWith("[]") ? "[]" : "";
        String base = array.isEmpty() ? full : full.substring(0, full.length() - 2);
        String shortName = SHORT.getOrDefault(base, base.contains(".") ? base.substring(base.lastIndexOf('.') + 1) : base);
        return shortName + array;
    }
}
