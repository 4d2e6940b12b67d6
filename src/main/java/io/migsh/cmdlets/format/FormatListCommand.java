package io.migsh.cmdlets.format;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.format.FormatProperty;
import io.migsh.format.FormatRequest;
import io.migsh.format.FormatShape;
import io.migsh.format.OutputFormatter;
import java.util.List;

/** Format-List (fl): writes format objects that print each input object as {@code Name : value} lines. */
@CmdletInfo(verb = "Format", noun = "List", aliases = "fl",
        outputType = "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData")
public class FormatListCommand extends Cmdlet {
    @Parameter(position = 0)
    List<Object> property;
    @Parameter
    Object groupBy;
    @Parameter
    String view;
    @Parameter
    boolean force;
    @Parameter(validateSet = {"CoreOnly", "EnumOnly", "Both"})
    String expand;
    @Parameter(valueFromPipeline = true)
    Object inputObject;

    private OutputFormatter.Shaper shaper;

    @Override
    protected void begin() {
        List<FormatProperty> properties = PropertyArguments.parse(property, PropertyArguments.LIST_KEYS);
        FormatProperty group = groupBy == null ? null : PropertyArguments.one(groupBy, PropertyArguments.LIST_KEYS);
        FormatRequest request = new FormatRequest(FormatShape.List, properties, false, null, false, group, force, 0,
                FormatSettings.enumerationLimit(context()));
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
