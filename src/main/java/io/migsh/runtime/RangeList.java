package io.migsh.runtime;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The numbers of {@code a..b}, computed as they are read: {@code 1..1e9 | Select-Object -First 2} takes no memory, as
 * PowerShell streams a range into a pipeline. The first change (an assignment to an element, or a method that adds
 * or removes) turns it into an ordinary list.
 */
public final class RangeList extends AbstractList<Object> implements RandomAccess {
    private final int from;
    private final int step;
    private final int size;
    private List<Object> changed;

    public RangeList(int from, int to) {
        long count = Math.abs((long) to - from) + 1;
        if (count > Integer.MAX_VALUE - 8) {
            throw new PsException("System.OverflowException", "Array dimensions exceeded supported range.",
                    "System.OverflowException", ErrorCategory.NotSpecified, null);
        }
        this.from = from;
        this.step = from <= to ? 1 : -1;
        this.size = (int) count;
    }

    @Override
    public Object get(int index) {
        if (changed != null) return changed.get(index);
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return from + index * step;
    }

    @Override
    public int size() {
        return changed != null ? changed.size() : size;
    }

    @Override
    public Object set(int index, Object element) {
        return materialized().set(index, element);
    }

    @Override
    public void add(int index, Object element) {
        materialized().add(index, element);
        modCount++;
    }

    @Override
    public Object remove(int index) {
        Object old = materialized().remove(index);
        modCount++;
        return old;
    }

    private List<Object> materialized() {
        if (changed == null) {
            List<Object> all = new ArrayList<>(size);
            for (int i = 0; i < size; i++) all.add(from + i * step);
            changed = all;
        }
        return changed;
    }
}
