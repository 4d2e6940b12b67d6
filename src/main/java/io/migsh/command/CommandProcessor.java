package io.migsh.command;

import java.util.function.Consumer;

/** One stage of a pipeline: a cmdlet, a script function or a script, run begin / process per input / end. */
public interface CommandProcessor {
    /**
     * Starts the stage; its output goes to {@code downstream}. {@code expectingInput} is true when an upstream
     * stage or expression feeds it, so mandatory pipeline parameters may still arrive.
     */
    void begin(Consumer<Object> downstream, boolean expectingInput);

    /** One object from upstream. */
    void process(Object input);

    /** The single process call of the first stage, which has no input. */
    void processWithoutInput();

    void end();

    /**
     * Releases what the stage holds. The pipeline calls it on every stage once it has ended or failed; a stage
     * must tolerate it after {@link #end()} and more than once.
     */
    default void dispose() {}
}
