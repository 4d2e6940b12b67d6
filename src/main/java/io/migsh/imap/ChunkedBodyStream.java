package io.migsh.imap;

import io.migsh.imap.client.ImapCommandException;
import io.migsh.target.MessageContent;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.angus.mail.iap.ByteArray;

/**
 * A big message's body read from the source in pieces (BODY.PEEK[]&lt;offset.size&gt;, RFC 3501 section 6.4.5) as
 * the target consumes it, so only one piece is in memory at a time, whatever the message size.
 */
final class ChunkedBodyStream extends InputStream {
    private final ImapSource source;
    private final long uid;
    private final int chunkSize;
    private long offset;
    private ByteArray chunk;
    private int pos;
    private boolean lastChunk;
    private long bytesRead;

    ChunkedBodyStream(ImapSource source, long uid, int chunkSize) {
        this.source = source;
        this.uid = uid;
        this.chunkSize = chunkSize;
    }

    /** The content of one message, readable once, its size known only at the end. */
    static MessageContent content(ImapSource source, long uid, int chunkSize) {
        return new MessageContent() {
            private boolean opened;

            @Override
            public long size() {
                return -1;
            }

            @Override
            public InputStream open() throws IOException {
                if (opened) throw new IOException("a streamed message can be read once");
                opened = true;
                return new ChunkedBodyStream(source, uid, chunkSize);
            }

            @Override
            public boolean repeatable() {
                return false;
            }
        };
    }

    private boolean fill() throws IOException {
        while (chunk == null || pos >= chunk.getCount()) {
            if (lastChunk) return false;
            try {
                chunk = source.fetchChunk(uid, offset, chunkSize);
            } catch (ImapCommandException e) {
                throw new SourceStreamException(e.getMessage(), e, true);
            } catch (IOException e) {
                throw new SourceStreamException(e.getMessage(), e, false);
            }
            pos = 0;
            offset += chunk.getCount();
            lastChunk = chunk.getCount() < chunkSize;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) return -1;
        bytesRead++;
        return chunk.getBytes()[chunk.getStart() + pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, chunk.getCount() - pos);
        System.arraycopy(chunk.getBytes(), chunk.getStart() + pos, b, off, n);
        pos += n;
        bytesRead += n;
        return n;
    }

    long bytesRead() {
        return bytesRead;
    }
}
