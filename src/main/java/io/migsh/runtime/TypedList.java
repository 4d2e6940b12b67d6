package io.migsh.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list that shows as a particular .NET collection type (Exchange's MultiValuedProperty, say): Get-Member and
 * CLIXML's &lt;TN&gt; give its type names instead of System.Object[]. It behaves as any list in the pipeline.
 */
public class TypedList extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
    private final List<String> typeNames;

    /** @param typeNames most derived first, ending in System.Object */
    public TypedList(List<String> typeNames) {
        this.typeNames = List.copyOf(typeNames);
    }

    public TypedList(List<String> typeNames, Collection<?> items) {
        super(items);
        this.typeNames = List.copyOf(typeNames);
    }

    public List<String> typeNames() {
        return typeNames;
    }

    /** The .NET type's full name, as GetType().FullName gives it: the first type name. */
    public String dotNetType() {
        return typeNames.isEmpty() ? "System.Object" : typeNames.get(0);
    }

    /**
     * What .NET's ToString() gives for the collection (Export-Csv writes it): the type's name, generic arguments
     * without their assembly, "MultiValuedProperty`1[System.String]".
     */
    public String typeText() {
        return dotNetType().replaceAll("\\[\\[([^,\\]]+)[^\\]]*\\]\\]", "[$1]");
    }
}
