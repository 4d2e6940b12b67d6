package io.migsh.cmdlets.data;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.json.EscapeHandling;
import io.migsh.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * ConvertTo-Json: all input as one JSON text (an array when more than one object came, or with -AsArray), in
 * PowerShell 7's form; -Depth 2 by default, with the truncation warning when an object is cut.
 */
@CmdletInfo(verb = "ConvertTo", noun = "Json")
public class ConvertToJsonCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, allowNull = true)
    Object inputObject;
    @Parameter(validateRange = {0, 100})
    int depth = 2;
    @Parameter
    boolean compress;
    @Parameter
    boolean enumsAsStrings;
    @Parameter
    boolean asArray;
    @Parameter
    EscapeHandling escapeHandling;

    private final List<Object> objects = new ArrayList<>();

    @Override
    protected void process() {
        objects.add(inputObject);
    }

    @Override
    protected void end() {
        if (objects.isEmpty()) return;
        Object value = objects.size() > 1 || asArray ? objects : objects.get(0);
        writeObject(new JsonWriter(depth, compress, enumsAsStrings, escapeHandling, this::writeWarning).write(value));
    }
}
