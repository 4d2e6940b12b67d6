package io.migsh.cmdlets.format;

import io.migsh.command.Cmdlet;
import io.migsh.command.Parameter;
import io.migsh.format.OutputFormatter;

/** Shared by Out-Default and Out-Host: formats the input and writes each line to the console as it is ready. */
abstract class ConsoleOutput extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    Object inputObject;

    private OutputFormatter.Session session;

    @Override
    protected void begin() {
        session = FormatSettings.formatter(context()).open(FormatSettings.width(context(), null),
                line -> context().host().write(line + "\n"));
    }

    @Override
    protected void process() {
        session.write(inputObject);
    }

    @Override
    protected void end() {
        session.close();
    }
}
