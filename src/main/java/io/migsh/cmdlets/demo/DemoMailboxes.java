package io.migsh.cmdlets.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the demo's IMAP server holds: three users of an old mail server, with the folder trees, flags, dates and
 * oddities a real migration meets (nested and non-ASCII folders, keywords, years of mail, a message over Exchange
 * Online's 35 MB default, a folder the server will not open, an empty folder); and, when asked for, three more
 * whose mailboxes the server has trouble serving ({@link #troubledUsers()}). Everything is fixed here, so every run
 * of the demo migrates the same mail and meets the same faults.
 */
public final class DemoMailboxes {
    /** The folder the server refuses to open (SELECT, EXAMINE and STATUS answer NO), as a locked folder would. */
    public static final String REFUSED_FOLDER = "Legal Hold";
    /** The subject of the message too big for a mailbox at the default MaxReceiveSize. */
    public static final String LARGE_SUBJECT = "Site survey photos (full resolution)";
    /** Size of the large message's attachment before Base64; the whole message is about 36.5 MB. */
    static final int LARGE_ATTACHMENT_BYTES = 28_000_000;
    /** The positions, in farah's INBOX, of the messages on damaged blocks. */
    static final List<Integer> UNREADABLE_POSITIONS = List.of(3, 9, 14);

    /** One folder of a source mailbox: its path ('/' between levels), how many messages, from which years. */
    public record Folder(String path, int messages, int fromYear, int toYear, Kind kind) {
        /** What sort of mail the folder holds, which decides subjects, senders and flags. */
        public enum Kind { INBOX, SENT, DRAFTS, TRASH, JUNK, ARCHIVE, PROJECT }
    }

    /**
     * A source mailbox: the IMAP login, its password, the person's name and address on the old server, its
     * folders, whether it holds the large message, and how the server misbehaves when serving it.
     */
    public record User(String login, String password, String displayName, String address, List<Folder> folders,
            boolean largeMessage, Faults faults) {
        public int messageCount() {
            return folders.stream().mapToInt(Folder::messages).sum() + (largeMessage ? 1 : 0);
        }
    }

    /**
     * How the server misbehaves, on purpose, when it serves a user: how many of the user's connections it drops in
     * the middle of a message body's FETCH answer ({@link #ALWAYS}: every one), and which messages' bodies it will
     * not deliver (a FETCH of them is answered NO), by folder path and position in the folder (1 for the oldest).
     */
    public record Faults(int dropsMidFetch, Map<String, List<Integer>> unreadableMessages) {
        public static final int ALWAYS = -1;
        public static final Faults NONE = new Faults(0, Map.of());

        public boolean any() {
            return dropsMidFetch != 0 || !unreadableMessages.isEmpty();
        }
    }

    private DemoMailboxes() {}

    /** The old server's mail domain: the users' addresses before the move to contoso.com. */
    public static final String OLD_DOMAIN = "mail.fabrikam.example";

    public static List<User> users() {
        return List.of(
                new User("ann", "Oak-7431", "Ann Beck", "ann@" + OLD_DOMAIN, List.of(
                        folder("INBOX", 24, 2023, 2025, Folder.Kind.INBOX),
                        folder("Sent Items", 10, 2023, 2025, Folder.Kind.SENT),
                        folder("Drafts", 2, 2025, 2025, Folder.Kind.DRAFTS),
                        folder("Deleted Items", 3, 2025, 2025, Folder.Kind.TRASH),
                        folder("Archive", 0, 2019, 2019, Folder.Kind.ARCHIVE),
                        folder("Archive/2019", 8, 2019, 2019, Folder.Kind.ARCHIVE),
                        folder("Archive/2020", 8, 2020, 2020, Folder.Kind.ARCHIVE),
                        folder("Clients/Contoso/Invoices", 6, 2021, 2024, Folder.Kind.PROJECT),
                        folder("Projets/Été 2024", 5, 2024, 2024, Folder.Kind.PROJECT)), true, Faults.NONE),
                new User("bob", "Elm-2958", "Bob Ortiz", "bob@" + OLD_DOMAIN, List.of(
                        folder("INBOX", 18, 2022, 2025, Folder.Kind.INBOX),
                        folder("Sent", 6, 2022, 2025, Folder.Kind.SENT),
                        folder("Junk", 2, 2025, 2025, Folder.Kind.JUNK),
                        folder(REFUSED_FOLDER, 4, 2021, 2022, Folder.Kind.ARCHIVE),
                        folder("お知らせ", 3, 2024, 2025, Folder.Kind.PROJECT),
                        folder("Templates", 0, 2025, 2025, Folder.Kind.DRAFTS)), false, Faults.NONE),
                new User("carol", "Fir-6620", "Carol Diaz", "carol@" + OLD_DOMAIN, List.of(
                        folder("INBOX", 12, 2024, 2025, Folder.Kind.INBOX),
                        folder("Sent Items", 4, 2024, 2025, Folder.Kind.SENT),
                        folder("Archive/2024", 5, 2024, 2024, Folder.Kind.ARCHIVE)), false, Faults.NONE));
    }

    /**
     * Users whose mailboxes the server has trouble serving, as examples/troubleshoot.ps1 shows: dana's mailbox sits
     * on a storage node that failed over once during the migration, so the server drops her connection once, in
     * the middle of a FETCH (migsh retries and she completes); erik's node keeps failing, so every FETCH of a
     * message body loses the connection (he fails once the retries run out); three messages of farah's INBOX lie on
     * damaged blocks of the disk, so the server answers NO when their bodies are fetched (bad items).
     */
    public static List<User> troubledUsers() {
        return List.of(
                new User("dana", "Ivy-3187", "Dana Fox", "dana@" + OLD_DOMAIN, List.of(
                        folder("INBOX", 16, 2024, 2025, Folder.Kind.INBOX),
                        folder("Sent", 5, 2024, 2025, Folder.Kind.SENT)), false, new Faults(1, Map.of())),
                new User("erik", "Yew-5540", "Erik Lund", "erik@" + OLD_DOMAIN, List.of(
                        folder("INBOX", 10, 2024, 2025, Folder.Kind.INBOX),
                        folder("Sent Items", 3, 2024, 2025, Folder.Kind.SENT)), false,
                        new Faults(Faults.ALWAYS, Map.of())),
                new User("farah", "Bay-2719", "Farah Khan", "farah@" + OLD_DOMAIN, List.of(
                        folder("INBOX", 20, 2022, 2025, Folder.Kind.INBOX),
                        folder("Sent Items", 4, 2022, 2025, Folder.Kind.SENT)), false,
                        new Faults(0, Map.of("INBOX", UNREADABLE_POSITIONS))));
    }

    private static Folder folder(String path, int messages, int fromYear, int toYear, Folder.Kind kind) {
        return new Folder(path, messages, fromYear, toYear, kind);
    }

    /** The day the large message arrived: recent enough that a newest-first copy meets it early. */
    static LocalDate largeMessageDate() {
        return LocalDate.of(2024, 9, 12);
    }
}
