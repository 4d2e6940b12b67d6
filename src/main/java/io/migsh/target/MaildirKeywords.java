package io.migsh.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder's dovecot-keywords file: line "N name" gives keyword letter 'a'+N (N from 0 to 25). Dovecot requires the
 * file to be replaced with rename(), never edited in place (Dovecot Maildir documentation, "IMAP Keywords").
 */
final class MaildirKeywords {
    static final String FILE = "dovecot-keywords";
    private static final int MAX = 26;

    private final Path file;
    private final String[] names = new String[MAX];

    private MaildirKeywords(Path file) {
        this.file = file;
    }

    static MaildirKeywords load(Path folderDir) throws IOException {
        MaildirKeywords k = new MaildirKeywords(folderDir.resolve(FILE));
        if (Files.exists(k.file)) {
            for (String line : Files.readAllLines(k.file, StandardCharsets.UTF_8)) {
                int sp = line.indexOf(' ');
                if (sp <= 0) continue;
                try {
                    int idx = Integer.parseInt(line.substring(0, sp));
                    if (idx >= 0 && idx < MAX) k.names[idx] = line.substring(sp + 1);
                } catch (NumberFormatException ignored) {
                    // Dovecot skips lines it cannot read; so do we.
                }
            }
        }
        return k;
    }

    /** The letter of a keyword, adding it to the file when new; null when all 26 letters are taken. */
    Character letterFor(String keyword) throws IOException {
        int free = -1;
        for (int i = 0; i < MAX; i++) {
            if (keyword.equals(names[i])) return (char) ('a' + i);
            if (names[i] == null && free < 0) free = i;
        }
        if (free < 0) return null;
        names[free] = keyword;
        save();
        return (char) ('a' + free);
    }

    /** The keyword a letter stands for, or null. */
    String keywordOf(char letter) {
        int i = letter - 'a';
        return i >= 0 && i < MAX ? names[i] : null;
    }

    private void save() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            if (names[i] != null) lines.add(i + " " + names[i]);
        }
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
