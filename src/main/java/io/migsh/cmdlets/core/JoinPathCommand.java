package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/** Join-Path: a path and child paths joined with one separator between each, as PowerShell on Linux joins them. */
@CmdletInfo(verb = "Join", noun = "Path")
public class JoinPathCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String[] path;
    @Parameter(position = 1, mandatory = true, valueFromPipelineByPropertyName = true, allowNull = true,
            allowEmptyString = true)
    String childPath;
    @Parameter(position = 2, valueFromRemainingArguments = true)
    String[] additionalChildPath;

    @Override
    protected void process() {
        for (String p : path) {
            String joined = join(p, childPath);
            if (additionalChildPath != null) {
                for (String more : additionalChildPath) joined = join(joined, more);
            }
            writeObject(joined);
        }
    }

    /** One '/' between the parts, whatever separators (/ or \) the parts already end or start with. */
    static String join(String parent, String child) {
        if (child == null || child.isEmpty()) return parent;
        if (parent.isEmpty()) return child;
        String head = parent;
        while (head.length() > 1 && isSeparator(head.charAt(head.length() - 1))) head = head.substring(0, head.length() - 1);
        String tail = child;
        while (!tail.isEmpty() && isSeparator(tail.charAt(0))) tail = tail.substring(1);
        return isSeparator(head.charAt(head.length() - 1)) ? head + tail : head + "/" + tail;
    }

    static boolean isSeparator(char c) {
        return c == '/' || c == '\\';
    }
}
