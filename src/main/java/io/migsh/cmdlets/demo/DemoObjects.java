package io.migsh.cmdlets.demo;

import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.runtime.PsObject;
import java.util.ArrayList;
import java.util.List;

/** The demo server and its users as objects in the pipeline. */
final class DemoObjects {
    static final String SERVER = "Migsh.DemoImapServer";
    static final String USER = "Migsh.DemoImapUser";

    private DemoObjects() {}

    static PsObject server(DemoImapServer s) {
        List<Object> users = new ArrayList<>();
        for (DemoSeeder.SeededUser u : s.users()) users.add(user(u));
        PsObject o = new PsObject(SERVER, "System.Object");
        o.add("Server", s.host());
        o.add("Port", s.port());
        o.add("SslPort", s.sslPort());
        o.add("Users", users);
        return o;
    }

    /** A source mailbox with its login, as the CSV of a migration batch needs it, and what it holds. */
    static PsObject user(DemoSeeder.SeededUser u) {
        PsObject o = new PsObject(USER, "System.Object");
        o.add("UserName", u.user().login());
        o.add("Password", u.user().password());
        o.add("EmailAddress", u.user().address());
        o.add("Folders", u.folders());
        o.add("Messages", u.messages());
        o.add("Size", new ByteQuantifiedSize(u.bytes()));
        return o.withToString(u.user().login());
    }
}
