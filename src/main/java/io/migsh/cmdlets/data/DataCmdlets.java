package io.migsh.cmdlets.data;

import io.migsh.command.Cmdlet;
import java.util.List;

/** Cmdlets that turn objects into files and text and back: CLIXML, CSV and JSON. */
public final class DataCmdlets {
    private DataCmdlets() {}

    public static List<Class<? extends Cmdlet>> all() {
        return List.of(
                ExportClixmlCommand.class, ImportClixmlCommand.class,
                ConvertToCliXmlCommand.class, ConvertFromCliXmlCommand.class,
                ExportCsvCommand.class, ImportCsvCommand.class, ConvertToCsvCommand.class, ConvertFromCsvCommand.class,
                ConvertToJsonCommand.class, ConvertFromJsonCommand.class);
    }
}
