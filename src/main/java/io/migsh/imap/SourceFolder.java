package io.migsh.imap;

import io.migsh.target.SpecialFolder;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A folder as the source's LIST shows it (RFC 3501 section 7.2.2): its decoded name, hierarchy separator and
 * attributes, including the RFC 6154 special-use ones.
 *
 * @param name       the full name, decoded from modified UTF-7, with the source's separator
 * @param separator  the hierarchy separator, or 0 for a flat namespace (LIST's NIL)
 * @param attributes the LIST attributes as sent, e.g. "\HasChildren", "\Sent"
 */
public record SourceFolder(String name, char separator, Set<String> attributes) {
    public SourceFolder {
        attributes = Set.copyOf(attributes);
    }

    /** Whether messages can be selected: not \Noselect and not \NonExistent (RFC 5258). */
    public boolean selectable() {
        return attributes.stream().noneMatch(a -> a.equalsIgnoreCase("\\Noselect")
                || a.equalsIgnoreCase("\\NonExistent"));
    }

    /** The special folder the server announces by attribute; INBOX is special by its name. */
    public Optional<SpecialFolder> announcedSpecialUse() {
        if (name.equalsIgnoreCase("INBOX")) return Optional.of(SpecialFolder.INBOX);
        for (String a : attributes) {
            Optional<SpecialFolder> f = SpecialFolder.ofAttribute(a);
            if (f.isPresent()) return f;
        }
        return Optional.empty();
    }

    /** The levels of the name. */
    public List<String> levels() {
        if (separator == 0) return List.of(name);
        return List.of(name.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1));
    }
}
