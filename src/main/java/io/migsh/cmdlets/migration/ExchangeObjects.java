package io.migsh.cmdlets.migration;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.PsObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** What every Exchange output object shares: type names ending in ConfigurableObject, local and UTC times. */
final class ExchangeObjects {
    static final String CONFIGURABLE = "Microsoft.Exchange.Data.ConfigurableObject";

    private ExchangeObjects() {}

    /** A new object of an Exchange configuration type (most derived name first). */
    static PsObject configurable(String... typeNames) {
        List<String> names = new ArrayList<>(List.of(typeNames));
        names.add(CONFIGURABLE);
        names.add("System.Object");
        return new PsObject(names.toArray(String[]::new));
    }

    /** A plain Exchange value object (not a configuration object). */
    static PsObject value(String typeName) {
        return new PsObject(typeName, "System.Object");
    }

    /** Exchange shows DateTime properties in the shell's local time and the *UTC ones in UTC. */
    static OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Conversions.zone()).toOffsetDateTime();
    }

    static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(java.time.ZoneOffset.UTC);
    }

    /** The two properties every ConfigurableObject ends with. */
    static void finish(PsObject o) {
        o.add("IsValid", Boolean.TRUE);
        o.add("ObjectState", "Unchanged");
    }

    /** A MultiValuedProperty as a list (empty, never null, as Exchange shows {}). */
    static List<Object> list(List<?> items) {
        return new ArrayList<>(items);
    }
}
