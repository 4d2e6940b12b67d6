package io.migsh.imap;

import io.migsh.target.MessageFlags;
import org.eclipse.angus.mail.iap.ByteArray;

/** A message body fetched in a batch, held in the response buffer it arrived in, with its current flags. */
record FetchedMessage(long uid, MessageFlags flags, ByteArray body) {
}
