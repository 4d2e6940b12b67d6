package io.migsh.lang.interpreter;

/** A variable of a scope: its name as first written, its value, and an optional type constraint ([int]$x = 5). */
public final class Variable {
    private final String name;
    private Object value;
    private TypeInfo constraint;
    private final boolean readOnly;

    public Variable(String name, Object value, boolean readOnly) {
        this.name = name;
        this.value = value;
        this.readOnly = readOnly;
    }

    public String name() {
        return name;
    }

    public Object value() {
        return value;
    }

    public void value(Object v) {
        if (readOnly) {
            throw RuntimeErrors.error("System.Management.Automation.SessionStateUnauthorizedAccessException",
                    "Cannot overwrite variable " + name + " because it is read-only or constant.", "VariableNotWritable",
                    io.migsh.runtime.ErrorCategory.WriteError, name);
        }
        this.value = constraint == null ? v : constrained(v, constraint);
    }

    /** The value converted to a variable's type, failing as PowerShell's type attribute does. */
    static Object constrained(Object v, TypeInfo type) {
        try {
            return Casts.convert(v, type);
        } catch (io.migsh.runtime.PsException e) {
            throw RuntimeErrors.variableConversion(e);
        }
    }

    public TypeInfo constraint() {
        return constraint;
    }

    public void constrain(TypeInfo type) {
        this.constraint = type;
    }

    public boolean readOnly() {
        return readOnly;
    }
}
