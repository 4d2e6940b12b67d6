package io.migsh.cmdlets.format;

import io.migsh.command.Cmdlet;
import java.util.List;

/** The formatting and output cmdlets: Format-Table/List/Wide and Out-String/File/Null/Host/Default. */
public final class FormatCmdlets {
    private FormatCmdlets() {}

    public static List<Class<? extends Cmdlet>> all() {
        return List.of(FormatTableCommand.class, FormatListCommand.class, FormatWideCommand.class,
                OutStringCommand.class, OutFileCommand.class, OutNullCommand.class, OutHostCommand.class,
                OutDefaultCommand.class);
    }
}
