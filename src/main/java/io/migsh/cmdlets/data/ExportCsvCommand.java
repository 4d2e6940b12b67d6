package io.migsh.cmdlets.data;

import io.migsh.cmdlets.core.OutputFile;
import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.csv.CsvFormatException;
import io.migsh.csv.CsvObjectReader;
import io.migsh.csv.CsvRowWriter;
import io.migsh.csv.QuoteKind;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Export-Csv: writes each input object as a CSV row as it arrives, in PowerShell 7's form (every field quoted,
 * no "#TYPE" line unless -IncludeTypeInformation). -Append keeps the file's columns and refuses an object that
 * lacks one unless -Force.
 */
@CmdletInfo(verb = "Export", noun = "Csv", aliases = "epcsv", supportsShouldProcess = true)
public class ExportCsvCommand extends Cmdlet {
    @Parameter(mandatory = true, valueFromPipeline = true)
    Object inputObject;
    @Parameter(position = 0, completion = "path")
    String path;
    @Parameter(aliases = {"PSPath", "LP"}, completion = "path")
    String literalPath;
    @Parameter
    boolean force;
    @Parameter(aliases = "NoOverwrite")
    boolean noClobber;
    @Parameter(validateSet = {"ascii", "bigendianunicode", "bigendianutf32", "oem", "unicode", "utf7", "utf8",
            "utf8BOM", "utf8NoBOM", "utf32"})
    String encoding;
    @Parameter
    boolean append;
    @Parameter(position = 1)
    Character delimiter;
    @Parameter
    boolean useCulture;
    @Parameter(aliases = "ITI")
    boolean includeTypeInformation;
    @Parameter(aliases = "NTI")
    boolean noTypeInformation;
    @Parameter(aliases = "QF")
    String[] quoteFields;
    @Parameter(aliases = "UQ")
    QuoteKind useQuotes;
    @Parameter
    boolean noHeader;

    private Path file;
    private Writer out;
    private CsvRowWriter rows;
    private List<String> appendedColumns;

    @Override
    protected void begin() {
        if (path == null && literalPath == null) {
            throw PsException.invalidArgument("Cannot perform operation because the path resolved to more than one "
                    + "file or no file. Specify the Path or LiteralPath parameter.", "CannotSpecifyPathAndLiteralPath",
                    null);
        }
        file = context().resolvePath(path != null ? path : literalPath);
        char sep = CsvOptions.delimiter(delimiter, useCulture);
        boolean withType = CsvOptions.includeType(includeTypeInformation, noTypeInformation);
        if (!shouldProcess(file.toString(), "Export-Csv")) return;
        String enc = encoding;
        if (append && Files.isRegularFile(file)) {
            appendedColumns = existingColumns(file, sep);
            if (enc == null) enc = InputFile.bomEncoding(file);
        }
        rows = CsvOptions.writer(sep, useQuotes, quoteFields, withType, noHeader, appendedColumns);
        out = closeAtEnd(OutputFile.open(file, enc, append, force, noClobber));
    }

    private static List<String> existingColumns(Path file, char sep) {
        try (CsvObjectReader reader = new CsvObjectReader(InputFile.reader(file, null), sep, null)) {
            List<String> header = reader.header();
            return header.isEmpty() ? null : header;
        } catch (CsvFormatException e) {
            return null;
        }
    }

    @Override
    protected void process() {
        if (rows == null || inputObject == null) return;
        if (appendedColumns != null && !force) {
            for (String column : appendedColumns) {
                if (!CsvRowWriter.hasProperty(inputObject, column)) {
                    throw new PsException("System.InvalidOperationException", "Cannot append CSV content to the "
                            + "following file: " + file + ". The appended object does not have a property that "
                            + "corresponds to the following column: " + column + ". To continue with mismatched "
                            + "properties, add the -Force parameter, and then retry the command.",
                            "CannotAppendCsvWithMismatchedPropertyName", ErrorCategory.InvalidData, column);
                }
            }
        }
        try {
            for (String line : rows.lines(inputObject)) {
                out.write(line);
                out.write(System.lineSeparator());
            }
        } catch (IOException e) {
            throw OutputFile.writeFailure(e, file);
        }
    }

    @Override
    protected void end() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            throw OutputFile.writeFailure(e, file);
        }
    }
}
