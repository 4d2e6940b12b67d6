package io.migsh.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The command line of bin/migsh, parsed as pwsh parses its own: -File, -Command, -NoProfile, -Service, ... */
public record LaunchOptions(Mode mode, String file, String command, List<String> scriptArgs, boolean noProfile,
        boolean nonInteractive) {

    /** What the launcher runs. */
    public enum Mode { INTERACTIVE, FILE, COMMAND, STDIN, SERVICE, HELP, VERSION }

    public static LaunchOptions parse(String[] args, boolean stdinIsTerminal) {
        Mode mode = null;
        String file = null;
        String command = null;
        List<String> rest = new ArrayList<>();
        boolean noProfile = false;
        boolean nonInteractive = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String flag = a.toLowerCase(Locale.ROOT).replaceFirst("^--?", "");
            if (mode == Mode.FILE || mode == Mode.COMMAND) {
                rest.add(a);
                continue;
            }
            if (!a.startsWith("-")) {
                // pwsh script.ps1 args...: a first bare argument is a script file.
                mode = Mode.FILE;
                file = a;
                continue;
            }
            switch (flag) {
                case "file", "f" -> {
                    mode = Mode.FILE;
                    file = need(args, ++i, a);
                }
                case "command", "c" -> {
                    mode = Mode.COMMAND;
                    command = need(args, ++i, a);
                }
                case "noprofile", "nop" -> noProfile = true;
                case "noninteractive", "noni" -> nonInteractive = true;
                case "nologo", "nol" -> { }
                case "service" -> mode = Mode.SERVICE;
                case "help", "h", "?" -> mode = Mode.HELP;
                case "version", "v" -> mode = Mode.VERSION;
                default -> throw new IllegalArgumentException("The argument '" + a + "' is not recognized as the "
                        + "name of a script file or a parameter. Check the spelling; 'migsh -Help' lists them.");
            }
        }
        if (mode == null) mode = stdinIsTerminal ? Mode.INTERACTIVE : Mode.STDIN;
        if (mode == Mode.COMMAND && "-".equals(command)) mode = Mode.STDIN;
        if (mode == Mode.COMMAND && !rest.isEmpty()) command = command + " " + String.join(" ", rest);
        return new LaunchOptions(mode, file, command, List.copyOf(rest), noProfile, nonInteractive);
    }

    private static String need(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Missing the argument to the parameter '" + flag + "'.");
        }
        return args[i];
    }

    public static String usage() {
        return """
                Usage: migsh [-NoProfile] [-File <script.ps1> [args...]] [-Command "<command>"] [-Service]

                  (no arguments)   the interactive shell
                  -File script     runs a script file; the remaining arguments go to its param() block
                  -Command text    runs one command line ("-" reads commands from standard input)
                  -Service         runs migrations headless until stopped
                  -NoProfile       skips $MIGSH_HOME/profile.ps1
                  -Version         prints the version

                The data directory is $env:MIGSH_HOME, else ~/.migsh.
                """;
    }
}
