package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.lang.Interpreter;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsObject;
import java.util.List;
import java.util.Map;

/**
 * New-Object: an object of a .NET type by name (PSObject, PSCredential, System.Collections.ArrayList, ...), built
 * by the same constructors as {@code [Type]::new(...)}, so both ways give the same object.
 */
@CmdletInfo(verb = "New", noun = "Object")
public class NewObjectCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true)
    String typeName;
    @Parameter(position = 1, aliases = {"Args"})
    List<Object> argumentList;
    @Parameter
    Map<Object, Object> property;

    @Override
    protected void process() {
        List<Object> args = argumentList == null ? List.of() : argumentList;
        Object created = context().service(Interpreter.class).newObject(typeName, args);
        if (property != null) {
            if (!(created instanceof PsObject o)) {
                throw PsException.invalidArgument("-Property can only set properties of a PSObject here.",
                        "InvalidProperty", typeName);
            }
            for (Map.Entry<Object, Object> e : property.entrySet()) o.set(String.valueOf(e.getKey()), e.getValue());
        }
        writeObject(created);
    }
}
