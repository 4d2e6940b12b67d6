package io.migsh.cmdlets.data;

import io.migsh.csv.CsvObjectReader;
import io.migsh.csv.CsvRowWriter;
import io.migsh.csv.QuoteKind;
import io.migsh.runtime.PsException;
import java.util.List;
import java.util.Locale;

/** The options the CSV cmdlets share: delimiter or -UseCulture, type line, quoting. */
final class CsvOptions {
    private CsvOptions() {}

    static char delimiter(Character delimiter, boolean useCulture) {
        if (delimiter != null) return delimiter;
        return useCulture ? CsvObjectReader.cultureDelimiter(Locale.getDefault()) : ',';
    }

    /** PowerShell 7 writes "#TYPE" only with -IncludeTypeInformation; -NoTypeInformation changes nothing. */
    static boolean includeType(boolean include, boolean exclude) {
        if (include && exclude) {
            throw PsException.invalidArgument("The parameters IncludeTypeInformation and NoTypeInformation cannot "
                    + "be used together.", "CannotSpecifyIncludeTypeInformationAndNoTypeInformation", null);
        }
        return include;
    }

    static CsvRowWriter writer(char delimiter, QuoteKind useQuotes, String[] quoteFields, boolean includeType,
            boolean noHeader, List<String> columns) {
        return new CsvRowWriter(delimiter, useQuotes == null ? QuoteKind.Always : useQuotes,
                quoteFields == null ? null : List.of(quoteFields), includeType, noHeader, columns);
    }
}
