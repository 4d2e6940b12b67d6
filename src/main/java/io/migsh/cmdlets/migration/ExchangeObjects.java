package io.migsh.cmdlets.migration;

import io.migsh.runtime.DotNetName;
import io.migsh.runtime.EnumValue;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.TypedList;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What every Exchange output object shares: type names ending in ConfigurableObject, local and UTC times,
 * ObjectState as Exchange's enum, and multi-valued properties typed as Exchange types them, so that CLIXML files
 * carry the same &lt;TN&gt; lists as an export from Exchange.
 */
final class ExchangeObjects {
    static final String CONFIGURABLE = "Microsoft.Exchange.Data.ConfigurableObject";
    /** .NET's assembly-qualified names of element types, as they appear inside generic type names. */
    static final String STRING = "System.String, mscorlib, Version=4.0.0.0, Culture=neutral, "
            + "PublicKeyToken=b77a5c561934e089";
    static final String EXCHANGE_DATA = ", Microsoft.Exchange.Data, Version=15.0.0.0, Culture=neutral, "
            + "PublicKeyToken=31bf3856ad364e35";
    static final String EXCHANGE_STORAGE = ", Microsoft.Exchange.Data.Storage, Version=15.0.0.0, Culture=neutral, "
            + "PublicKeyToken=31bf3856ad364e35";

    /** Microsoft.Exchange.Data.ObjectState, which every ConfigurableObject carries. */
    @DotNetName("Microsoft.Exchange.Data.ObjectState")
    enum ObjectState { New, Unchanged, Changed, Deleted }

    /** Microsoft.Exchange.Data.Directory.Recipient.RecipientType (the members migsh's recipients use). */
    @DotNetName("Microsoft.Exchange.Data.Directory.Recipient.RecipientType")
    enum RecipientType implements EnumValue {
        UserMailbox(2);

        private final long value;

        RecipientType(long value) {
            this.value = value;
        }

        @Override
        public long value() {
            return value;
        }
    }

    /** Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails, a flags enum over Int64. */
    @DotNetName("Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails")
    enum RecipientTypeDetails implements EnumValue {
        UserMailbox(1);

        private final long value;

        RecipientTypeDetails(long value) {
            this.value = value;
        }

        @Override
        public long value() {
            return value;
        }

        @Override
        public boolean isInt64() {
            return true;
        }
    }

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

    /**
     * Exchange's DateTime properties are local times (Kind Local, written with the local offset even where that is
     * +00:00, as WhenChanged is in an Exchange export) and the *UTC ones universal times (Kind Utc, written with Z).
     */
    static PsDateTime local(OffsetDateTime t) {
        return t == null ? null : PsDateTime.local(t.toInstant());
    }

    static PsDateTime utc(OffsetDateTime t) {
        return t == null ? null : PsDateTime.utc(t.toInstant());
    }

    /** The two properties every ConfigurableObject ends with; what a Get- cmdlet reads is Unchanged. */
    static void finish(PsObject o) {
        o.add("IsValid", Boolean.TRUE);
        o.add("ObjectState", ObjectState.Unchanged);
    }

    /** A MultiValuedProperty of strings (empty, never null, as Exchange shows {}). */
    static List<Object> list(List<?> items) {
        return list(STRING, items);
    }

    /** A MultiValuedProperty whose elements have the given assembly-qualified .NET type. */
    static List<Object> list(String elementType, List<?> items) {
        String element = "[[" + elementType + "]]";
        return new TypedList(List.of("Microsoft.Exchange.Data.MultiValuedProperty`1" + element,
                "Microsoft.Exchange.Data.MultiValuedPropertyBase", "System.Object"), items);
    }

    /** A recipient's EmailAddresses: Exchange's ProxyAddressCollection (its items here are the address texts). */
    static List<Object> proxyAddresses(List<?> items) {
        String element = "[[Microsoft.Exchange.Data.ProxyAddress" + EXCHANGE_DATA + "]]";
        return new TypedList(List.of("Microsoft.Exchange.Data.ProxyAddressCollection",
                "Microsoft.Exchange.Data.ProxyAddressBaseCollection`1" + element,
                "Microsoft.Exchange.Data.MultiValuedProperty`1" + element,
                "Microsoft.Exchange.Data.MultiValuedPropertyBase", "System.Object"), items);
    }
}
