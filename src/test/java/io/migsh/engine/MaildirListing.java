package io.migsh.engine;

import io.migsh.target.MaildirFileName;
import io.migsh.target.ModifiedUtf7;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a Maildir++ mailbox holds, read from disk: folder ('/' between levels, "INBOX" for the root) → sorted lines
 * "subject [flag letters] file time", the file time being where Maildir keeps INTERNALDATE.
 */
public final class MaildirListing {
    private MaildirListing() {}

    public static Map<String, List<String>> of(Path maildir) {
        Map<String, List<String>> out = new TreeMap<>();
        out.put("INBOX", folder(maildir));
        try (Stream<Path> dirs = Files.list(maildir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String n = d.getFileName().toString();
                if (!n.startsWith(".") || !Files.isDirectory(d.resolve("cur"))) continue;
                out.put(ModifiedUtf7.decode(n.substring(1)).replace('.', '/'), folder(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static int count(Path maildir) {
        return of(maildir).values().stream().mapToInt(List::size).sum();
    }

    private static List<String> folder(Path dir) {
        List<String> lines = new ArrayList<>();
        for (String sub : new String[] {"cur", "new"}) {
            try (Stream<Path> files = Files.list(dir.resolve(sub))) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    lines.add(subject(f) + " [" + MaildirFileName.flagLetters(name) + "] "
                            + Files.getLastModifiedTime(f).toInstant());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String subject(Path file) throws IOException {
        for (String line : Files.readString(file, StandardCharsets.ISO_8859_1).split("\n")) {
            if (line.startsWith("Subject: ")) return line.substring(9).strip();
            if (line.isEmpty()) break;
        }
        return "(no subject)";
    }
}
