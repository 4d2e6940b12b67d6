package io.migsh.clixml;

import io.migsh.runtime.DotNetName;

/** System.Management.Automation.SemanticVersion (CLIXML &lt;SemanticVersion&gt;, PowerShell 6+), e.g. 7.4.1-preview. */
@DotNetName("System.Management.Automation.SemanticVersion")
public record SemanticVersionText(String text) {
    @Override
    public String toString() {
        return text;
    }
}
