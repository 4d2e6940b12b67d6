package io.migsh.command;

/** System.Management.Automation.CommandTypes, as Get-Command shows them. */
public enum CommandType { Alias, Function, Filter, Cmdlet, ExternalScript }
