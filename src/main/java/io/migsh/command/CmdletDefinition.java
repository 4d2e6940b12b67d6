package io.migsh.command;

import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.SourcePosition;
import java.util.List;

/**
 * A cmdlet class as the registry knows it: its name and aliases from {@link CmdletInfo}, and its parameters compiled
 * into metadata on first use, so that start-up does not reflect over every cmdlet. {@link #compile} compiles at
 * once; a test compiles every registered cmdlet, so mistakes in a declaration still fail before a user finds them.
 */
public final class CmdletDefinition implements CommandInfo {
    private final Class<? extends Cmdlet> type;
    private final CmdletInfo info;
    private volatile CompiledCmdlet compiled;

    private CmdletDefinition(Class<? extends Cmdlet> type, CmdletInfo info) {
        this.type = type;
        this.info = info;
    }

    /** A definition whose parameters are compiled when the command is first run or inspected. */
    public static CmdletDefinition declare(Class<? extends Cmdlet> type) {
        CmdletInfo info = type.getAnnotation(CmdletInfo.class);
        if (info == null) throw new IllegalStateException(type.getName() + " has no @CmdletInfo");
        return new CmdletDefinition(type, info);
    }

    /** A definition compiled now: fails on a mistake in the declaration. */
    public static CmdletDefinition compile(Class<? extends Cmdlet> type) {
        CmdletDefinition d = declare(type);
        d.compiled();
        return d;
    }

    private CompiledCmdlet compiled() {
        CompiledCmdlet c = compiled;
        if (c == null) compiled = c = CompiledCmdlet.of(type, info); // idempotent: a race compiles twice, harmlessly
        return c;
    }

    @Override
    public String name() {
        return info.verb() + "-" + info.noun();
    }

    @Override
    public CommandType commandType() {
        return CommandType.Cmdlet;
    }

    @Override
    public CommandMetadata metadata() {
        return compiled().metadata();
    }

    public String verb() {
        return info.verb();
    }

    public String noun() {
        return info.noun();
    }

    public List<String> aliases() {
        return List.of(info.aliases());
    }

    public Class<? extends Cmdlet> type() {
        return type;
    }

    /** The fields of the cmdlet's own parameters, in declaration order. */
    List<ParameterField> fields() {
        return compiled().fields();
    }

    /** The field of a parameter by its declared name, or null for a common parameter. */
    ParameterField field(String parameterName) {
        return compiled().field(parameterName);
    }

    /** The field of one of this command's parameters (the same instance as in its metadata), or null. */
    ParameterField field(ParameterMetadata parameter) {
        return compiled().field(parameter);
    }

    Cmdlet newInstance() {
        return compiled().newInstance();
    }

    @Override
    public CommandProcessor newProcessor(List<CommandArgument> arguments, ExecutionContext context,
            SourcePosition at) {
        return new CmdletProcessor(this, arguments, context, at);
    }
}
