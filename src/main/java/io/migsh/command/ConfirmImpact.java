package io.migsh.command;

/** System.Management.Automation.ConfirmImpact. */
public enum ConfirmImpact { None, Low, Medium, High }
