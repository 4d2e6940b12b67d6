package io.migsh.cmdlets.data;

import io.migsh.clixml.ClixmlWriter;
import io.migsh.clixml.SecureStringCipher;
import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import java.util.ArrayList;
import java.util.List;

/** ConvertTo-CliXml (PowerShell 7.5): the CLIXML text of all input objects, as one string. */
@CmdletInfo(verb = "ConvertTo", noun = "CliXml")
public class ConvertToCliXmlCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, allowNull = true)
    Object inputObject;
    @Parameter(validateRange = {1, Integer.MAX_VALUE})
    int depth = ClixmlWriter.DEFAULT_DEPTH;

    private final List<Object> objects = new ArrayList<>();

    @Override
    protected void process() {
        objects.add(inputObject);
    }

    @Override
    protected void end() {
        writeObject(ClixmlWriter.serialize(objects, depth,
                SecureStringCipher.forDataDirectory(context().dataDirectory())));
    }
}
