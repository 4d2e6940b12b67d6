package io.migsh.cmdlets.data;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.csv.CsvFormatException;
import io.migsh.csv.CsvObjectReader;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.nio.file.Path;
import java.util.List;

/** Import-Csv: each record of a CSV file as a [pscustomobject] of strings, streamed as the file is read. */
@CmdletInfo(verb = "Import", noun = "Csv", aliases = "ipcsv")
public class ImportCsvCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true, completion = "path")
    String[] path;
    @Parameter(aliases = {"PSPath", "LP"}, valueFromPipelineByPropertyName = true, completion = "path")
    String[] literalPath;
    @Parameter(position = 1)
    Character delimiter;
    @Parameter
    boolean useCulture;
    @Parameter
    String[] header;
    @Parameter(validateSet = {"ascii", "bigendianunicode", "bigendianutf32", "oem", "unicode", "utf7", "utf8",
            "utf8BOM", "utf8NoBOM", "utf32"})
    String encoding;

    @Override
    protected void process() {
        String[] paths = path != null ? path : literalPath;
        if (paths == null) {
            throw PsException.invalidArgument("Cannot process command because of one or more missing mandatory "
                    + "parameters: Path.", "MissingMandatoryParameter", null);
        }
        char sep = CsvOptions.delimiter(delimiter, useCulture);
        for (String p : paths) {
            Path file = context().resolvePath(p);
            try (CsvObjectReader reader = new CsvObjectReader(InputFile.reader(file, encoding), sep,
                    header == null ? null : List.of(header))) {
                while (reader.hasNext()) writeObject(reader.next());
            } catch (CsvFormatException e) {
                throw invalidCsv(e, p);
            }
        }
    }

    /**
     * "Cannot read 'f.csv' as CSV: &lt;what is wrong&gt; Line 3, position 5." (as the CLIXML and JSON errors say it),
     * the file named as it was given.
     */
    static PsException invalidCsv(CsvFormatException e, String file) {
        String where = e.line() > 0 ? " Line " + e.line() + (e.column() > 0 ? ", position " + e.column() : "") + "."
                : "";
        return new PsException("System.FormatException",
                (file == null ? "" : "Cannot read '" + file + "' as CSV: ") + e.getMessage() + where, "InvalidCsv",
                ErrorCategory.InvalidData, file);
    }
}
