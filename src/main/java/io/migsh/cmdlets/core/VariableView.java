package io.migsh.cmdlets.core;

import io.migsh.runtime.PsObject;

/** A variable as Get-Variable shows it (System.Management.Automation.PSVariable: Name, Value). */
final class VariableView {
    private VariableView() {}

    static PsObject of(String name, Object value) {
        PsObject o = new PsObject("System.Management.Automation.PSVariable", "System.Object");
        o.add("Name", name);
        o.add("Value", value);
        o.withToString(name);
        return o;
    }
}
