package io.migsh.cmdlets.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's old server as an IMAP client sees it: its users, folders, flags, dates, and the folder it refuses. */
class DemoImapServerTest {
    static DemoImapServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DemoImapServer.start(0, 0, false, false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Store login(String user, String password) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(server.host(), server.port(), user, password);
        return store;
    }

    @Test
    void lists_nested_and_non_ascii_folders_with_the_servers_separator() throws Exception {
        try (Store store = login("ann", "Oak-7431")) {
            List<String> names = new ArrayList<>();
            for (Folder f : store.getDefaultFolder().list("*")) names.add(f.getFullName());
            assertEquals(List.of("INBOX", "Sent Items", "Drafts", "Deleted Items", "Archive", "Archive.2019",
                    "Archive.2020", "Clients", "Clients.Contoso", "Clients.Contoso.Invoices", "Projets",
                    "Projets.Été 2024"), names);
        }
    }

    @Test
    void the_refused_folder_is_listed_but_cannot_be_opened() throws Exception {
        try (Store store = login("bob", "Elm-2958")) {
            Folder f = store.getFolder(DemoMailboxes.REFUSED_FOLDER);
            assertTrue(f.exists());
            MessagingException e = org.junit.jupiter.api.Assertions.assertThrows(MessagingException.class,
                    () -> f.open(Folder.READ_ONLY));
            assertTrue(e.getMessage().endsWith("NO EXAMINE failed. Authorization error: Lacking permissions to perform "
                    + "requested operation."), e.getMessage());
            Folder japanese = store.getFolder("お知らせ");
            japanese.open(Folder.READ_ONLY);
            assertEquals(3, japanese.getMessageCount());
        }
    }

    @Test
    void messages_keep_flags_keywords_and_dates_across_the_years() throws Exception {
        try (Store store = login("ann", "Oak-7431")) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] all = inbox.getMessages();
            assertEquals(24, all.length);
            assertTrue(all[0].getReceivedDate().toInstant().toString().startsWith("2023-01-"));
            assertTrue(all[23].getReceivedDate().toInstant().toString().startsWith("2025-"));
            long keywords = java.util.Arrays.stream(all).filter(m -> {
                try {
                    return m.getFlags().getUserFlags().length > 0;
                } catch (MessagingException ex) {
                    throw new IllegalStateException(ex);
                }
            }).count();
            assertTrue(keywords > 0, "some messages carry keywords");
            Folder drafts = store.getFolder("Drafts");
            drafts.open(Folder.READ_ONLY);
            assertTrue(drafts.getMessage(1).getFlags().contains(Flags.Flag.DRAFT));
        }
    }
}
