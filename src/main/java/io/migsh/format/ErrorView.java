package io.migsh.format;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.Members;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SourcePosition;
import java.util.List;

/**
 * PowerShell 7's ConciseView of an error record ($ErrorView = 'ConciseView', the ErrorInstance view of
 * PowerShellCore.format.ps1xml). At the prompt: {@code Get-Foo: message}. In a script file (or on a later line of
 * typed input, or for a parse error) the source line is shown with tildes under the failing text:
 * <pre>
 * Get-Foo: /path/x.ps1:3
 * Line |
 *    3 |  Get-Foo -Bad 1
 *      |          ~~~~
 *      | A parameter cannot be found that matches parameter name 'Bad'.
 * </pre>
 * The label before the colon is "Exception" for a {@code throw} statement (recognised by the OperationStopped
 * category PowerShell gives it), else the command that failed, else the error category, or for NotSpecified the
 * exception's short type name.
 */
public final class ErrorView {
    private ErrorView() {}

    /** The text the shell prints for the error; every line ends with a newline. */
    public static String concise(ErrorRecord record, int width) {
        SourcePosition at = record.position() == null ? SourcePosition.NONE : record.position();
        boolean parseError = record.category() == ErrorCategory.ParserError;
        boolean inFile = at.isKnown() && at.file() != null;
        String message = record.message() == null ? "" : record.message();
        StringBuilder pos = new StringBuilder();
        String prefix = "";
        PositionMessage source = at.isKnown() ? PositionMessage.of(at) : null;
        if (at.isKnown() && (inFile || at.line() > 1 || parseError)) {
            pos.append(inFile ? at.file() + ":" + at.line() : "").append('\n');
            String number = Integer.toString(at.line());
            String header = " ".repeat(Math.max(0, number.length() - 4));
            pos.append(header).append("Line |\n");
            String code = source == null ? "" : " " + source.line();
            pos.append(" ".repeat(Math.max(0, 4 - number.length()))).append(number).append(" | ").append(code).append('\n');
            prefix = header + "     | ";
            if (source != null) pos.append(prefix).append(" ").append(source.highlight()).append('\n');
        }
        String text = prefix + message;
        if (inFile || parseError) {
            text = wrap(text.replace("\r\n", " ").replace('\n', ' ').replace('\t', ' '), prefix, width) + "\n";
        }
        return reason(record) + ": " + pos + text + "\n";
    }

    /** The label before the colon, as the ConciseView script chooses it. */
    static String reason(ErrorRecord record) {
        if (record.commandName() == null && record.category() == ErrorCategory.OperationStopped) return "Exception";
        if (record.commandName() != null && !record.commandName().isEmpty()) return record.commandName();
        // CategoryInfo.Activity of a command that was not found is the name that was typed.
        if (record.exceptionType() != null && record.exceptionType().endsWith(".CommandNotFoundException")
                && record.targetObject() instanceof String typed) return typed;
        if (record.category() != null && record.category() != ErrorCategory.NotSpecified) return record.category().name();
        String type = record.exceptionType() == null ? "Exception" : record.exceptionType();
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Breaks a long message at spaces to the window width, continuing each line after {@code prefix}. */
    private static String wrap(String message, String prefix, int width) {
        if (width <= 0 || message.length() <= width) return message;
        StringBuilder sb = new StringBuilder();
        String first = cut(message, width);
        sb.append(first).append('\n');
        String remaining = message.substring(first.length()).strip();
        while (remaining.length() + prefix.length() > width) {
            String piece = cut(prefix + remaining, width);
            if (piece.length() - prefix.length() <= 0) break;
            sb.append(piece).append('\n');
            remaining = remaining.substring(piece.length() - prefix.length()).strip();
        }
        return sb.append(prefix).append(remaining.strip()).toString();
    }

    /** Get-TruncatedString: the first {@code length} characters, cut back to the last whitespace in them. */
    private static String cut(String s, int length) {
        if (s.length() <= length) return s;
        String head = s.substring(0, length);
        for (int i = head.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(head.charAt(i))) return head.substring(0, i);
        }
        return head;
    }

    /** PowerShell 5.1's NormalView position text ("At line:1 char:5", the line, the tildes), for the record's InvocationInfo. */
    public static String positionMessage(SourcePosition at) {
        return at == null || !at.isKnown() ? "" : PositionMessage.verbose(at);
    }

    /** The error record's properties as {@code Format-List *} shows them. */
    public static PsObject asObject(ErrorRecord r) {
        PsObject o = new PsObject("System.Management.Automation.ErrorRecord", "System.Object");
        SourcePosition at = r.position() == null ? SourcePosition.NONE : r.position();
        o.add("PSMessageDetails", null);
        o.add("Exception", r.exceptionType() + ": " + r.message());
        o.add("TargetObject", r.targetObject());
        o.add("CategoryInfo", Members.get(r, "CategoryInfo"));
        o.add("FullyQualifiedErrorId", r.fullyQualifiedErrorId());
        o.add("ErrorDetails", null);
        o.add("InvocationInfo", at.isKnown() ? "System.Management.Automation.InvocationInfo" : null);
        o.add("ScriptStackTrace", at.isKnown()
                ? "at <ScriptBlock>, " + (at.file() == null ? "<No file>" : at.file()) + ": line " + at.line() : null);
        o.add("PipelineIterationInfo", List.of());
        o.withToString(LanguagePrimitives.toText(r.message()));
        return o;
    }
}
