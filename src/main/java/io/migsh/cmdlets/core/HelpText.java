package io.migsh.cmdlets.core;

import io.migsh.command.CommandInfo;
import io.migsh.command.CommandSyntax;
import io.migsh.command.ParameterMetadata;
import java.util.List;

/** Renders a help page the way Get-Help prints one: NAME, SYNOPSIS, SYNTAX, DESCRIPTION, PARAMETERS, EXAMPLES, REMARKS. */
final class HelpText {
    private static final String INDENT = "    ";

    private HelpText() {}

    static String summary(CommandInfo c, HelpPage page) {
        StringBuilder s = head(c, page);
        s.append("\nREMARKS\n");
        s.append(INDENT).append("To see the examples, type: \"Get-Help ").append(c.name()).append(" -Examples\"\n");
        s.append(INDENT).append("For more information, type: \"Get-Help ").append(c.name()).append(" -Detailed\"\n");
        s.append(INDENT).append("For technical information, type: \"Get-Help ").append(c.name()).append(" -Full\"\n");
        return s.toString();
    }

    static String full(CommandInfo c, HelpPage page) {
        StringBuilder s = head(c, page);
        s.append("\nPARAMETERS\n");
        for (ParameterMetadata p : c.metadata().ownParameters()) s.append(parameter(p, page));
        s.append(INDENT).append("<CommonParameters>\n");
        s.append(INDENT).append(INDENT).append("This cmdlet supports the common parameters: Verbose, Debug,\n");
        s.append(INDENT).append(INDENT).append("ErrorAction, ErrorVariable, WarningAction, WarningVariable,\n");
        s.append(INDENT).append(INDENT).append("OutBuffer, PipelineVariable, and OutVariable.\n\n");
        if (!page.notes().isEmpty()) s.append("NOTES\n").append(indented(page.notes(), INDENT)).append('\n');
        String examples = exampleList(page);
        if (!examples.isEmpty()) s.append("EXAMPLES\n").append(examples);
        return s.toString();
    }

    /** -Examples: the name and synopsis, then the examples (-Full lists them after the parameters instead). */
    static String examples(CommandInfo c, HelpPage page) {
        String examples = exampleList(page);
        if (examples.isEmpty()) return "";
        return "\nNAME\n" + INDENT + c.name() + "\n\nSYNOPSIS\n" + indented(page.synopsis(), INDENT) + "\n\n"
                + "EXAMPLES\n" + examples;
    }

    private static String exampleList(HelpPage page) {
        StringBuilder s = new StringBuilder();
        int n = 1;
        for (String example : page.examples()) {
            s.append(INDENT).append("-------------------------- Example ").append(n++)
                    .append(" --------------------------\n\n");
            s.append(indented(example.strip(), INDENT)).append("\n\n");
        }
        return s.toString();
    }

    static String parameter(ParameterMetadata p, HelpPage page) {
        StringBuilder s = new StringBuilder();
        s.append(INDENT).append('-').append(p.name());
        if (!p.isSwitch()) s.append(" <").append(CommandSyntax.typeName(p)).append('>');
        s.append('\n');
        String text = page.parameter(p.name());
        if (!text.isEmpty()) s.append(indented(text, INDENT + INDENT)).append("\n\n");
        String pipeline = p.fromPipeline() && p.fromPipelineByPropertyName() ? "true (ByValue, ByPropertyName)"
                : p.fromPipeline() ? "true (ByValue)" : p.fromPipelineByPropertyName() ? "true (ByPropertyName)" : "false";
        row(s, "Required?", String.valueOf(p.mandatory()));
        row(s, "Position?", p.position() >= 0 ? String.valueOf(p.position()) : "named");
        row(s, "Default value", "");
        row(s, "Accept pipeline input?", pipeline);
        if (!p.aliases().isEmpty()) row(s, "Aliases", String.join(", ", p.aliases()));
        row(s, "Accept wildcard characters?", "false");
        s.append('\n');
        return s.toString();
    }

    private static void row(StringBuilder s, String label, String value) {
        s.append(INDENT).append(INDENT).append(String.format("%-28s %s", label, value).stripTrailing()).append('\n');
    }

    private static StringBuilder head(CommandInfo c, HelpPage page) {
        StringBuilder s = new StringBuilder();
        s.append("\nNAME\n").append(INDENT).append(c.name()).append("\n\n");
        s.append("SYNOPSIS\n").append(indented(page.synopsis(), INDENT)).append("\n\n");
        s.append("\nSYNTAX\n");
        List<String> lines = CommandSyntax.lines(c.metadata());
        for (String line : lines) s.append(INDENT).append(line).append("\n\n");
        s.append("\nDESCRIPTION\n").append(indented(page.description(), INDENT)).append("\n\n");
        return s;
    }

    static String indented(String text, String indent) {
        StringBuilder s = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) s.append('\n');
            if (!lines[i].isEmpty()) s.append(indent).append(lines[i]);
        }
        return s.toString();
    }
}
