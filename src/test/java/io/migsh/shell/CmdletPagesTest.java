package io.migsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.cmdlets.core.HelpPage;
import io.migsh.command.CmdletDefinition;
import io.migsh.command.CommandInfo;
import io.migsh.command.CommandMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every cmdlet of the shell compiles, and has its folder under cmdlets/: an about.md with a synopsis that documents
 * only parameters the cmdlet declares, and at least one example (the examples run in {@link TranscriptTest}).
 */
class CmdletPagesTest {
    private static final Path PAGES = Path.of("cmdlets");

    private static List<CmdletDefinition> cmdlets() {
        List<CmdletDefinition> all = new ArrayList<>();
        for (CommandInfo c : Shell.commands().all()) if (c instanceof CmdletDefinition d) all.add(d);
        return all;
    }

    @Test
    void every_cmdlet_declaration_compiles() {
        // The registry compiles on first use; compiling all here makes a bad declaration fail a test, not a user.
        for (CmdletDefinition d : cmdlets()) CmdletDefinition.compile(d.type());
    }

    @Test
    void every_cmdlet_has_a_help_page_and_examples() throws IOException {
        List<String> missing = new ArrayList<>();
        for (CmdletDefinition d : cmdlets()) {
            Path folder = PAGES.resolve(d.name());
            if (!Files.isRegularFile(folder.resolve("about.md"))) missing.add(d.name() + ": no about.md");
            if (!hasExamples(folder.resolve("examples"))) missing.add(d.name() + ": no examples/*.session");
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void a_help_page_documents_only_declared_parameters() {
        List<String> wrong = new ArrayList<>();
        for (CmdletDefinition d : cmdlets()) {
            HelpPage page = HelpPage.load(d.name());
            if (page == null) continue;
            if (page.synopsis().isBlank()) wrong.add(d.name() + ": no synopsis");
            CommandMetadata m = d.metadata();
            for (String p : page.parameters().keySet()) {
                if (m.parameter(p).isEmpty()) wrong.add(d.name() + " documents -" + p);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void every_page_belongs_to_a_cmdlet() throws IOException {
        List<String> names = cmdlets().stream().map(CmdletDefinition::name).toList();
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> folders = Files.list(PAGES)) {
            folders.map(p -> p.getFileName().toString()).filter(n -> !names.contains(n)).sorted().forEach(orphans::add);
        }
        assertEquals(List.of(), orphans);
    }

    private static boolean hasExamples(Path examples) throws IOException {
        if (!Files.isDirectory(examples)) return false;
        try (Stream<Path> files = Files.list(examples)) {
            return files.anyMatch(p -> p.toString().endsWith(".session"));
        }
    }
}
