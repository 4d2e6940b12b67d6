package io.migsh.target;

import java.io.IOException;
import java.io.InputStream;

/** The raw RFC 5322 bytes of a message, read as a stream so that no target needs the whole message in memory. */
public interface MessageContent {
    /** The exact size in bytes, or -1 when it is only known once the stream has been read. */
    long size();

    /** Opens the content; a content that is not {@link #repeatable()} can be opened once only. */
    InputStream open() throws IOException;

    /** Whether {@link #open()} may be called again, e.g. to retry a rejected batch one message at a time. */
    boolean repeatable();

    /** Content held in a byte array slice (small messages fetched in a batch). */
    static MessageContent of(byte[] bytes, int offset, int length) {
        return new MessageContent() {
            @Override
            public long size() {
                return length;
            }

            @Override
            public InputStream open() {
                return new java.io.ByteArrayInputStream(bytes, offset, length);
            }

            @Override
            public boolean repeatable() {
                return true;
            }
        };
    }

    static MessageContent of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }
}
