package io.migsh.cmdlets.core;

import io.migsh.command.CmdletInfo;

/** Add-Content: appends the given values to a file, one line each, creating it when missing. */
@CmdletInfo(verb = "Add", noun = "Content", aliases = "ac", supportsShouldProcess = true)
public class AddContentCommand extends SetContentCommand {
    @Override
    boolean append() {
        return true;
    }
}
