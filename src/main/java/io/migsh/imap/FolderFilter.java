package io.migsh.imap;

import io.migsh.target.SpecialFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Exchange's IncludeFolders / ExcludeFolders: names relative to the IMAP root with '/' between levels,
 * case-insensitive; "Name/*" is the folder and everything under it; "#Inbox#" (or "#SentItems#", "#DeletedItems#",
 * "#Drafts#", "#JunkEmail#", "#Archive#", "#AllItems#") is a well-known folder whatever its name, "#Root#/*" the
 * whole tree; "\#Notes\#" is a folder literally named "#Notes#". Wildcards elsewhere are not supported, as in
 * Exchange. When IncludeFolders is given only matching folders are copied; ExcludeFolders wins over it.
 */
public final class FolderFilter {
    /** One parsed entry. {@code special} is set for "#WellKnown#" entries, {@code path} otherwise. */
    record Entry(SpecialFolder special, boolean root, List<String> path, boolean subtree) {
    }

    public static final FolderFilter ALL = new FolderFilter(List.of(), List.of());

    private final List<Entry> include;
    private final List<Entry> exclude;

    private FolderFilter(List<Entry> include, List<Entry> exclude) {
        this.include = include;
        this.exclude = exclude;
    }

    /** Parses Exchange's syntax; a well-known name Exchange does not know is an IllegalArgumentException. */
    public static FolderFilter of(List<String> includeFolders, List<String> excludeFolders) {
        return new FolderFilter(parse(includeFolders), parse(excludeFolders));
    }

    private static List<Entry> parse(List<String> values) {
        List<Entry> entries = new ArrayList<>();
        if (values == null) return entries;
        for (String raw : values) {
            if (raw == null || raw.isBlank()) continue;
            entries.add(parseEntry(raw.trim()));
        }
        return entries;
    }

    static Entry parseEntry(String value) {
        boolean subtree = value.endsWith("/*");
        String body = subtree ? value.substring(0, value.length() - 2) : value;
        if (body.length() > 2 && body.startsWith("#") && body.indexOf('#', 1) == body.length() - 1) {
            String wellKnown = body.substring(1, body.length() - 1);
            if (wellKnown.equalsIgnoreCase("Root")) {
                return new Entry(null, true, List.of(), subtree);
            }
            SpecialFolder f = SpecialFolder.ofWellKnownName(wellKnown).orElseThrow(() ->
                    new IllegalArgumentException("The folder name '" + value + "' isn't a valid well-known folder."));
            return new Entry(f, false, List.of(), subtree);
        }
        // "\#Notes\#": the escaped '#' is a literal character of a personal folder's name.
        String literal = body.replace("\\#", "#");
        List<String> path = new ArrayList<>();
        for (String level : literal.split("/", -1)) {
            path.add(level.toLowerCase(Locale.ROOT));
        }
        return new Entry(null, false, List.copyOf(path), subtree);
    }

    /**
     * Whether a folder is copied.
     *
     * @param path    its levels relative to the IMAP root (personal namespace prefix removed)
     * @param special the special folder it is (announced or recognised by name) or null; for a subfolder of a special
     *                folder, that of its top level, with {@code specialDepth} the number of levels below it
     */
    public boolean accepts(List<String> path, SpecialFolder special, int specialDepth) {
        if (!include.isEmpty() && include.stream().noneMatch(e -> matches(e, path, special, specialDepth))) {
            return false;
        }
        return exclude.stream().noneMatch(e -> matches(e, path, special, specialDepth));
    }

    private static boolean matches(Entry e, List<String> path, SpecialFolder special, int specialDepth) {
        if (e.root()) {
            return e.subtree() || path.isEmpty();
        }
        if (e.special() != null) {
            if (e.special() != special) return false;
            return specialDepth == 0 || e.subtree();
        }
        if (path.size() < e.path().size()) return false;
        for (int i = 0; i < e.path().size(); i++) {
            if (!e.path().get(i).equals(path.get(i).toLowerCase(Locale.ROOT))) return false;
        }
        return path.size() == e.path().size() || e.subtree();
    }

    public boolean isEmpty() {
        return include.isEmpty() && exclude.isEmpty();
    }

    public Optional<String> describe() {
        return isEmpty() ? Optional.empty() : Optional.of("include=" + include + " exclude=" + exclude);
    }
}
