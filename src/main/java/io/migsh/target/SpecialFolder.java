package io.migsh.target;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The folders every mail store has in some form. Each has its RFC 6154 special-use attribute, Exchange's well-known
 * folder name (the one written as {@code #SentItems#} in IncludeFolders/ExcludeFolders), and the names clients and
 * servers commonly give it when the server does not announce special use (the localized names imapsync's --automap
 * also looks for), best match first.
 */
public enum SpecialFolder {
    INBOX(null, "Inbox", List.of("INBOX")),
    SENT("\\Sent", "SentItems", List.of("Sent", "Sent Items", "Sent Messages", "Sent Mail", "Sent-Mail",
            "Gesendet", "Gesendete Elemente", "Gesendete Objekte", "Envoyés", "Éléments envoyés", "Enviados",
            "Elementos enviados", "Posta inviata", "Inviati", "Verzonden", "Verzonden items", "Skickat",
            "Wysłane", "Отправленные")),
    DRAFTS("\\Drafts", "Drafts", List.of("Drafts", "Draft", "Entwürfe", "Brouillons", "Borradores", "Bozze",
            "Concepten", "Utkast", "Kopie robocze", "Черновики")),
    TRASH("\\Trash", "DeletedItems", List.of("Trash", "Deleted Items", "Deleted Messages", "Deleted", "Bin",
            "Papierkorb", "Gelöschte Elemente", "Gelöschte Objekte", "Corbeille", "Éléments supprimés", "Papelera",
            "Elementos eliminados", "Cestino", "Posta eliminata", "Prullenbak", "Verwijderde items", "Papperskorgen",
            "Kosz", "Корзина")),
    JUNK("\\Junk", "JunkEmail", List.of("Junk", "Junk E-mail", "Junk Email", "Junk Mail", "Spam", "Bulk Mail",
            "Junk-E-Mail", "Spamverdacht", "Courrier indésirable", "Pourriel", "Correo no deseado",
            "Posta indesiderata", "Ongewenste e-mail", "Skräppost", "Спам")),
    ARCHIVE("\\Archive", "Archive", List.of("Archive", "Archives", "Archiv", "Archivo", "Archivio", "Archief",
            "Arkiv", "Archiwum", "Архив")),
    ALL("\\All", "AllItems", List.of("All Mail", "All Messages"));

    private final String attribute;
    private final String wellKnownName;
    private final List<String> commonNames;
    /** The common names folded once: folder mapping ranks every top-level folder against each of them. */
    private final List<String> foldedNames;

    SpecialFolder(String attribute, String wellKnownName, List<String> commonNames) {
        this.attribute = attribute;
        this.wellKnownName = wellKnownName;
        this.commonNames = commonNames;
        this.foldedNames = commonNames.stream().map(SpecialFolder::fold).toList();
    }

    /** The RFC 6154 LIST attribute, e.g. "\Sent"; null for INBOX, which IMAP names instead. */
    public String attribute() {
        return attribute;
    }

    /** Exchange's well-known folder name as used between '#' in folder filters. */
    public String wellKnownName() {
        return wellKnownName;
    }

    public List<String> commonNames() {
        return commonNames;
    }

    /** The special folder a LIST attribute announces. */
    public static Optional<SpecialFolder> ofAttribute(String attr) {
        for (SpecialFolder f : values()) {
            if (f.attribute != null && f.attribute.equalsIgnoreCase(attr)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The special folder an Exchange well-known name ("SentItems", case-insensitive) denotes. */
    public static Optional<SpecialFolder> ofWellKnownName(String name) {
        for (SpecialFolder f : values()) {
            if (f.wellKnownName.equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * How well a folder name matches this special folder's common names: 0 for the first (best) name, higher for later
     * ones, -1 for no match. Case, accents and the "-"/"_" vs space difference are ignored.
     */
    public int nameRank(String name) {
        return foldedNames.indexOf(fold(name));
    }

    /**
     * The best-ranked of the given top-level folder names for this kind, or null. Names in {@code ordinary} are left
     * out: ordinary source folders land in them (see {@link TargetSession#specialFolders}).
     */
    public String bestName(Iterable<String> names, char separator, Set<String> ordinary) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String name : names) {
            if (name.indexOf(separator) >= 0) continue; // only top-level folders are special
            String folded = fold(name);
            if (ordinary.contains(folded)) continue;
            int rank = foldedNames.indexOf(folded);
            if (rank >= 0 && rank < bestRank) {
                best = name;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Folder names as {@link #bestName} compares them: case, accents and "-"/"_" against space ignored. */
    public static String fold(String s) {
        String noAccents = Marks.PATTERN.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return noAccents.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').trim();
    }

    /** A holder: the enum's constants fold their names before the enum's own static fields are set. */
    private static final class Marks {
        static final Pattern PATTERN = Pattern.compile("\\p{M}");
    }
}
