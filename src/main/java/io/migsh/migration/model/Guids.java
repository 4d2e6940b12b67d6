package io.migsh.migration.model;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New GUIDs for migsh's objects: time-ordered (RFC 9562 version 7: milliseconds since 1970, then random bits), so
 * a batch of 50,000 users appends to the store's indexes instead of splitting pages all over them. They print and
 * parse as any GUID.
 */
public final class Guids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong LAST = new AtomicLong();

    private Guids() {}

    public static UUID next() {
        // Milliseconds in the top 48 bits, a 12-bit sequence below them: strictly increasing within this process.
        long stamp = LAST.updateAndGet(prev -> Math.max(prev + 1, System.currentTimeMillis() << 12));
        long millis = stamp >>> 12;
        long sequence = stamp & 0xFFF;
        long high = (millis << 16) | 0x7000L | sequence;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
