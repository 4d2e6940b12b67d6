package io.migsh.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Maildir's "subscriptions" file in Dovecot 2.x's format, as Dovecot writes it: a "V\t2" line, an empty line,
 * then one folder per line in modified UTF-7 with a TAB between hierarchy levels (INBOX is not listed).
 */
final class MaildirSubscriptions {
    static final String FILE = "subscriptions";

    private MaildirSubscriptions() {
    }

    static Set<String> read(Path maildir) throws IOException {
        Path file = maildir.resolve(FILE);
        Set<String> names = new LinkedHashSet<>();
        if (!Files.exists(file)) return names;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean v2 = !lines.isEmpty() && lines.get(0).equals("V\t2");
        for (int i = v2 ? 1 : 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) continue;
            String name = v2 ? line.replace('\t', MaildirLayout.SEPARATOR) : line;
            names.add(ModifiedUtf7.decode(name));
        }
        return names;
    }

    /** Adds a folder ('.'-separated Unicode name) unless it is there already. */
    static void add(Path maildir, String folderName) throws IOException {
        if (MaildirLayout.isInbox(folderName)) return;
        Set<String> names = read(maildir);
        if (!names.add(folderName)) return;
        List<String> lines = new ArrayList<>();
        lines.add("V\t2");
        lines.add("");
        for (String n : names) {
            lines.add(ModifiedUtf7.encode(n).replace(MaildirLayout.SEPARATOR, '\t'));
        }
        Path tmp = maildir.resolve(FILE + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, maildir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
