package io.migsh.lang.interpreter;

import io.migsh.lang.ExitException;
import java.util.List;

/** [Environment]:: properties and methods, over the shell's $env: overlay. */
final class EnvironmentStatics {
    private EnvironmentStatics() {}

    static Object get(String n, Session session) {
        switch (n) {
            case "newline": return System.lineSeparator();
            case "machinename": return machineName();
            case "username": return System.getProperty("user.name");
            case "userdomainname": return machineName();
            case "currentdirectory": return session.context().location().toString();
            case "processorcount": return Runtime.getRuntime().availableProcessors();
            case "osversion": return System.getProperty("os.name") + " " + System.getProperty("os.version");
            case "is64bitprocess", "is64bitoperatingsystem": return true;
            case "tickcount": return (int) (System.nanoTime() / 1_000_000);
            case "processid": return ProcessHandle.current().pid();
            default: return null;
        }
    }

    static String machineName() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isEmpty()) return h;
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    static Object invoke(String n, List<Object> args, Session session) {
        switch (n) {
            case "getenvironmentvariable": return session.scopes().environment().get(Args.text(args, 0));
            case "setenvironmentvariable":
                session.scopes().write("env", Args.text(args, 0), args.size() > 1 ? args.get(1) : null);
                return AutomationNull.VALUE;
            case "exit": throw new ExitException(Args.integer(args, 0));
            case "getfolderpath": return System.getProperty("user.home");
            default: return Methods.NOT_FOUND;
        }
    }
}
