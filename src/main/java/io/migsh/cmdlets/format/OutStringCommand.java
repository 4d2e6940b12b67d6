package io.migsh.cmdlets.format;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.format.OutputFormatter;

/**
 * Out-String: the text the console would show, as one string (each line ending with a newline), or with -Stream
 * one string per line as the lines are produced.
 */
@CmdletInfo(verb = "Out", noun = "String", defaultParameterSet = "NoNewLineFormatting", outputType = "System.String")
public class OutStringCommand extends Cmdlet {
    @Parameter
    Integer width;
    @Parameter(sets = "StreamFormatting")
    boolean stream;
    @Parameter(sets = "NoNewLineFormatting")
    boolean noNewline;
    @Parameter(valueFromPipeline = true)
    Object inputObject;

    private OutputFormatter.Session session;
    private final StringBuilder text = new StringBuilder();

    @Override
    protected void begin() {
        int w = FormatSettings.width(context(), width);
        session = FormatSettings.formatter(context()).open(w, stream ? this::writeObject : line -> {
            text.append(line);
            if (!noNewline) text.append('\n');
        });
    }

    @Override
    protected void process() {
        session.write(inputObject);
    }

    @Override
    protected void end() {
        session.close();
        if (!stream) writeObject(text.toString());
    }
}
