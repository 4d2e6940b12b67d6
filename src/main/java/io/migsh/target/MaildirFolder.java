package io.migsh.target;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Maildir folder. A message is written to tmp/, given its INTERNALDATE as modification time (Dovecot reads
 * INTERNALDATE from the file's mtime), and renamed into cur/ with its size and flags in the name: the rename is the
 * moment it appears, so a crash leaves either nothing or the whole message.
 */
final class MaildirFolder implements TargetFolder {
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final long PID = ProcessHandle.current().pid();

    private final String name;
    private final Path dir;
    private final boolean fsync;
    private MaildirKeywords keywords;
    /** Base name → current file name in cur/, read on first need. */
    private Map<String, String> curIndex;

    MaildirFolder(String name, Path dir, boolean fsync) {
        this.name = name;
        this.dir = dir;
        this.fsync = fsync;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String appendMark() {
        return ""; // file names are deterministic, so finding a message needs no mark
    }

    @Override
    public List<AppendOutcome> append(List<OutgoingMessage> messages) throws IOException {
        List<AppendOutcome> out = new ArrayList<>(messages.size());
        for (OutgoingMessage m : messages) {
            out.add(AppendOutcome.appended(write(m)));
        }
        if (fsync && !messages.isEmpty()) {
            syncDirectory(dir.resolve("cur"));
        }
        return out;
    }

    private String write(OutgoingMessage m) throws IOException {
        String base = m.uniqueName() != null ? m.uniqueName() : newUniqueName();
        Path tmp = dir.resolve("tmp").resolve(base);
        long size;
        long vsize;
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             InputStream in = m.content().open()) {
            OutputStream raw = new BufferedOutputStream(Channels.newOutputStream(ch), 64 * 1024);
            LineFeedOutputStream lf = new LineFeedOutputStream(raw);
            in.transferTo(lf);
            lf.finish();
            size = lf.size();
            vsize = lf.virtualSize();
            if (fsync) ch.force(true);
        }
        if (m.internalDate() != null) {
            Files.setLastModifiedTime(tmp, FileTime.from(m.internalDate().toInstant()));
        }
        String fileName = MaildirFileName.of(base, size, vsize, letters(m.flags()));
        moveIntoCur(tmp, fileName);
        if (curIndex != null) curIndex.put(base, fileName);
        return base;
    }

    private String letters(MessageFlags flags) throws IOException {
        if (flags.keywords().isEmpty()) {
            return MaildirFileName.flagLetters(flags, k -> null);
        }
        if (keywords == null) keywords = MaildirKeywords.load(dir);
        Map<String, Character> letters = new HashMap<>();
        for (String k : flags.keywords()) {
            letters.put(k, keywords.letterFor(k));
        }
        return MaildirFileName.flagLetters(flags, letters::get);
    }

    private void moveIntoCur(Path tmp, String fileName) throws IOException {
        Path target = dir.resolve("cur").resolve(fileName);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
    }

    @Override
    public Map<Integer, String> findAppended(String mark, List<PendingMessage> pending) throws IOException {
        Map<String, String> index = curIndex();
        Map<Integer, String> found = new HashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            String base = pending.get(i).uniqueName();
            if (base != null && index.containsKey(base)) {
                found.put(i, base);
            }
        }
        return found;
    }

    @Override
    public void setFlags(String ref, MessageFlags flags) throws IOException {
        Map<String, String> index = curIndex();
        String current = index.get(ref);
        if (current == null) {
            throw new NoSuchFileException(dir.resolve("cur").resolve(ref + ",*").toString());
        }
        String renamed = MaildirFileName.withFlags(current, letters(flags));
        if (!renamed.equals(current)) {
            Path cur = dir.resolve("cur");
            Files.move(cur.resolve(current), cur.resolve(renamed), StandardCopyOption.ATOMIC_MOVE);
            index.put(ref, renamed);
        }
    }

    private Map<String, String> curIndex() throws IOException {
        if (curIndex == null) {
            Map<String, String> index = new HashMap<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.resolve("cur"))) {
                for (Path f : files) {
                    String fileName = f.getFileName().toString();
                    index.put(MaildirFileName.base(fileName), fileName);
                }
            }
            curIndex = index;
        }
        return curIndex;
    }

    private static String newUniqueName() {
        long micros = System.currentTimeMillis() * 1000;
        return (micros / 1_000_000) + ".M" + (micros % 1_000_000) + "P" + PID + "Q" + COUNTER.incrementAndGet()
                + ".migsh";
    }

    static void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the rename itself is still atomic.
        }
    }
}
