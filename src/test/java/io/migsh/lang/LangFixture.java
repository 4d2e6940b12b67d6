package io.migsh.lang;

import io.migsh.command.CommandRegistry;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.Host;
import io.migsh.runtime.TextHost;
import io.migsh.runtime.LanguagePrimitives;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** An interpreter with the test cmdlets, a recording host, and the non-terminating errors it reported. */
final class LangFixture {
    final StringBuilder host = new StringBuilder();
    final List<ErrorRecord> errors = new ArrayList<>();
    final Interpreter interpreter;

    LangFixture() {
        this(Path.of("."));
    }

    LangFixture(Path location) {
        this(location, new CommandRegistry().addCmdlets(TestCmdlets.WriteOutput.class,
                TestCmdlets.ForEachObject.class, TestCmdlets.WhereObject.class, TestCmdlets.OutFile.class,
                TestCmdlets.GetBox.class));
    }

    LangFixture(Path location, CommandRegistry commands) {
        Host h = new TextHost(host);
        Clock clock = Clock.fixed(Instant.parse("2024-03-05T14:30:15Z"), ZoneOffset.UTC);
        interpreter = Interpreter.newSession(h, location, Path.of("target/lang-home"), clock, commands);
        interpreter.context().setErrorSink(errors::add);
    }

    List<Object> run(String script) {
        List<Object> out = new ArrayList<>();
        interpreter.run(script, null, List.of(), out::add);
        return out;
    }

    /** The output as text, one item per entry, separated by " | "; errors reported as "!errorId". */
    String text(String script) {
        StringJoiner j = new StringJoiner(" | ");
        for (Object o : run(script)) j.add(o == null ? "$null" : LanguagePrimitives.toText(o));
        for (ErrorRecord e : errors) j.add("!" + e.fullyQualifiedErrorId());
        errors.clear();
        return j.toString();
    }
}
