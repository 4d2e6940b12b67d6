package io.migsh.cmdlets.format;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.format.FormatProperty;
import io.migsh.format.FormatRequest;
import io.migsh.format.FormatShape;
import io.migsh.format.OutputFormatter;
import java.util.List;

/**
 * Format-Table (ft): writes format objects that print the input as a table; Out-Default, Out-String and Out-File
 * print them as they are.
 */
@CmdletInfo(verb = "Format", noun = "Table", aliases = "ft",
        outputType = "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData")
public class FormatTableCommand extends Cmdlet {
    @Parameter(position = 0)
    List<Object> property;
    @Parameter
    boolean autoSize;
    @Parameter
    boolean wrap;
    @Parameter
    boolean hideTableHeaders;
    @Parameter
    Object groupBy;
    @Parameter
    String view;
    @Parameter
    boolean force;
    @Parameter
    boolean repeatHeader;
    @Parameter(validateSet = {"CoreOnly", "EnumOnly", "Both"})
    String expand;
    @Parameter(valueFromPipeline = true)
    Object inputObject;

    private OutputFormatter.Shaper shaper;

    @Override
    protected void begin() {
        List<FormatProperty> properties = PropertyArguments.parse(property, PropertyArguments.TABLE_KEYS);
        FormatProperty group = groupBy == null ? null : PropertyArguments.one(groupBy, PropertyArguments.LIST_KEYS);
        FormatRequest request = new FormatRequest(FormatShape.Table, properties, autoSize, wrap ? Boolean.TRUE : null,
                hideTableHeaders, group, force, 0, FormatSettings.enumerationLimit(context()));
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
