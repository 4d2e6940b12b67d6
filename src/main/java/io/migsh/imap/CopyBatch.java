package io.migsh.imap;

import java.util.List;

/**
 * Messages fetched and appended together. A streamed batch holds one message that is too big to hold in memory: its
 * body goes from the source in chunks straight to the target.
 */
public record CopyBatch(List<SourceMessage> messages, boolean streamed) {
    public long bytes() {
        return messages.stream().mapToLong(SourceMessage::size).sum();
    }
}
