package io.migsh.imap;

import java.nio.file.Path;

/**
 * How the copy is cut up. Memory use is bounded by these numbers, not by message sizes: a message above
 * {@code inlineLimit} is never held whole but streamed in {@code chunkSize} pieces.
 *
 * @param inlineLimit   messages up to this size are fetched together in one command per batch
 * @param batchBytes    the most bytes of such messages in one batch (one FETCH, one MULTIAPPEND)
 * @param batchCount    the most messages in one batch
 * @param chunkSize     the piece size when streaming a big message (BODY.PEEK[]&lt;offset.size&gt;)
 * @param spoolDir      where an IMAP target spools a streamed message to learn its exact size; null: temp dir
 */
public record SyncTuning(int inlineLimit, long batchBytes, int batchCount, int chunkSize, Path spoolDir) {
    public static final SyncTuning DEFAULTS = new SyncTuning(1024 * 1024, 8L * 1024 * 1024, 200, 1024 * 1024, null);
}
