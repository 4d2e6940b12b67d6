package io.migsh.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorViewTest {
    private static final String BAD = "A parameter cannot be found that matches parameter name 'Bad'.";

    private static ErrorRecord error(String type, String message, ErrorCategory category, String command,
            SourcePosition at) {
        return new ErrorRecord(type, message, "Id", category, null, command, at, null);
    }

    @Test
    void at_the_prompt_the_command_name_precedes_the_message() {
        ErrorRecord r = error("System.Management.Automation.ParameterBindingException", BAD,
                ErrorCategory.InvalidArgument, "Get-Foo", new SourcePosition(null, 1, 9, 4, "Get-Foo -Bad 1"));
        assertEquals("Get-Foo: " + BAD + "\n", ErrorView.concise(r, 120));
    }

    @Test
    void in_a_script_the_line_is_shown_with_tildes_under_the_failing_text() {
        ErrorRecord r = error("System.Management.Automation.ParameterBindingException", BAD,
                ErrorCategory.InvalidArgument, "Get-Foo", new SourcePosition("/path/x.ps1", 3, 9, 4, "Get-Foo -Bad 1"));
        assertEquals("""
                Get-Foo: /path/x.ps1:3
                Line |
                   3 |  Get-Foo -Bad 1
                     |          ~~~~
                     | A parameter cannot be found that matches parameter name 'Bad'.

                """, ErrorView.concise(r, 120));
    }

    @Test
    void a_throw_statement_is_labelled_exception() {
        ErrorRecord atPrompt = error("System.Management.Automation.RuntimeException", "x",
                ErrorCategory.OperationStopped, null, new SourcePosition(null, 1, 1, 9, "throw \"x\""));
        assertEquals("Exception: x\n", ErrorView.concise(atPrompt, 120));
        ErrorRecord inScript = error("System.Management.Automation.RuntimeException", "x",
                ErrorCategory.OperationStopped, null, new SourcePosition("/s/t.ps1", 12, 5, 9, "    throw \"x\""));
        assertEquals("""
                Exception: /s/t.ps1:12
                Line |
                  12 |      throw "x"
                     |      ~~~~~~~~~
                     | x

                """, ErrorView.concise(inScript, 120));
    }

    @Test
    void errors_without_a_command_are_labelled_by_category_or_exception_type() {
        assertEquals("InvalidOperation: Cannot index into a null array.\n", ErrorView.concise(
                error("System.Management.Automation.RuntimeException", "Cannot index into a null array.",
                        ErrorCategory.InvalidOperation, null, SourcePosition.NONE), 120));
        assertEquals("RuntimeException: Attempted to divide by zero.\n", ErrorView.concise(
                error("System.Management.Automation.RuntimeException", "Attempted to divide by zero.",
                        ErrorCategory.NotSpecified, null, SourcePosition.NONE), 120));
    }

    @Test
    void long_messages_in_a_script_wrap_at_spaces_to_the_width_with_four_digit_gutter() {
        ErrorRecord r = error("System.Exception", "Error: MigrationPermanentException: Unable to log into account."
                + " --> Unable to log into account. --> The username or password for this account is incorrect,"
                + " or IMAP access is disabled.", ErrorCategory.NotSpecified, "New-MigrationBatch",
                new SourcePosition("/s/m.ps1", 1234, 1, 18, "New-MigrationBatch -Name a"));
        assertEquals("""
                New-MigrationBatch: /s/m.ps1:1234
                Line |
                1234 |  New-MigrationBatch -Name a
                     |  ~~~~~~~~~~~~~~~~~~
                     | Error: MigrationPermanentException: Unable to log into account. -->
                     | Unable to log into account. --> The username or password for this
                     | account is incorrect, or IMAP access is disabled.

                """, ErrorView.concise(r, 80));
    }

    @Test
    void a_parse_error_at_the_prompt_shows_the_line_block_without_a_file() {
        ErrorRecord r = error("System.Management.Automation.ParseException",
                "You must provide a value expression following the '+' operator.", ErrorCategory.ParserError, null,
                new SourcePosition(null, 1, 4, 1, "1 +"));
        assertEquals("ParserError: \nLine |\n   1 |  1 +\n     |     ~\n"
                + "     | You must provide a value expression following the '+' operator.\n\n", ErrorView.concise(r, 120));
    }

    @Test
    void later_lines_of_typed_input_show_the_line_block_without_wrapping() {
        ErrorRecord r = error("System.Exception", "bad one", ErrorCategory.InvalidData, "Get-Thing",
                new SourcePosition(null, 2, 3, 9, "  Get-Thing"));
        assertEquals("Get-Thing: \nLine |\n   2 |    Get-Thing\n     |    ~~~~~~~~~\n     | bad one\n",
                ErrorView.concise(r, 120));
    }

    @Test
    void long_source_lines_are_cut_around_the_error_with_ellipses() {
        String line = "Get-MigrationUser -BatchId wave1 | Get-MigrationUserStatistics -IncludeReport -NoSuchSwitch"
                + " | Format-List Status,Error,Report";
        int column = line.indexOf("-NoSuchSwitch") + 1;
        ErrorRecord r = error("System.Management.Automation.ParameterBindingException",
                "A parameter cannot be found that matches parameter name 'NoSuchSwitch'.",
                ErrorCategory.InvalidArgument, "Get-MigrationUserStatistics",
                new SourcePosition("/s/u.ps1", 7, column, 13, line));
        String text = ErrorView.concise(r, 120);
        assertEquals(List.of("Get-MigrationUserStatistics: /s/u.ps1:7", "Line |",
                "   7 |  … e1 | Get-MigrationUserStatistics -IncludeReport -NoSuchSwitch | Forma …",
                "     | " + " ".repeat(51) + "~~~~~~~~~~~~~",
                "     | A parameter cannot be found that matches parameter name 'NoSuchSwitch'.", ""),
                List.of(text.split("\n", -1)).subList(0, 6));
    }

    @Test
    void the_normal_view_position_message_names_line_and_char() {
        assertEquals("At line:1 char:9\n+ Get-Foo -Bad 1\n+         ~~~~",
                ErrorView.positionMessage(new SourcePosition(null, 1, 9, 4, "Get-Foo -Bad 1")));
    }

    @Test
    void format_list_star_of_an_error_record_shows_its_properties_wrapped_to_the_width() {
        ErrorRecord r = new ErrorRecord("System.Management.Automation.ItemNotFoundException",
                "Cannot find path '/nope' because it does not exist.", "PathNotFound", ErrorCategory.ObjectNotFound,
                "/nope", "Get-Content", new SourcePosition(null, 1, 1, 16, "Get-Content /nope"), null);
        FormatRequest request = new FormatRequest(FormatShape.List, List.of(FormatProperty.named("*")), false, null,
                false, null, false, 0, 4);
        List<FormatItem> items = new java.util.ArrayList<>();
        OutputFormatter.shape(ViewRegistry.standard(), request, List.of(r), items::add);
        String text = new OutputFormatter(ViewRegistry.standard()).format(new java.util.ArrayList<>(items), 120);
        assertEquals("""

                PSMessageDetails      :\s
                Exception             : System.Management.Automation.ItemNotFoundException: Cannot find path '/nope' because it does\s
                                        not exist.
                TargetObject          : /nope
                CategoryInfo          : ObjectNotFound: (/nope:String) [Get-Content], ItemNotFoundException
                FullyQualifiedErrorId : PathNotFound,Get-Content
                ErrorDetails          :\s
                InvocationInfo        : System.Management.Automation.InvocationInfo
                ScriptStackTrace      : at <ScriptBlock>, <No file>: line 1
                PipelineIterationInfo : {}

                """, text);
    }

    @Test
    void an_error_record_in_the_output_prints_in_concise_view() {
        ErrorRecord r = error("System.Exception", "bad one", ErrorCategory.InvalidData, "Get-Thing", SourcePosition.NONE);
        assertEquals("Get-Thing: bad one\n", new OutputFormatter(ViewRegistry.standard()).format(List.of(r), 120));
    }
}
