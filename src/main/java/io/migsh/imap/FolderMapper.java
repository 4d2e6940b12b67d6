package io.migsh.imap;

import io.migsh.target.SpecialFolder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps source folders to target folder names: strips the source's personal namespace prefix, converts the hierarchy
 * separator, puts special folders (Sent, Drafts, Trash, Junk, Archive, however the source names them) onto the
 * target's own, places everything under TargetRootFolder when one is given, and applies IncludeFolders and
 * ExcludeFolders. Pure: it sees only names, so it is tested without a server.
 */
public final class FolderMapper {
    /** A level that holds the target separator gets this character in its place (imapsync's default too). */
    static final char REPLACEMENT = '_';

    private final String personalPrefix;
    private final char targetSeparator;
    private final Map<SpecialFolder, String> targetSpecial;
    private final List<String> targetRoot;
    private final FolderFilter filter;

    /**
     * @param personalPrefix   the prefix of the personal namespace (RFC 2342), e.g. "INBOX." on Courier, or ""
     * @param targetSeparator  the target's hierarchy separator
     * @param targetSpecial    the target's own name for each special folder
     * @param targetRootFolder TargetRootFolder ('/' between levels), or null/blank to map onto the target's root
     */
    public FolderMapper(String personalPrefix, char targetSeparator, Map<SpecialFolder, String> targetSpecial,
                        String targetRootFolder, FolderFilter filter) {
        this.personalPrefix = personalPrefix == null ? "" : personalPrefix;
        this.targetSeparator = targetSeparator;
        this.targetSpecial = targetSpecial;
        this.targetRoot = targetRootFolder == null || targetRootFolder.isBlank()
                ? List.of() : List.of(targetRootFolder.trim().split("/"));
        this.filter = filter == null ? FolderFilter.ALL : filter;
    }

    /** Maps every selectable folder; \Noselect ones hold no messages and appear on the target as parents. */
    public List<FolderMapping> map(List<SourceFolder> folders) {
        Map<SourceFolder, List<String>> paths = new HashMap<>();
        for (SourceFolder f : folders) {
            paths.put(f, relativePath(f));
        }
        Map<String, SpecialFolder> topSpecial = recogniseSpecialFolders(folders, paths);
        List<FolderMapping> result = new ArrayList<>();
        for (SourceFolder f : folders) {
            if (!f.selectable()) continue;
            List<String> path = paths.get(f);
            SpecialFolder special = f.name().equalsIgnoreCase("INBOX") ? SpecialFolder.INBOX
                    : topSpecial.get(path.get(0));
            result.add(mapOne(f, path, special));
        }
        return result;
    }

    private FolderMapping mapOne(SourceFolder f, List<String> path, SpecialFolder special) {
        int depth = path.size() - 1;
        if (!filter.accepts(path, special, depth)) {
            return new FolderMapping(f, path, special, null, "Excluded by the folder filter.");
        }
        if (f.separator() != '/' && path.stream().anyMatch(level -> level.indexOf('/') >= 0)) {
            // Exchange skips such folders too: '/' is the separator of its folder paths.
            return new FolderMapping(f, path, special, null,
                    "The folder name contains '/', which can't be part of a folder name on the target.");
        }
        List<String> levels = new ArrayList<>(targetRoot);
        if (!targetRoot.isEmpty() || special == null) {
            path.forEach(level -> levels.add(clean(level)));
        } else {
            levels.add(targetSpecial.getOrDefault(special, clean(path.get(0))));
            path.subList(1, path.size()).forEach(level -> levels.add(clean(level)));
        }
        return new FolderMapping(f, path, special, String.join(String.valueOf(targetSeparator), levels), null);
    }

    private String clean(String level) {
        return level.replace(targetSeparator, REPLACEMENT);
    }

    List<String> relativePath(SourceFolder f) {
        return relativePath(personalPrefix, f);
    }

    /**
     * The top-level target names of the source folders that are not special (folded as SpecialFolder.fold does):
     * they keep their own names on the target, so the target must not take them for its special folders by name.
     */
    public static Set<String> ordinaryTopLevelNames(String personalPrefix, char targetSeparator,
                                                    List<SourceFolder> folders) {
        Map<SourceFolder, List<String>> paths = new HashMap<>();
        for (SourceFolder f : folders) paths.put(f, relativePath(personalPrefix == null ? "" : personalPrefix, f));
        Map<String, SpecialFolder> topSpecial = recogniseSpecialFolders(folders, paths);
        Set<String> names = new HashSet<>();
        for (SourceFolder f : folders) {
            String top = paths.get(f).get(0);
            if (f.name().equalsIgnoreCase("INBOX") || topSpecial.containsKey(top)) continue;
            names.add(SpecialFolder.fold(top.replace(targetSeparator, REPLACEMENT)));
        }
        return names;
    }

    private static List<String> relativePath(String personalPrefix, SourceFolder f) {
        String name = f.name();
        if (!name.equalsIgnoreCase("INBOX") && !personalPrefix.isEmpty()
                && name.regionMatches(true, 0, personalPrefix, 0, personalPrefix.length())
                && name.length() > personalPrefix.length()) {
            name = name.substring(personalPrefix.length());
        }
        return new SourceFolder(name, f.separator(), f.attributes()).levels();
    }

    /**
     * Top-level name → special folder. Announced special use comes first; kinds nobody announces are recognised by
     * name among the top-level folders, best-ranked name first, one folder per kind (so "Drafts" wins over
     * "Entwürfe" when both exist, and the other stays an ordinary folder).
     */
    private static Map<String, SpecialFolder> recogniseSpecialFolders(List<SourceFolder> folders,
                                                                     Map<SourceFolder, List<String>> paths) {
        Map<String, SpecialFolder> byTop = new HashMap<>();
        Map<SpecialFolder, String> taken = new EnumMap<>(SpecialFolder.class);
        for (SourceFolder f : folders) {
            List<String> path = paths.get(f);
            if (path.size() != 1 || f.name().equalsIgnoreCase("INBOX")) continue;
            f.announcedSpecialUse().ifPresent(kind -> {
                if (!taken.containsKey(kind)) {
                    taken.put(kind, path.get(0));
                    byTop.put(path.get(0), kind);
                }
            });
        }
        for (SpecialFolder kind : SpecialFolder.values()) {
            if (kind == SpecialFolder.INBOX || taken.containsKey(kind)) continue;
            String best = null;
            int bestRank = Integer.MAX_VALUE;
            for (SourceFolder f : folders) {
                List<String> path = paths.get(f);
                if (path.size() != 1 || !f.selectable() || byTop.containsKey(path.get(0))) continue;
                int rank = kind.nameRank(path.get(0));
                if (rank >= 0 && rank < bestRank) {
                    best = path.get(0);
                    bestRank = rank;
                }
            }
            if (best != null) {
                taken.put(kind, best);
                byTop.put(best, kind);
            }
        }
        return byTop;
    }
}
