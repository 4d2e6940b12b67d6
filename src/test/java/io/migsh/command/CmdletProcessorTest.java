package io.migsh.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmdletProcessorTest {
    @CmdletInfo(verb = "Get", noun = "Thing", supportsShouldProcess = true, confirmImpact = ConfirmImpact.Medium,
            defaultParameterSet = "Identity")
    public static class GetThing extends Cmdlet {
        @Parameter(position = 0, sets = "Identity", valueFromPipelineByPropertyName = true)
        String identity;
        @Parameter(mandatory = true, sets = "Status")
        String status;
        @Parameter
        int resultSize = 1000;
        @Parameter
        boolean includeReport;

        @Override
        protected void process() {
            if ("bad".equals(identity)) {
                writeError(ErrorRecord.of("System.Exception", "bad one", "Bad", io.migsh.runtime.ErrorCategory.InvalidData, identity));
                return;
            }
            if (!shouldProcess(String.valueOf(identity), "Get")) return;
            writeObject(parameterSetName() + ":" + identity + ":" + status + ":" + resultSize + ":" + includeReport);
        }
    }

    private final Fixture fx = new Fixture();

    private List<Object> run(List<CommandArgument> args, List<Object> input) {
        CommandProcessor p = CmdletDefinition.compile(GetThing.class).newProcessor(args, fx.context, null);
        List<Object> out = new ArrayList<>();
        Pipeline.run(List.of(p), input, out::add);
        return out;
    }

    @Test
    void bindsPositionalPrefixAndSwitch() {
        List<Object> out = run(List.of(CommandArgument.Positional.of("b1"), CommandArgument.Named.flag("result"),
                CommandArgument.Positional.of("5"), CommandArgument.Named.flag("inc")), null);
        assertEquals(List.of("Identity:b1:null:5:true"), out);
    }

    @Test
    void chosesTheSetFromNamedParameters() {
        assertEquals(List.of("Status:null:Failed:1000:false"),
                run(List.of(CommandArgument.Named.of("Status", "Failed")), null));
    }

    @Test
    void bindsPipelineInputByPropertyNameAndResetsDefaults() {
        PsObject a = PsObject.custom();
        a.add("Identity", "x");
        PsObject b = PsObject.custom();
        b.add("Identity", "y");
        assertEquals(List.of("Identity:x:null:1000:false", "Identity:y:null:1000:false"), run(List.of(), List.of(a, b)));
    }

    @Test
    void inputNoParameterTakesIsANonTerminatingError() {
        assertEquals(List.of(), run(List.of(), List.of(42)));
        assertEquals("InputObjectNotBound,Get-Thing", fx.errors.get(0).fullyQualifiedErrorId());
    }

    @Test
    void unknownParameterNamesTheParameter() {
        PsException e = assertThrows(PsException.class, () -> run(List.of(CommandArgument.Named.of("Nope", 1)), null));
        assertEquals("A parameter cannot be found that matches parameter name 'Nope'.", e.getMessage());
        assertEquals("NamedParameterNotFound,Get-Thing", e.record().fullyQualifiedErrorId());
    }

    @Test
    void errorActionStopTurnsAnErrorIntoATerminatingOne() {
        List<CommandArgument> args = List.of(CommandArgument.Positional.of("bad"),
                CommandArgument.Named.of("ErrorAction", "Stop"));
        PsException e = assertThrows(PsException.class, () -> run(args, null));
        assertEquals("bad one", e.getMessage());
        assertEquals(0, fx.errors.size());
    }

    @Test
    void errorActionSilentlyContinueKeepsTheErrorInErrorVariable() {
        run(List.of(CommandArgument.Positional.of("bad"), CommandArgument.Named.of("ea", "SilentlyContinue"),
                CommandArgument.Named.of("ErrorVariable", "e")), null);
        assertEquals(0, fx.errors.size());
        assertEquals("[bad one]", String.valueOf(fx.context.variables().get("e")));
        assertEquals("[bad one]", String.valueOf(fx.context.variables().get("global:Error")));
    }

    @Test
    void whatIfDescribesAndSkips() {
        assertEquals(List.of(), run(List.of(CommandArgument.Positional.of("b"), CommandArgument.Named.flag("WhatIf")), null));
        assertEquals("What if: Performing the operation \"Get\" on target \"b\".\n", fx.output.toString());
    }

    @Test
    void missingMandatoryWithoutATerminalIsAnError() {
        CommandProcessor p = CmdletDefinition.compile(RequiresName.class).newProcessor(List.of(), fx.context, null);
        PsException e = assertThrows(PsException.class, () -> Pipeline.run(List.of(p), null, x -> {}));
        assertEquals("Cannot process command because of one or more missing mandatory parameters: Name.", e.getMessage());
    }

    @CmdletInfo(verb = "Test", noun = "Name")
    public static class RequiresName extends Cmdlet {
        @Parameter(mandatory = true, position = 0)
        String name;
    }

    @CmdletInfo(verb = "Open", noun = "File")
    public static class OpenFile extends Cmdlet {
        static final List<String> EVENTS = new ArrayList<>();
        @Parameter(valueFromPipeline = true)
        Object inputObject;

        @Override
        protected void begin() {
            closeAtEnd(() -> EVENTS.add("closed"));
        }

        @Override
        protected void process() {
            writeObject(inputObject);
        }

        @Override
        protected void dispose() {
            EVENTS.add("disposed");
        }
    }

    @CmdletInfo(verb = "Fail", noun = "Second")
    public static class FailSecond extends Cmdlet {
        @Parameter(valueFromPipeline = true)
        Object inputObject;

        @Override
        protected void process() {
            if (Integer.valueOf(2).equals(inputObject)) throw new PsException(ErrorRecord.of("System.Exception",
                    "no 2", "NoTwo", io.migsh.runtime.ErrorCategory.InvalidData, inputObject));
        }
    }

    private CommandProcessor stage(Class<? extends Cmdlet> type) {
        return CmdletDefinition.compile(type).newProcessor(List.of(), fx.context, null);
    }

    @Test
    void a_cmdlet_releases_what_it_holds_once_after_end() {
        OpenFile.EVENTS.clear();
        Pipeline.run(List.of(stage(OpenFile.class)), List.of(1, 2), x -> {});
        assertEquals(List.of("disposed", "closed"), OpenFile.EVENTS);
    }

    @Test
    void a_cmdlet_releases_what_it_holds_when_a_later_stage_fails() {
        OpenFile.EVENTS.clear();
        PsException e = assertThrows(PsException.class, () -> Pipeline.run(
                List.of(stage(OpenFile.class), stage(FailSecond.class)), List.of(1, 2, 3), x -> {}));
        assertEquals(List.of("disposed", "closed"), OpenFile.EVENTS);
        assertEquals("NoTwo,Fail-Second", e.record().fullyQualifiedErrorId());
    }
}
