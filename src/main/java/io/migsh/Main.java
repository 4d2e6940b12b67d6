package io.migsh;

import io.migsh.cmdlets.migration.MigrationSessions;
import io.migsh.lang.Highlighting;
import io.migsh.repl.Highlight;
import io.migsh.repl.InteractiveConsole;
import io.migsh.shell.ConsoleHost;
import io.migsh.shell.LaunchOptions;
import io.migsh.shell.Shell;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** bin/migsh: the interactive shell, a script file, one command, commands on standard input, or the service. */
public final class Main {
    private static final String VERSION = "0.1.0";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        boolean terminal = System.console() != null;
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, terminal);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LaunchOptions.usage());
            return 64;
        }
        switch (options.mode()) {
            case HELP -> {
                System.out.print(LaunchOptions.usage());
                return 0;
            }
            case VERSION -> {
                System.out.println("migsh " + VERSION);
                return 0;
            }
            default -> { }
        }
        Path data = dataDirectory();
        Path here = Path.of("").toAbsolutePath();
        try {
            Files.createDirectories(data);
            if (options.mode() == LaunchOptions.Mode.INTERACTIVE) return interactive(options, data, here);
            try (Shell shell = new Shell(new ConsoleHost(false), here, data, Clock.systemDefaultZone())) {
                if (!options.noProfile() && options.mode() != LaunchOptions.Mode.FILE) shell.runProfile();
                return switch (options.mode()) {
                    case FILE -> shell.runFile(Path.of(options.file()), options.scriptArgs());
                    case COMMAND -> shell.runCommand(options.command());
                    case STDIN -> shell.runLines(stdinLines());
                    case SERVICE -> service(shell, data);
                    default -> 0;
                };
            }
        } catch (IOException e) {
            System.err.println("migsh: " + e.getMessage());
            return 1;
        }
    }

    /** $env:MIGSH_HOME, else ~/.migsh. */
    static Path dataDirectory() {
        String home = System.getenv("MIGSH_HOME");
        if (home != null && !home.isBlank()) return Path.of(home).toAbsolutePath();
        return Path.of(System.getProperty("user.home"), ".migsh");
    }

    private static int interactive(LaunchOptions options, Path data, Path here) throws IOException {
        try (InteractiveConsole console = InteractiveConsole.open();
                Shell shell = new Shell(console.host(), here, data, Clock.systemDefaultZone())) {
            if (!options.noProfile()) shell.runProfile();
            resumeMigrations(shell, data);
            console.run(shell, shell.interpreter().commands(), shell.context(),
                    text -> Highlighting.spans(text, name -> shell.interpreter().commands().find(name).isPresent()).stream()
                            .map(s -> new Highlight(s.start(), s.end(), Highlight.Kind.valueOf(s.kind().name())))
                            .toList(),
                    data.resolve("history.txt"));
            return shell.exitCode() == null ? 0 : shell.exitCode();
        }
    }

    /** Work left unfinished by an earlier run resumes in the background as soon as the shell is up. */
    private static void resumeMigrations(Shell shell, Path data) {
        if (!Files.exists(data.resolve("state.mv.db"))) return;
        Thread t = new Thread(() -> MigrationSessions.of(shell.context()), "migsh-resume");
        t.setDaemon(true);
        t.start();
    }

    /** -Service: runs batches and sync requests headless until the process is told to stop. */
    private static int service(Shell shell, Path data) {
        MigrationSessions.of(shell.context());
        System.out.println("migsh service: running migrations from " + data + " (stop with Ctrl+C or SIGTERM).");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shell.close();
            stop.countDown();
        }));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static List<String> stdinLines() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.lines().toList();
    }
}
