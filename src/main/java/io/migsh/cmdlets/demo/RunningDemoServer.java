package io.migsh.cmdlets.demo;

import io.migsh.runtime.ExecutionContext;

/** The demo IMAP server of one shell session, between Start-DemoImapServer and Stop-DemoImapServer. */
final class RunningDemoServer {
    private DemoImapServer server;

    static RunningDemoServer of(ExecutionContext context) {
        synchronized (context) {
            RunningDemoServer r = context.serviceOrNull(RunningDemoServer.class);
            if (r == null) {
                r = new RunningDemoServer();
                context.register(RunningDemoServer.class, r);
            }
            return r;
        }
    }

    synchronized DemoImapServer get() {
        return server;
    }

    synchronized void set(DemoImapServer s) {
        server = s;
    }

    synchronized void stop() {
        if (server != null) server.close();
        server = null;
    }
}
