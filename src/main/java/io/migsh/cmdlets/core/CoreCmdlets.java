package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import java.util.List;

/** The language's everyday cmdlets: objects, output streams, variables, files, dates, help and discovery. */
public final class CoreCmdlets {
    private CoreCmdlets() {}

    public static List<Class<? extends Cmdlet>> all() {
        return List.of(
                // objects in the pipeline
                WhereObjectCommand.class, ForEachObjectCommand.class, SelectObjectCommand.class,
                SortObjectCommand.class, GroupObjectCommand.class, MeasureObjectCommand.class,
                NewObjectCommand.class, GetMemberCommand.class,
                // output streams
                WriteOutputCommand.class, WriteHostCommand.class, WriteErrorCommand.class,
                WriteWarningCommand.class, WriteVerboseCommand.class, WriteProgressCommand.class,
                ClearHostCommand.class,
                // variables
                GetVariableCommand.class, SetVariableCommand.class, RemoveVariableCommand.class,
                // files and locations
                GetContentCommand.class, SetContentCommand.class, AddContentCommand.class, TestPathCommand.class,
                SetLocationCommand.class, GetLocationCommand.class, JoinPathCommand.class, SplitPathCommand.class,
                // dates, time, credentials
                GetDateCommand.class, NewTimeSpanCommand.class, StartSleepCommand.class, MeasureCommandCommand.class, ConvertToSecureStringCommand.class,
                GetCredentialCommand.class,
                // discovery and help
                GetCommandCommand.class, GetAliasCommand.class, GetHelpCommand.class, GetHistoryCommand.class,
                InvokeHistoryCommand.class);
    }
}
