package io.migsh.cmdlets.data;

import io.migsh.clixml.ClixmlException;
import io.migsh.clixml.ClixmlReader;
import io.migsh.clixml.SecureStringCipher;
import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/** ConvertFrom-CliXml (PowerShell 7.5): the objects a CLIXML string holds. */
@CmdletInfo(verb = "ConvertFrom", noun = "CliXml")
public class ConvertFromCliXmlCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    String inputObject;

    @Override
    protected void process() {
        try {
            for (Object o : ClixmlReader.deserialize(inputObject,
                    SecureStringCipher.forDataDirectory(context().dataDirectory()))) {
                writeObject(o);
            }
        } catch (ClixmlException e) {
            throw ClixmlErrors.invalidFile(e, null);
        }
    }
}
