package io.migsh.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaildirTargetTest {
    @TempDir
    Path root;

    private static OutgoingMessage message(String text, String flags, String date, String unique) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new OutgoingMessage(MessageFlags.parse(flags), OffsetDateTime.parse(date), MessageContent.of(bytes),
                unique, null);
    }

    private List<String> curFiles(String dir) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve(dir).resolve("cur"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writes_cur_files_named_with_size_and_flags_and_dated_by_internaldate() throws Exception {
        MaildirTarget target = new MaildirTarget(root);
        try (TargetSession s = target.open()) {
            s.createFolder("Archive.2019");
            TargetFolder f = s.folder("Archive.2019");
            List<AppendOutcome> out = f.append(List.of(
                    message("Subject: a\r\n\r\nbody\r\n", "(\\Seen \\Answered)", "2019-03-04T10:00:00+01:00", "100.M1.x"),
                    message("Subject: b\r\n\r\nb\r\n", "($Label1 \\Flagged)", "2018-01-01T00:00:00Z", "101.M2.x")));
            assertEquals(List.of(AppendOutcome.appended("100.M1.x"), AppendOutcome.appended("101.M2.x")), out);
        }
        assertEquals(List.of("100.M1.x,S=17,W=20:2,RS", "101.M2.x,S=14,W=17:2,Fa"), curFiles(".Archive.2019"));
        Path first = root.resolve(".Archive.2019/cur/100.M1.x,S=17,W=20:2,RS");
        assertEquals("Subject: a\n\nbody\n", Files.readString(first));
        assertEquals(OffsetDateTime.parse("2019-03-04T09:00:00Z").toInstant(),
                Files.getLastModifiedTime(first).toInstant());
        assertEquals(List.of("0 $Label1"), Files.readAllLines(root.resolve(".Archive.2019/dovecot-keywords")));
        assertTrue(Files.exists(root.resolve(".Archive.2019/maildirfolder")));
        assertTrue(Files.isDirectory(root.resolve("cur")), "INBOX is the Maildir itself");
    }

    @Test
    void names_folders_in_modified_utf7_and_keeps_dovecot_subscriptions() throws Exception {
        try (TargetSession s = new MaildirTarget(root).open()) {
            s.createFolder("Entwürfe");
            s.createFolder("受信箱.日本語");
            s.createFolder("Entwürfe");
            assertEquals(List.of("INBOX", "Entwürfe", "受信箱.日本語"), List.copyOf(s.folders()));
        }
        assertTrue(Files.isDirectory(root.resolve(".Entw&APw-rfe/cur")));
        assertTrue(Files.isDirectory(root.resolve(".&U9dP4Xux-.&ZeVnLIqe-/new")));
        assertEquals("V\t2\n\nEntw&APw-rfe\n&U9dP4Xux-\t&ZeVnLIqe-\n",
                Files.readString(root.resolve("subscriptions")));
    }

    @Test
    void finds_messages_of_an_unrecorded_append_by_their_unique_name_and_renames_for_flags() throws Exception {
        try (TargetSession s = new MaildirTarget(root).open()) {
            TargetFolder inbox = s.folder("INBOX");
            inbox.append(List.of(message("A: 1\r\n\r\nx\r\n", "()", "2020-01-01T00:00:00Z", "7.M7.migsh")));
        }
        try (TargetSession s = new MaildirTarget(root).open()) {
            TargetFolder inbox = s.folder("INBOX");
            Map<Integer, String> found = inbox.findAppended(inbox.appendMark(), List.of(
                    new PendingMessage("6.M6.migsh", null, 10, null),
                    new PendingMessage("7.M7.migsh", null, 10, null)));
            assertEquals(Map.of(1, "7.M7.migsh"), found);
            inbox.setFlags("7.M7.migsh", MessageFlags.parse("\\Seen $Forwarded"));
        }
        assertEquals(List.of("7.M7.migsh,S=8,W=11:2,PSa"), curFiles("."));
        assertEquals(List.of("0 $Forwarded"), Files.readAllLines(root.resolve("dovecot-keywords")));
    }

    @Test
    void special_folders_are_the_existing_ones_by_name_else_dovecot_defaults() throws Exception {
        try (TargetSession s = new MaildirTarget(root).open()) {
            s.createFolder("Sent Items");
            s.createFolder("Papierkorb");
            s.createFolder("Projects.Spam");
            Map<SpecialFolder, String> special = s.specialFolders();
            assertEquals("Sent Items", special.get(SpecialFolder.SENT));
            assertEquals("Papierkorb", special.get(SpecialFolder.TRASH));
            assertEquals("Junk", special.get(SpecialFolder.JUNK));
            assertEquals("INBOX", special.get(SpecialFolder.INBOX));
            assertFalse(special.containsKey(SpecialFolder.ALL));
        }
    }
}
