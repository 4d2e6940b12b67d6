package io.migsh.cmdlets.data;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.csv.CsvRowWriter;
import io.migsh.csv.QuoteKind;

/** ConvertTo-Csv: each input object as a CSV line (after a header line), as PowerShell 7 writes them. */
@CmdletInfo(verb = "ConvertTo", noun = "Csv")
public class ConvertToCsvCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    Object inputObject;
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

    private CsvRowWriter rows;

    @Override
    protected void begin() {
        rows = CsvOptions.writer(CsvOptions.delimiter(delimiter, useCulture), useQuotes, quoteFields,
                CsvOptions.includeType(includeTypeInformation, noTypeInformation), noHeader, null);
    }

    @Override
    protected void process() {
        if (inputObject == null) return;
        for (String line : rows.lines(inputObject)) writeObject(line);
    }
}
