package io.migsh.lang;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.ScriptBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Small cmdlets the language tests run against (the real core cmdlets live elsewhere). */
final class TestCmdlets {
    private TestCmdlets() {}

    @CmdletInfo(verb = "Write", noun = "Output", aliases = {"echo"})
    public static class WriteOutput extends Cmdlet {
        @Parameter(position = 0, valueFromPipeline = true, valueFromRemainingArguments = true)
        List<Object> inputObject;

        @Override
        protected void process() {
            if (inputObject != null) for (Object o : inputObject) writeEnumerated(o);
        }
    }

    @CmdletInfo(verb = "ForEach", noun = "Object", aliases = {"%", "foreach"})
    public static class ForEachObject extends Cmdlet {
        @Parameter(position = 0, mandatory = true)
        ScriptBlock process;
        @Parameter(valueFromPipeline = true)
        Object inputObject;

        @Override
        protected void process() {
            for (Object o : process.invoke(inputObject)) writeObject(o);
        }
    }

    @CmdletInfo(verb = "Where", noun = "Object", aliases = {"?", "where"})
    public static class WhereObject extends Cmdlet {
        @Parameter(position = 0, mandatory = true)
        ScriptBlock filterScript;
        @Parameter(valueFromPipeline = true)
        Object inputObject;

        @Override
        protected void process() {
            if (LanguagePrimitives.toBool(filterScript.invokeForValue(inputObject))) writeObject(inputObject);
        }
    }

    /** Out-File as the redirection operators use it: one line of text per object. */
    @CmdletInfo(verb = "Out", noun = "File")
    public static class OutFile extends Cmdlet {
        @Parameter(position = 0, mandatory = true)
        String filePath;
        @Parameter
        boolean append;
        @Parameter(valueFromPipeline = true)
        Object inputObject;
        private final StringBuilder text = new StringBuilder();

        @Override
        protected void process() {
            text.append(LanguagePrimitives.toText(inputObject)).append('\n');
        }

        @Override
        protected void end() {
            try {
                var path = context().resolvePath(filePath);
                if (append) {
                    Files.writeString(path, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } else {
                    Files.writeString(path, text, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Writes a non-terminating error for "bad", fails terminally for "fatal", else writes a mailbox-like object. */
    @CmdletInfo(verb = "Get", noun = "Box")
    public static class GetBox extends Cmdlet {
        @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
        String identity;
        @Parameter
        int size = 10;

        @Override
        protected void process() {
            if ("bad".equals(identity)) {
                writeError(ErrorRecord.of("System.Exception", "The box 'bad' was not found.", "BoxNotFound",
                        ErrorCategory.ObjectNotFound, identity));
                return;
            }
            if ("fatal".equals(identity)) {
                throw new PsException("System.InvalidOperationException", "The box store is offline.", "StoreOffline",
                        ErrorCategory.ResourceUnavailable, identity);
            }
            PsObject o = new PsObject("Test.Box", "System.Object");
            o.add("Identity", identity).add("Size", size);
            writeObject(o);
        }
    }
}
