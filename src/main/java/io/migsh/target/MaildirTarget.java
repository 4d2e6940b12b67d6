package io.migsh.target;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A Maildir on local disk in Dovecot's default Maildir++ layout, readable by Dovecot and mutt: the embedded default
 * target, one Maildir per migrated mailbox.
 */
public final class MaildirTarget implements MailTarget {
    private final Path maildir;
    private final boolean fsync;
    private final Map<SpecialFolder, String> defaultSpecialNames;

    /**
     * @param maildir the Maildir root (it gets cur/, new/, tmp/ for INBOX and one ".Folder" directory per folder)
     * @param fsync   whether every message file and directory change is forced to disk before the append returns;
     *                needed to survive a power cut, not a killed process
     */
    public MaildirTarget(Path maildir, boolean fsync) {
        this.maildir = maildir;
        this.fsync = fsync;
        Map<SpecialFolder, String> names = new EnumMap<>(SpecialFolder.class);
        names.put(SpecialFolder.INBOX, "INBOX");
        names.put(SpecialFolder.SENT, "Sent");
        names.put(SpecialFolder.DRAFTS, "Drafts");
        names.put(SpecialFolder.TRASH, "Trash");
        names.put(SpecialFolder.JUNK, "Junk");
        names.put(SpecialFolder.ARCHIVE, "Archive");
        this.defaultSpecialNames = Map.copyOf(names);
    }

    public MaildirTarget(Path maildir) {
        this(maildir, false);
    }

    public Path maildir() {
        return maildir;
    }

    @Override
    public TargetSession open() throws IOException {
        return new MaildirSession(maildir, fsync, defaultSpecialNames);
    }

    @Override
    public String describe() {
        return "maildir:" + maildir;
    }
}
