package io.migsh.lang.interpreter;

import io.migsh.runtime.DotNetName;
import java.util.ArrayList;
import java.util.Collection;

/** [System.Collections.ArrayList]: a growable list whose Add returns the new index (hence [void]$list.Add(x)). */
@DotNetName("System.Collections.ArrayList")
public final class DotNetArrayList extends ArrayList<Object> {
    public DotNetArrayList() {
        super();
    }

    public DotNetArrayList(Collection<?> items) {
        super(items);
    }
}
