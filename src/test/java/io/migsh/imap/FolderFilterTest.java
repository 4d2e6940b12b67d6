package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.migsh.target.SpecialFolder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FolderFilterTest {
    /** include ; exclude ; folder path ('/' levels) ; special of its top level ; depth below it ; copied? */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'';'';Projects/Alpha;'';0;true",
            "'';Projects;Projects;'';0;false",
            "'';Projects;Projects/Alpha;'';0;true",
            "'';Projects/*;Projects/Alpha;'';0;false",
            "'';projects/ALPHA;Projects/Alpha;'';0;false",
            "'';#JunkEmail#;Spam;JUNK;0;false",
            "'';#JunkEmail#;Spam/Old;JUNK;1;true",
            "'';#JunkEmail#/*;Spam/Old;JUNK;1;false",
            "'';#DeletedItems#,Shared;Shared;'';0;false",
            "#Inbox#;'';INBOX;INBOX;0;true",
            "#Inbox#;'';Sent;SENT;0;false",
            "#Inbox#,Archive/*;'';Archive/2019;ARCHIVE;1;true",
            "#Inbox#,Archive/*;Archive/2019;Archive/2019;ARCHIVE;1;false",
            "'';\\#Notes\\#;#Notes#;'';0;false",
            "'';\\#Notes\\#;Notes;'';0;true",
            "#Root#/*;Empty;Empty;'';0;false",
            "#Root#/*;Empty;Full;'';0;true"})
    void applies_exchange_folder_syntax(String include, String exclude, String path, String special, int depth,
                                        boolean copied) {
        FolderFilter filter = FolderFilter.of(split(include), split(exclude));
        SpecialFolder kind = special.isEmpty() ? null : SpecialFolder.valueOf(special);
        assertEquals(copied, filter.accepts(List.of(path.split("/")), kind, depth));
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    @org.junit.jupiter.api.Test
    void rejects_an_unknown_well_known_name() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FolderFilter.of(List.of("#Nonsense#"), List.of()));
        assertEquals("The folder name '#Nonsense#' isn't a valid well-known folder.", e.getMessage());
    }
}
