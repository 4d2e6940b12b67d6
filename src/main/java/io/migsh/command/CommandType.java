package io.migsh.command;

import io.migsh.runtime.DotNetName;

/** System.Management.Automation.CommandTypes, as Get-Command shows them. */
@DotNetName("System.Management.Automation.CommandTypes")
public enum CommandType { Alias, Function, Filter, Cmdlet, ExternalScript }
