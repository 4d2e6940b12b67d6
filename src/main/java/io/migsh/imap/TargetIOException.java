package io.migsh.imap;

import java.io.IOException;

/** A transient failure on the target side (network, disk), told apart from source failures for the report. */
final class TargetIOException extends IOException {
    TargetIOException(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
