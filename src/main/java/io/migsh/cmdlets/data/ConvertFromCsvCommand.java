package io.migsh.cmdlets.data;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.csv.CsvFormatException;
import io.migsh.csv.CsvObjectReader;
import java.io.StringReader;
import java.util.List;

/** ConvertFrom-Csv: CSV lines (from the pipeline or -InputObject) as [pscustomobject]s of strings. */
@CmdletInfo(verb = "ConvertFrom", noun = "Csv")
public class ConvertFromCsvCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, allowEmptyString = true)
    String[] inputObject;
    @Parameter(position = 1)
    Character delimiter;
    @Parameter
    boolean useCulture;
    @Parameter
    String[] header;

    private final StringBuilder text = new StringBuilder();

    @Override
    protected void process() {
        for (String line : inputObject) {
            if (line != null) text.append(line).append('\n');
        }
    }

    @Override
    protected void end() {
        try (CsvObjectReader reader = new CsvObjectReader(new StringReader(text.toString()),
                CsvOptions.delimiter(delimiter, useCulture), header == null ? null : List.of(header))) {
            while (reader.hasNext()) writeObject(reader.next());
        } catch (CsvFormatException e) {
            throw ImportCsvCommand.invalidCsv(e, null);
        }
    }
}
