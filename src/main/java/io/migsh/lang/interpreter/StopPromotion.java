package io.migsh.lang.interpreter;

import io.migsh.command.CommandArgument;
import io.migsh.command.CommandProcessor;
import io.migsh.runtime.ActionPreference;
import io.migsh.runtime.Conversions;
import io.migsh.runtime.PsException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A command run with -ErrorAction Stop: an error that escapes it ends the script (PowerShell's
 * ActionPreferenceStopException), not just the statement, so "Import-Module X -ErrorAction Stop" stops a script.
 */
final class StopPromotion implements CommandProcessor {
    private final CommandProcessor inner;

    private StopPromotion(CommandProcessor inner) {
        this.inner = inner;
    }

    static CommandProcessor wrapIfStop(CommandProcessor p, List<CommandArgument> args) {
        for (CommandArgument a : args) {
            if (a instanceof CommandArgument.Named n && n.hasValue() && isErrorAction(n.name()) && isStop(n.value())) {
                return new StopPromotion(p);
            }
        }
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i) instanceof CommandArgument.Named n && !n.hasValue() && isErrorAction(n.name())
                    && args.get(i + 1) instanceof CommandArgument.Positional v && isStop(v.value())) {
                return new StopPromotion(p);
            }
        }
        return p;
    }

    private static boolean isErrorAction(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("ea") || (n.length() >= 6 && "erroraction".startsWith(n));
    }

    private static boolean isStop(Object v) {
        try {
            return Conversions.convert(v, ActionPreference.class) == ActionPreference.Stop;
        } catch (PsException e) {
            return false;
        }
    }

    private static void run(Runnable step) {
        try {
            step.run();
        } catch (PsException e) {
            throw RuntimeErrors.terminating(e);
        }
    }

    @Override
    public void begin(Consumer<Object> downstream, boolean expectingInput) {
        run(() -> inner.begin(downstream, expectingInput));
    }

    @Override
    public void process(Object input) {
        run(() -> inner.process(input));
    }

    @Override
    public void processWithoutInput() {
        run(inner::processWithoutInput);
    }

    @Override
    public void end() {
        run(inner::end);
    }

    @Override
    public void dispose() {
        inner.dispose();
    }
}
