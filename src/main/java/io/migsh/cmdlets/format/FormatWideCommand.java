package io.migsh.cmdlets.format;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.format.FormatProperty;
import io.migsh.format.FormatRequest;
import io.migsh.format.FormatShape;
import io.migsh.format.OutputFormatter;
import java.util.List;

/** Format-Wide (fw): one value per object (a name-like property by default), as many per line as fit. */
@CmdletInfo(verb = "Format", noun = "Wide", aliases = "fw",
        outputType = "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData")
public class FormatWideCommand extends Cmdlet {
    @Parameter(position = 0)
    Object property;
    @Parameter
    boolean autoSize;
    @Parameter
    Integer column;
    @Parameter
    Object groupBy;
    @Parameter
    boolean force;
    @Parameter(valueFromPipeline = true)
    Object inputObject;

    private OutputFormatter.Shaper shaper;

    @Override
    protected void begin() {
        List<FormatProperty> properties = property == null ? List.of()
                : List.of(PropertyArguments.one(property, PropertyArguments.LIST_KEYS));
        FormatProperty group = groupBy == null ? null : PropertyArguments.one(groupBy, PropertyArguments.LIST_KEYS);
        // Without -Column or -AutoSize PowerShell's wide view shows two columns.
        int columns = column != null ? column : autoSize ? 0 : 2;
        FormatRequest request = new FormatRequest(FormatShape.Wide, properties, autoSize, null, true, group, force,
                columns, FormatSettings.enumerationLimit(context()));
        shaper = OutputFormatter.shaper(FormatSettings.views(context()), request, this::writeObject);
    }

    @Override
    protected void process() {
        shaper.write(inputObject);
    }

    @Override
    protected void end() {
        shaper.finish();
    }
}
