package io.migsh.clixml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The real Export-Clixml files under src/test/resources/clixml (copies of shared/fixtures/clixml), and migsh's own. */
final class Fixtures {
    static final String SERVICE = "service-controller-enums.xml";
    static final String TLS = "pscustomobject-hashtable-tls.xml";
    static final String HEALTH = "exchange-testservicehealth-3objs.xml";
    static final String GROUP = "exchange-dynamicdistributiongroup.xml";
    static final List<String> ALL = List.of(SERVICE, TLS, HEALTH, GROUP);
    /** Written by migsh's Export-Clixml (DomainExportTest keeps it current). */
    static final String MIGSH_STATISTICS = "migsh-migration-user-statistics.xml";
    static final List<String> ALL_AND_MIGSH = List.of(SERVICE, TLS, HEALTH, GROUP, MIGSH_STATISTICS);

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/clixml/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text without its byte-order mark. */
    static String text(String name) {
        String s = new String(bytes(name), StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static List<Object> read(byte[] bytes) {
        List<Object> out = new ArrayList<>();
        try (ClixmlReader r = new ClixmlReader(new java.io.ByteArrayInputStream(bytes), null, null)) {
            while (r.hasNext()) out.add(r.next());
        }
        return out;
    }

    static List<Object> read(String name) {
        return read(bytes(name));
    }
}
