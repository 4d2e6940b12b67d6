package io.migsh.cmdlets.core;

import io.migsh.command.AliasInfo;
import io.migsh.command.CommandInfo;
import io.migsh.command.CommandSyntax;
import io.migsh.command.CommandType;
import io.migsh.command.ParameterMetadata;
import io.migsh.runtime.PsObject;
import java.util.ArrayList;
import java.util.List;

/** A command as Get-Command and Get-Alias return it (CmdletInfo, FunctionInfo, AliasInfo). */
final class CommandView {
    private CommandView() {}

    static PsObject of(CommandInfo c) {
        String type = switch (c.commandType()) {
            case Alias -> "System.Management.Automation.AliasInfo";
            case Function, Filter -> "System.Management.Automation.FunctionInfo";
            case ExternalScript -> "System.Management.Automation.ExternalScriptInfo";
            default -> "System.Management.Automation.CmdletInfo";
        };
        PsObject o = new PsObject(type, "System.Management.Automation.CommandInfo", "System.Object");
        String name = c.name();
        o.add("CommandType", c.commandType());
        o.add("Name", name);
        if (c instanceof AliasInfo a) o.add("DisplayName", name + " -> " + a.definition());
        o.add("Version", "");
        o.add("Source", c.commandType() == CommandType.Cmdlet ? "migsh" : "");
        o.add("Definition", c instanceof AliasInfo a ? a.definition()
                : String.join("\n", CommandSyntax.lines(c.metadata())));
        List<String> parameters = new ArrayList<>();
        for (ParameterMetadata p : c.metadata().parameters()) parameters.add(p.name());
        o.add("Parameters", parameters);
        o.add("ParameterSets", c.metadata().parameterSets());
        if (c instanceof AliasInfo a) o.add("ResolvedCommandName", a.definition());
        o.withToString(name);
        return o;
    }
}
