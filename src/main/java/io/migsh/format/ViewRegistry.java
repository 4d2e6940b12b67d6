package io.migsh.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The views the formatter knows, by .NET type name (PowerShell's format.ps1xml database), and the default display
 * property sets (types.ps1xml DefaultDisplayPropertySet). A type's first view is its default one. Lookups walk an
 * object's type names, most derived first, and then try them again without the "Deserialized." prefix, so views
 * of live types apply to objects read back by Import-Clixml.
 */
public final class ViewRegistry {
    private static final String DESERIALIZED = "Deserialized.";

    private final Map<String, List<ViewDefinition>> views = new HashMap<>();
    private final Map<String, List<String>> propertySets = new HashMap<>();

    /** The views of PowerShell's own types and of the Exchange objects migsh serves. */
    public static ViewRegistry standard() {
        ViewRegistry r = new ViewRegistry();
        CoreViews.addTo(r);
        ExchangeViews.addTo(r);
        return r;
    }

    /** Adds a view for a type; the first view added for a type is its default. */
    public ViewRegistry add(String typeName, ViewDefinition view) {
        views.computeIfAbsent(key(typeName), k -> new ArrayList<>()).add(view);
        return this;
    }

    /** The properties shown by default for a type without a view (at most four: a table, else a list). */
    public ViewRegistry displayProperties(String typeName, String... properties) {
        propertySets.put(key(typeName), List.of(properties));
        return this;
    }

    /** A matched view together with the type name it was registered for. */
    public record Match<V extends ViewDefinition>(String typeName, V view) {}

    public Optional<Match<ViewDefinition>> defaultView(List<String> typeNames) {
        return find(typeNames, ViewDefinition.class);
    }

    public Optional<Match<TableView>> tableView(List<String> typeNames) {
        return find(typeNames, TableView.class);
    }

    public Optional<Match<ListView>> listView(List<String> typeNames) {
        return find(typeNames, ListView.class);
    }

    /** The default display property set of the first type that has one, or an empty list. */
    public List<String> displayPropertySet(List<String> typeNames) {
        for (List<String> names : candidates(typeNames)) {
            for (String t : names) {
                List<String> set = propertySets.get(key(t));
                if (set != null) return set;
            }
        }
        return List.of();
    }

    /** True when {@code typeNames} (or their live forms) include {@code typeName}: the object fits that view. */
    public static boolean applies(String typeName, List<String> typeNames) {
        for (List<String> names : candidates(typeNames)) {
            for (String t : names) if (t.equalsIgnoreCase(typeName)) return true;
        }
        return false;
    }

    private <V extends ViewDefinition> Optional<Match<V>> find(List<String> typeNames, Class<V> kind) {
        for (List<String> names : candidates(typeNames)) {
            for (String t : names) {
                List<ViewDefinition> list = views.get(key(t));
                if (list == null) continue;
                for (ViewDefinition v : list) if (kind.isInstance(v)) return Optional.of(new Match<>(t, kind.cast(v)));
            }
        }
        return Optional.empty();
    }

    private static List<List<String>> candidates(List<String> typeNames) {
        List<String> stripped = new ArrayList<>();
        boolean any = false;
        for (String t : typeNames) {
            if (t.startsWith(DESERIALIZED)) {
                stripped.add(t.substring(DESERIALIZED.length()));
                any = true;
            } else {
                stripped.add(t);
            }
        }
        return any ? List.of(typeNames, stripped) : List.of(typeNames);
    }

    private static String key(String typeName) {
        return typeName.toLowerCase(Locale.ROOT);
    }
}
