package io.migsh.cmdlets.migration;

import io.migsh.migration.MigrationErrors;
import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.migration.model.Unlimited;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.SecureString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Exchange parameter types that PowerShell's binder doesn't know: Unlimited, ByteQuantifiedSize, MultiValuedProperty. */
final class Arguments {
    private Arguments() {}

    static Unlimited unlimited(String parameter, Object value) {
        if (value == null) return null;
        try {
            return Unlimited.from(value);
        } catch (IllegalArgumentException e) {
            throw transformation(parameter, value, "Microsoft.Exchange.Data.Unlimited`1[System.Int32]", e.getMessage());
        }
    }

    static ByteQuantifiedSize size(String parameter, Object value) {
        if (value == null) return null;
        try {
            return ByteQuantifiedSize.from(value);
        } catch (IllegalArgumentException e) {
            throw transformation(parameter, value, "Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data."
                    + "ByteQuantifiedSize]", e.getMessage());
        }
    }

    /** A MultiValuedProperty: each element as text, blanks dropped. */
    static List<String> strings(List<?> values) {
        List<String> out = new ArrayList<>();
        if (values == null) return out;
        for (Object v : values) {
            for (Object item : LanguagePrimitives.enumerate(v)) {
                String s = LanguagePrimitives.toText(item).strip();
                if (!s.isEmpty()) out.add(s);
            }
        }
        return out;
    }

    /** A sync request's -IncrementalSyncInterval: Exchange takes 10 minutes to one day. */
    static Duration syncInterval(Duration interval) {
        if (interval != null && (interval.compareTo(Duration.ofMinutes(10)) < 0
                || interval.compareTo(Duration.ofDays(1)) > 0)) {
            throw MigrationErrors.invalidArgument("The IncrementalSyncInterval must be between 00:10:00 and "
                    + "1.00:00:00.", interval);
        }
        return interval;
    }

    static char[] secret(SecureString s) {
        return s == null ? null : s.reveal();
    }

    private static PsException transformation(String parameter, Object value, String type, String why) {
        return new PsException("System.Management.Automation.ParameterBindingArgumentTransformationException",
                "Cannot process argument transformation on parameter '" + parameter + "'. Cannot convert value \""
                        + LanguagePrimitives.toText(value) + "\" to type \"" + type + "\". Error: \"" + why + "\"",
                "ParameterArgumentTransformationError", ErrorCategory.InvalidData, value);
    }
}
