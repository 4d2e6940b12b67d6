package io.migsh.imap;

/** Which side a failure came from (Exchange's ExceptionSide). */
public enum FailureSide {
    Source,
    Target
}
