package io.migsh.runtime;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What a running command can reach: variables, the console, the current location, the data directory, the clock
 * and the services of the session (the command registry, the state store, the migration service, ...).
 */
public final class ExecutionContext {
    private final SessionState variables;
    private final Host host;
    private final Path dataDirectory;
    private final Clock clock;
    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
    private volatile Path location;
    private volatile Consumer<ErrorRecord> errorSink = r -> {};
    private volatile boolean stopping;

    public ExecutionContext(SessionState variables, Host host, Path location, Path dataDirectory, Clock clock) {
        this.variables = variables;
        this.host = host;
        this.location = location.toAbsolutePath().normalize();
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    public SessionState variables() {
        return variables;
    }

    public Host host() {
        return host;
    }

    public Path location() {
        return location;
    }

    public void setLocation(Path p) {
        this.location = p.toAbsolutePath().normalize();
    }

    /**
     * A path typed by the user, made absolute against the current location. A Windows drive such as
     * {@code C:\temp\x.xml} (pasted from Microsoft's guides) is PowerShell's DriveNotFound error on this system, as
     * in PowerShell on Linux, rather than a file of that odd name in the current folder.
     */
    public Path resolvePath(String path) {
        if (WINDOWS_DRIVE.matcher(path).lookingAt() && !isWindows()) {
            String drive = path.substring(0, 1);
            throw new PsException("System.Management.Automation.DriveNotFoundException", "Cannot find drive. A drive "
                    + "with the name '" + drive + "' does not exist.", "DriveNotFound", ErrorCategory.ObjectNotFound,
                    drive);
        }
        String p = path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
        return location.resolve(p).normalize();
    }

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:([\\\\/]|$)");

    private static boolean isWindows() {
        return File.separatorChar == '\\';
    }

    /** $env:MIGSH_HOME, else ~/.migsh: where the state store, keys, history and the default mail store live. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    public Clock clock() {
        return clock;
    }

    public <T> void register(Class<T> type, T service) {
        services.put(type, service);
    }

    /** Takes a service out of the session (for example a store that was closed); returns it, or null. */
    public <T> T unregister(Class<T> type) {
        return type.cast(services.remove(type));
    }

    /** A session service; fails loudly when the session was built without it. */
    public <T> T service(Class<T> type) {
        Object s = services.get(type);
        return type.cast(Objects.requireNonNull(s, () -> "service not available: " + type.getSimpleName()));
    }

    public <T> T serviceOrNull(Class<T> type) {
        return type.cast(services.get(type));
    }

    /** Where non-terminating errors go once preferences have let them through (display and $Error). */
    public void setErrorSink(Consumer<ErrorRecord> sink) {
        this.errorSink = sink;
    }

    public Consumer<ErrorRecord> errorSink() {
        return errorSink;
    }

    /** Adds an error to $Error, newest first, as PowerShell does for every error it sees. */
    @SuppressWarnings("unchecked")
    public void recordError(ErrorRecord record) {
        Object list = variables.get("global:Error");
        if (!(list instanceof java.util.List<?>)) {
            list = new java.util.ArrayList<Object>();
            variables.set("global:Error", list);
        }
        ((java.util.List<Object>) list).add(0, record);
    }

    /** Ctrl+C: asks the running pipeline to stop at its next output or wait. */
    public void requestStop() {
        stopping = true;
    }

    public void clearStop() {
        stopping = false;
    }

    public boolean isStopping() {
        return stopping;
    }

    /** Throws PipelineStoppedException when Ctrl+C was pressed; long waits call this between steps. */
    public void throwIfStopping() {
        if (stopping) {
            throw new PsException("System.Management.Automation.PipelineStoppedException",
                    "The pipeline has been stopped.", "PipelineStopped", ErrorCategory.OperationStopped, null);
        }
    }
}
