package io.migsh.runtime;

import java.time.ZoneId;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The session's time zone for a test class ({@code @RegisterExtension}): set to a given zone before each test, or
 * left for the test to set, and put back afterwards, so that neither the machine's zone nor another test's plays a
 * part.
 */
public final class SessionZone implements BeforeEachCallback, AfterEachCallback {
    private final ZoneId zone;
    private ZoneId before;

    private SessionZone(ZoneId zone) {
        this.zone = zone;
    }

    /** Each test runs in this zone. */
    public static SessionZone of(String zone) {
        return new SessionZone(ZoneId.of(zone));
    }

    /** Each test sets the zone itself; it is put back after the test. */
    public static SessionZone restoredAfterEach() {
        return new SessionZone(null);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        before = Conversions.zone();
        if (zone != null) Conversions.setZone(zone);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Conversions.setZone(before);
    }
}
