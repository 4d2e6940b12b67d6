package io.migsh.format;

import io.migsh.runtime.PsObject;
import io.migsh.runtime.ScalarValue;
import io.migsh.runtime.SecureString;
import io.migsh.runtime.TypeNames;
import io.migsh.runtime.WildcardPattern;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Resolves -Property arguments and default property sets against an object, as PowerShell's AssociationManager. */
final class PropertyResolver {
    /** Tables without a view show at most ten properties (PowerShell's FilterActiveAssociationList). */
    static final int TABLE_PROPERTY_LIMIT = 10;

    private PropertyResolver() {}

    /**
     * Expands the requested properties on {@code target}: wildcards to the matching names; a plain name that the
     * object lacks is kept for a table (an empty column) and dropped for a list, as PowerShell does.
     */
    static List<ResolvedColumn> resolve(List<FormatProperty> requested, Object target, boolean keepMissing) {
        List<ResolvedColumn> out = new ArrayList<>();
        List<String> names = FormatMembers.names(target);
        for (FormatProperty p : requested) {
            if (p.expression() != null) {
                out.add(new ResolvedColumn(p.header(), p.expression(), p));
            } else if (WildcardPattern.hasWildcards(p.name())) {
                WildcardPattern pattern = WildcardPattern.of(p.name(), false);
                Set<String> seen = new LinkedHashSet<>();
                for (String n : names) {
                    if (pattern.matches(n) && seen.add(n)) {
                        out.add(new ResolvedColumn(n, ValueExpression.property(n), p));
                    }
                }
            } else {
                String actual = actualName(names, p.name());
                if (actual == null && !keepMissing) continue;
                String label = p.label() != null ? p.label() : actual != null ? actual : p.name();
                out.add(new ResolvedColumn(label, ValueExpression.property(p.name()), p));
            }
        }
        return out;
    }

    /** The default display property set of the object's type, else all its properties. */
    static List<ResolvedColumn> defaults(ViewRegistry views, Object target) {
        List<String> names = views.displayPropertySet(TypeNames.of(target));
        if (names.isEmpty()) names = withoutComputerName(target, FormatMembers.names(target));
        List<ResolvedColumn> out = new ArrayList<>();
        for (String n : names) out.add(new ResolvedColumn(n, ValueExpression.property(n), null));
        return out;
    }

    /**
     * AssociationManager.HandleComputerNameProperties: objects that came through remoting (or an export of them)
     * carry PSComputerName, RunspaceId and PSShowComputerName; PSShowComputerName is never shown, and PSComputerName
     * only when PSShowComputerName is true.
     */
    private static List<String> withoutComputerName(Object target, List<String> names) {
        String show = actualName(names, "PSShowComputerName");
        String computer = actualName(names, "PSComputerName");
        if (show == null && computer == null) return names;
        boolean showComputer = show != null && computer != null
                && io.migsh.runtime.LanguagePrimitives.toBool(FormatMembers.get(target, show));
        List<String> out = new ArrayList<>(names);
        if (show != null) out.remove(show);
        if (computer != null && !showComputer) out.remove(computer);
        return out;
    }

    private static String actualName(List<String> names, String wanted) {
        for (String n : names) if (n.equalsIgnoreCase(wanted)) return n;
        return null;
    }

    /** Numbers, booleans, characters and enums are right-aligned; everything else (strings, dates) left. */
    static Alignment alignmentOf(Object value) {
        if (value == null || value instanceof String) return Alignment.Left;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof Double || value instanceof Float || value instanceof BigDecimal
                || value instanceof BigInteger || value instanceof Boolean || value instanceof Character
                || value instanceof SecureString || value instanceof Enum<?>) {
            return Alignment.Right;
        }
        if (value instanceof PsObject o) {
            List<String> t = o.typeNames();
            if (t.size() >= 2 && (t.get(1).equals("System.Enum") || t.get(1).equals("Deserialized.System.Enum"))) {
                return Alignment.Right;
            }
        }
        return Alignment.Left;
    }

    /** Scalars print as their text, on their own line, whatever shape is active (PowerShell's DefaultScalarTypes). */
    static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof SecureString || value instanceof Enum<?>
                || value instanceof ScalarValue;
    }
}
