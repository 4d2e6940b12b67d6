package io.migsh.migration.mailstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxDecoder;

/**
 * Reads a Maildir++ mailbox as Dovecot lays it out: the root's {@code cur} and {@code new} hold the Inbox, each
 * other folder is a {@code .Name} directory with '.' separating levels ({@code .Archive.2019}) and names in
 * modified UTF-7 (RFC 3501 section 5.1.3). A message's size is the {@code S=} field of its file name when present
 * (Dovecot writes it), else the file's size; {@code tmp} holds deliveries in progress and is not counted.
 */
public final class MaildirReader {
    private static final Pattern SIZE = Pattern.compile("[,:]S=(\\d+)");

    private MaildirReader() {}

    public static List<FolderStats> read(Path maildir) {
        List<FolderStats> out = new ArrayList<>();
        if (!Files.isDirectory(maildir)) return out;
        out.add(folder(maildir, List.of()));
        List<Path> subfolders = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(maildir, p -> Files.isDirectory(p)
                && p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals(".")
                && !p.getFileName().toString().equals(".."))) {
            dirs.forEach(subfolders::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        subfolders.sort(Comparator.comparing(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)));
        for (Path d : subfolders) {
            String encoded = d.getFileName().toString().substring(1);
            List<String> path = Arrays.stream(encoded.split("\\.")).map(BASE64MailboxDecoder::decode).toList();
            out.add(folder(d, path));
        }
        return out;
    }

    private static FolderStats folder(Path dir, List<String> path) {
        int items = 0;
        long bytes = 0;
        OffsetDateTime oldest = null;
        OffsetDateTime newest = null;
        for (String sub : List.of("cur", "new")) {
            Path d = dir.resolve(sub);
            if (!Files.isDirectory(d)) continue;
            try (DirectoryStream<Path> files = Files.newDirectoryStream(d, Files::isRegularFile)) {
                for (Path f : files) {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    items++;
                    bytes += size(f, a.size());
                    OffsetDateTime t = a.lastModifiedTime().toInstant().atOffset(ZoneOffset.UTC);
                    if (oldest == null || t.isBefore(oldest)) oldest = t;
                    if (newest == null || t.isAfter(newest)) newest = t;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FolderStats(path, items, bytes, time(dir, true), time(dir, false), oldest, newest);
    }

    private static long size(Path f, long fileSize) {
        Matcher m = SIZE.matcher(f.getFileName().toString());
        return m.find() ? Long.parseLong(m.group(1)) : fileSize;
    }

    private static OffsetDateTime time(Path dir, boolean created) {
        try {
            BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class);
            return (created ? a.creationTime() : a.lastModifiedTime()).toInstant().atOffset(ZoneOffset.UTC);
        } catch (IOException e) {
            return null;
        }
    }
}
