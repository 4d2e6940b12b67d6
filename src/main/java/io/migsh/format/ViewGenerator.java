package io.migsh.format;

/** Turns the objects of one formatted sequence into format objects (PowerShell's ViewGenerator). */
interface ViewGenerator {
    FormatStart start();

    FormatItem entry(Object target);

    /** False when the object does not fit this sequence's view and is printed on its own. */
    boolean applies(Object target);

    /** The grouping key (view GroupBy or -GroupBy), or null when rows are not grouped. */
    FormatProperty groupBy();
}
