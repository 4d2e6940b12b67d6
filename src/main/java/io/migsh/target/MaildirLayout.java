package io.migsh.target;

import java.nio.file.Path;

/**
 * Dovecot's default Maildir++ layout: INBOX is the Maildir itself, every other folder a directory "." + name directly
 * inside it, with '.' as hierarchy separator and modified UTF-7 names ("Archive/2019" is ".Archive.2019",
 * "Entwürfe" is ".Entw&APw-rfe"); www.courier-mta.org/imap/README.maildirquota.html.
 */
public final class MaildirLayout {
    public static final char SEPARATOR = '.';

    private MaildirLayout() {
    }

    /** The directory of a folder; the name uses '.' between levels. */
    public static Path folderDir(Path maildir, String folderName) {
        if (isInbox(folderName)) {
            return maildir;
        }
        // '/' cannot be part of a directory name; Dovecot refuses such names in this layout too.
        return maildir.resolve("." + ModifiedUtf7.encode(folderName.replace('/', '_')));
    }

    /** The folder name of a directory inside the Maildir, or null if it is not a folder directory. */
    public static String folderName(String dirName) {
        if (!dirName.startsWith(".") || dirName.equals(".") || dirName.equals("..")) {
            return null;
        }
        return ModifiedUtf7.decode(dirName.substring(1));
    }

    public static boolean isInbox(String folderName) {
        return folderName.equalsIgnoreCase("INBOX");
    }
}
