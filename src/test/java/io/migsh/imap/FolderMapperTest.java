package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.target.SpecialFolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FolderMapperTest {
    private static SourceFolder f(String name, char sep, String... attrs) {
        return new SourceFolder(name, sep, Set.of(attrs));
    }

    private static Map<String, String> targets(List<FolderMapping> mappings) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FolderMapping m : mappings) out.put(m.source().name(), m.copied() ? m.targetName() : "-");
        return out;
    }

    /** The harness corpus on Dovecot ('.' separator, no special-use attributes) onto Dovecot with '/'. */
    @Test
    void maps_the_harness_tree_onto_a_slash_target_by_converting_the_separator() {
        List<SourceFolder> source = List.of(f("INBOX", '.', "\\HasNoChildren"), f("Sent", '.'), f("Drafts", '.'),
                f("Junk", '.'), f("Archive", '.', "\\HasChildren"), f("Archive.2019", '.'),
                f("Projects", '.', "\\Noselect", "\\HasChildren"), f("Projects.Alpha", '.'),
                f("Projects.Alpha.Specs", '.'), f("Entwürfe", '.'), f("受信箱.日本語", '.'), f("Ünïcødé & Co", '.'),
                f("Empty", '.'));
        Map<String, String> got = targets(new FolderMapper("", '/', Map.of(), null, FolderFilter.ALL).map(source));
        Map<String, String> want = new LinkedHashMap<>();
        want.put("INBOX", "INBOX");
        want.put("Sent", "Sent");
        want.put("Drafts", "Drafts");
        want.put("Junk", "Junk");
        want.put("Archive", "Archive");
        want.put("Archive.2019", "Archive/2019");
        want.put("Projects.Alpha", "Projects/Alpha");
        want.put("Projects.Alpha.Specs", "Projects/Alpha/Specs");
        want.put("Entwürfe", "Entwürfe");
        want.put("受信箱.日本語", "受信箱/日本語");
        want.put("Ünïcødé & Co", "Ünïcødé & Co");
        want.put("Empty", "Empty");
        assertEquals(want, got);
    }

    @Test
    void puts_special_folders_onto_the_targets_own_however_named() {
        List<SourceFolder> source = List.of(f("INBOX", '/'), f("Sent Items", '/'), f("Sent Items/2019", '/'),
                f("Deleted Messages", '/'), f("Papierkorb", '/'), f("Entwürfe", '/'), f("Stuff", '/', "\\Junk"),
                f("Spam", '/'));
        Map<SpecialFolder, String> targetSpecial = Map.of(SpecialFolder.INBOX, "INBOX", SpecialFolder.SENT, "Sent",
                SpecialFolder.TRASH, "Trash", SpecialFolder.DRAFTS, "Drafts", SpecialFolder.JUNK, "Junk");
        Map<String, String> got = targets(new FolderMapper("", '.', targetSpecial, "", FolderFilter.ALL).map(source));
        assertEquals("Sent", got.get("Sent Items"));
        assertEquals("Sent.2019", got.get("Sent Items/2019"));
        assertEquals("Trash", got.get("Deleted Messages"), "the better-ranked name takes the special folder");
        assertEquals("Papierkorb", got.get("Papierkorb"), "one source folder per special folder");
        assertEquals("Drafts", got.get("Entwürfe"));
        assertEquals("Junk", got.get("Stuff"), "an announced \\Junk wins over a name");
        assertEquals("Spam", got.get("Spam"));
    }

    @Test
    void strips_the_personal_namespace_prefix_and_honours_target_root_folder() {
        List<SourceFolder> source = List.of(f("INBOX", '.'), f("INBOX.Sent", '.'), f("INBOX.Work.2020", '.'));
        Map<String, String> plain = targets(new FolderMapper("INBOX.", '/',
                Map.of(SpecialFolder.SENT, "Sent Items"), null, FolderFilter.ALL).map(source));
        assertEquals(Map.of("INBOX", "INBOX", "INBOX.Sent", "Sent Items", "INBOX.Work.2020", "Work/2020"), plain);
        Map<String, String> rooted = targets(new FolderMapper("INBOX.", '/',
                Map.of(SpecialFolder.SENT, "Sent Items"), "Imported/Old", FolderFilter.ALL).map(source));
        assertEquals(Map.of("INBOX", "Imported/Old/INBOX", "INBOX.Sent", "Imported/Old/Sent",
                "INBOX.Work.2020", "Imported/Old/Work/2020"), rooted);
    }

    @Test
    void replaces_the_target_separator_inside_names_and_skips_names_with_slash() {
        List<SourceFolder> source = List.of(f("v1.2", '/'), f("a/b.c", '/'), f("x/y", '.'));
        List<FolderMapping> m = new FolderMapper("", '.', Map.of(), null, FolderFilter.ALL).map(source);
        assertEquals("v1_2", m.get(0).targetName());
        assertEquals("a.b_c", m.get(1).targetName());
        assertEquals(null, m.get(2).targetName());
        assertEquals("The folder name contains '/', which can't be part of a folder name on the target.",
                m.get(2).skipReason());
    }

    @Test
    void applies_the_filter_with_well_known_names_recognised_by_name() {
        List<SourceFolder> source = List.of(f("INBOX", '/'), f("Junk E-mail", '/'), f("Junk E-mail/Old", '/'),
                f("Shared", '/'), f("Work", '/'));
        FolderFilter filter = FolderFilter.of(List.of(), List.of("#JunkEmail#/*", "Shared"));
        Map<String, String> got = targets(new FolderMapper("", '/', Map.of(), null, filter).map(source));
        assertEquals(Map.of("INBOX", "INBOX", "Junk E-mail", "-", "Junk E-mail/Old", "-", "Shared", "-",
                "Work", "Work"), got);
    }
}
