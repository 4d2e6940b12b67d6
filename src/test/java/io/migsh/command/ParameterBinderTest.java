package io.migsh.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.runtime.PsException;
import io.migsh.runtime.PsObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterBinderTest {
    @CmdletInfo(verb = "Write", noun = "Rest")
    public static class WriteRest extends Cmdlet {
        @Parameter(position = 0, valueFromPipeline = true, valueFromRemainingArguments = true)
        List<Object> inputObject;
        @Parameter
        String separator;
    }

    @CmdletInfo(verb = "Get", noun = "Pair")
    public static class GetPair extends Cmdlet {
        @Parameter(position = 0)
        String first;
        @Parameter(valueFromRemainingArguments = true)
        List<Object> rest;
        @Parameter(valueFromPipelineByPropertyName = true, aliases = "Identity")
        String name;
    }

    @CmdletInfo(verb = "Set", noun = "Level")
    public static class SetLevel extends Cmdlet {
        @Parameter(position = 0, validateRange = {1, 12})
        int[] level;
    }

    @CmdletInfo(verb = "Send", noun = "Note")
    public static class SendNote extends Cmdlet {
        @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
        String[] to;
        @Parameter(position = 1, mandatory = true, allowEmptyString = true)
        String text;
        @Parameter(mandatory = true, allowNull = true)
        Object tag;
    }

    private static ParameterBinder binder(Class<? extends Cmdlet> type) {
        return new ParameterBinder(CmdletDefinition.compile(type).metadata());
    }

    @Test
    void a_positional_parameter_that_takes_the_remaining_arguments_takes_them_all() {
        ParameterBinder b = binder(WriteRest.class);
        b.bindArguments(List.of(CommandArgument.Positional.of("a"), CommandArgument.Positional.of("b"),
                CommandArgument.Named.of("Separator", "+"), CommandArgument.Positional.of("c")));
        assertEquals(List.of("a", "b", "c"), b.bound().get("InputObject"));
        assertEquals("+", b.bound().get("Separator"));
    }

    @Test
    void an_array_argument_stays_one_element_of_the_remaining_arguments() {
        ParameterBinder b = binder(WriteRest.class);
        b.bindArguments(List.of(CommandArgument.Positional.of(List.of(1, 2)), CommandArgument.Positional.of(3)));
        assertEquals(List.of(List.of(1, 2), 3), b.bound().get("InputObject"));
    }

    @Test
    void arguments_beyond_the_positions_go_to_the_remaining_arguments_parameter() {
        ParameterBinder b = binder(GetPair.class);
        b.bindArguments(List.of(CommandArgument.Positional.of("x"), CommandArgument.Positional.of("y"),
                CommandArgument.Positional.of("z")));
        assertEquals("x", b.bound().get("First"));
        assertEquals(List.of("y", "z"), b.bound().get("Rest"));
    }

    @Test
    void each_pipeline_object_unbinds_what_the_previous_one_bound() {
        ParameterBinder b = binder(GetPair.class);
        b.bindArguments(List.of(CommandArgument.Positional.of("x")));
        PsObject named = PsObject.custom().add("Identity", "ann");
        assertTrue(b.bindPipelineInput(named, ParameterMetadata.ALL_SETS));
        assertEquals("ann", b.bound().get("Name"));
        assertFalse(b.bindPipelineInput(PsObject.custom().add("Other", 1), ParameterMetadata.ALL_SETS));
        assertFalse(b.isBound("Name"));
        assertEquals("x", b.bound().get("First"));
    }

    @Test
    void a_value_outside_the_range_is_refused_for_every_element_with_powershells_text() {
        ParameterBinder b = binder(SetLevel.class);
        b.bindArguments(List.of(CommandArgument.Positional.of(List.of(1, 12))));
        PsException e = assertThrows(PsException.class,
                () -> binder(SetLevel.class).bindArguments(List.of(CommandArgument.Positional.of(List.of(3, 13)))));
        assertEquals("Cannot validate argument on parameter 'Level'. The 13 argument is greater than the maximum "
                + "allowed range of 12. Supply an argument that is less than or equal to 12 and then try the command "
                + "again.", e.getMessage());
        assertEquals("ParameterArgumentValidationError", e.record().errorId());
        e = assertThrows(PsException.class,
                () -> binder(SetLevel.class).bindArguments(List.of(CommandArgument.Positional.of("0"))));
        assertTrue(e.getMessage().contains("The 0 argument is less than the minimum allowed range of 1."), e.getMessage());
    }

    @Test
    void a_mandatory_parameter_refuses_null_and_empty_text_unless_it_allows_them() {
        ParameterBinder b = binder(SendNote.class);
        b.bindArguments(List.of(CommandArgument.Positional.of("ann"), CommandArgument.Positional.of(null),
                CommandArgument.Named.of("Tag", null)));
        assertEquals("", b.bound().get("Text")); // a string binds $null as ''
        assertEquals(null, b.bound().get("Tag"));
        PsException e = assertThrows(PsException.class,
                () -> binder(SendNote.class).bindArguments(List.of(CommandArgument.Positional.of(null))));
        assertEquals("Cannot bind argument to parameter 'To' because it is null.", e.getMessage());
        assertEquals("ParameterArgumentValidationErrorNullNotAllowed", e.record().errorId());
        e = assertThrows(PsException.class, () -> binder(SendNote.class)
                .bindArguments(List.of(CommandArgument.Positional.of(List.of("ann", "")))));
        assertEquals("Cannot bind argument to parameter 'To' because it is an empty string.", e.getMessage());
    }

    @Test
    void pipeline_input_the_parameter_takes_but_refuses_is_that_error_not_unbound_input() {
        ParameterBinder b = binder(SendNote.class);
        b.bindArguments(List.of(CommandArgument.Named.of("Text", "hi"), CommandArgument.Named.of("Tag", 1)));
        PsException e = assertThrows(PsException.class, () -> b.bindPipelineInput(null, ParameterMetadata.ALL_SETS));
        assertEquals("ParameterArgumentValidationErrorNullNotAllowed", e.record().errorId());
        assertTrue(b.bindPipelineInput("bob", ParameterMetadata.ALL_SETS));
        assertEquals(List.of("bob"), List.of((String[]) b.bound().get("To")));
    }
}
