package io.migsh.cmdlets.data;

import io.migsh.clixml.ClixmlException;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;

/** CLIXML problems as PowerShell-style errors: the reader's message, then the file (if any), line and column. */
final class ClixmlErrors {
    private ClixmlErrors() {}

    /**
     * "Cannot read 'f.xml' as CLIXML: &lt;reason&gt; Line 3, position 5." (the XmlException's own wording last), the
     * file named as it was given.
     */
    static PsException invalidFile(ClixmlException e, String file) {
        String message = (file == null ? "" : "Cannot read '" + file + "' as CLIXML: ") + e.getMessage();
        return new PsException("System.Xml.XmlException", message, "System.Xml.XmlException",
                ErrorCategory.InvalidData, file);
    }
}
