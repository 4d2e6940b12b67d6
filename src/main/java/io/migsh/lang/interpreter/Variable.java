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
        this.value = constraint == null ? v : Casts.convert(v, constraint);
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
