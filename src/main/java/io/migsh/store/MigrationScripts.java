package io.migsh.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema migrations on the class path: every {@code db/migration/V<n>__<name>.sql}, from a folder or from the
 * jar, in version order. Parts of migsh add their own files (numbered 100 and up) beside ours.
 */
final class MigrationScripts {
    static final String FOLDER = "db/migration";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    /** One script: its version, its name, and where to read it. */
    record Script(int version, String name, String resource) {
        String text(ClassLoader loader) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing migration " + resource);
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private MigrationScripts() {}

    static List<Script> find(ClassLoader loader) {
        TreeMap<Integer, Script> byVersion = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(FOLDER);
            while (roots.hasMoreElements()) {
                for (String file : list(roots.nextElement())) {
                    Matcher m = NAME.matcher(file);
                    if (!m.matches()) continue;
                    Script s = new Script(Integer.parseInt(m.group(1)), m.group(2), FOLDER + "/" + file);
                    Script other = byVersion.put(s.version(), s);
                    if (other != null && !other.resource().equals(s.resource())) {
                        throw new IllegalStateException("two schema migrations share version " + s.version() + ": "
                                + other.resource() + " and " + s.resource());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Script> out = new ArrayList<>(byVersion.values());
        out.sort(Comparator.comparingInt(Script::version));
        return out;
    }

    private static List<String> list(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                files.forEach(p -> names.add(p.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else if ("jar".equals(root.getProtocol())) {
            JarURLConnection c = (JarURLConnection) root.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = c.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String n = entries.nextElement().getName();
                    if (n.startsWith(FOLDER + "/") && n.indexOf('/', FOLDER.length() + 1) < 0) {
                        names.add(n.substring(FOLDER.length() + 1));
                    }
                }
            }
        }
        return names;
    }
}
