package io.migsh.target;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Message content copied to a temporary file, so that its exact size is known and it can be read again. */
final class SpooledContent implements MessageContent, AutoCloseable {
    private final Path file;
    private final long size;

    private SpooledContent(Path file, long size) {
        this.file = file;
        this.size = size;
    }

    static SpooledContent of(MessageContent content, Path dir) throws IOException {
        Path file = dir == null ? Files.createTempFile("migsh-spool", ".eml")
                : Files.createTempFile(dir, "migsh-spool", ".eml");
        try (InputStream in = content.open()) {
            long size = Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new SpooledContent(file, size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public boolean repeatable() {
        return true;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
