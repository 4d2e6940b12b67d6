package io.migsh.lang.interpreter;

import io.migsh.runtime.DotNetName;
import java.util.ArrayList;

/** [System.Collections.Generic.List[T]]: a growable list whose elements convert to T; Add returns nothing. */
@DotNetName("System.Collections.Generic.List`1")
public final class GenericList extends ArrayList<Object> {
    private final TypeInfo element;

    public GenericList(TypeInfo element) {
        this.element = element;
    }

    public TypeInfo element() {
        return element;
    }

    /** Adds a value converted to the element type. */
    public void addConverted(Object v) {
        add(element == null ? v : Casts.convert(v, element));
    }
}
