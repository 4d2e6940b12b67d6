package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.runtime.PsObject;

/** Get-Location: the current directory (a PathInfo whose Path property is the directory). */
@CmdletInfo(verb = "Get", noun = "Location", aliases = {"pwd", "gl"})
public class GetLocationCommand extends Cmdlet {
    @Override
    protected void process() {
        PsObject info = new PsObject("System.Management.Automation.PathInfo", "System.Object");
        String path = context().location().toString();
        info.add("Path", path);
        info.withToString(path);
        writeObject(info);
    }
}
