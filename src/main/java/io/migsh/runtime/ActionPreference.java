package io.migsh.runtime;

/** System.Management.Automation.ActionPreference: what -ErrorAction / $ErrorActionPreference ask for. */
@DotNetName("System.Management.Automation.ActionPreference")
public enum ActionPreference { SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend, Break }
