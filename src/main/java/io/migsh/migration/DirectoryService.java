package io.migsh.migration;

import io.migsh.migration.model.AcceptedDomain;
import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.migration.model.DatabaseKind;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.Mailbox;
import io.migsh.migration.model.MailboxDatabase;
import io.migsh.store.Repositories;
import io.migsh.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** The target directory: accepted domains, mailbox databases and mailboxes, with Exchange's rules and texts. */
public final class DirectoryService {
    /** The database every migsh data directory starts with. */
    public static final String DEFAULT_DATABASE = "Mailbox Database";

    private final MigrationSession session;

    DirectoryService(MigrationSession session) {
        this.session = session;
    }

    /** Creates the default Maildir database on first start; a second shell starting at once finds it made. */
    void ensureDefaultDatabase() {
        Path store = session.dataDirectory().resolve("mailstore").toAbsolutePath();
        boolean exists = session.db().inTransaction(r -> r.databases().defaultDatabase().isPresent());
        if (exists) return;
        try {
            Files.createDirectories(store);
            session.db().inTransaction(r -> {
                r.databases().insert(new MailboxDatabase(io.migsh.migration.model.Guids.next(), DEFAULT_DATABASE, DatabaseKind.Maildir,
                        store.toString(), null, null, null, true, session.now()));
                return null;
            });
        } catch (StoreException e) {
            if (!e.isDuplicateKey()) throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AcceptedDomain newAcceptedDomain(String name, String domainName) {
        return session.db().inTransaction(r -> {
            if (r.domains().byNameOrDomain(name).isPresent() || r.domains().byDomain(domainName).isPresent()) {
                throw MigrationErrors.alreadyExists("accepted domain", domainName);
            }
            AcceptedDomain d = new AcceptedDomain(io.migsh.migration.model.Guids.next(), name, domainName.toLowerCase(java.util.Locale.ROOT),
                    "Authoritative", r.domains().count() == 0, session.now());
            r.domains().insert(d);
            return d;
        });
    }

    public List<AcceptedDomain> acceptedDomains(String identity) {
        return session.db().inTransaction(r -> {
            if (identity == null) return r.domains().all();
            AcceptedDomain d = Identities.guid(identity).flatMap(g -> r.domains().byId(g))
                    .or(() -> r.domains().byNameOrDomain(identity))
                    .orElseThrow(() -> MigrationErrors.notFound(identity, session.serverName()));
            return List.of(d);
        });
    }

    public MailboxDatabase newImapDatabase(String name, ImapServerSettings server, String masterUser,
            char[] masterPassword) {
        return session.db().inTransaction(r -> {
            if (r.databases().byName(name).isPresent()) throw MigrationErrors.alreadyExists("mailbox database", name);
            MailboxDatabase d = new MailboxDatabase(io.migsh.migration.model.Guids.next(), name, DatabaseKind.Imap, null, server,
                    masterUser, masterPassword == null ? null : session.db().secrets().seal(masterPassword), false,
                    session.now());
            r.databases().insert(d);
            return d;
        });
    }

    public MailboxDatabase newMaildirDatabase(String name, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return session.db().inTransaction(r -> {
            if (r.databases().byName(name).isPresent()) throw MigrationErrors.alreadyExists("mailbox database", name);
            MailboxDatabase d = new MailboxDatabase(io.migsh.migration.model.Guids.next(), name, DatabaseKind.Maildir,
                    folder.toAbsolutePath().toString(), null, null, null, false, session.now());
            r.databases().insert(d);
            return d;
        });
    }

    public List<MailboxDatabase> databases(String identity) {
        return session.db().inTransaction(r -> {
            if (identity == null) return r.databases().all();
            return List.of(database(r, identity));
        });
    }

    MailboxDatabase database(Repositories r, String identity) {
        return Identities.guid(identity).flatMap(g -> r.databases().byId(g)).or(() -> r.databases().byName(identity))
                .orElseThrow(() -> MigrationErrors.notFound(identity, session.serverName()));
    }

    /** New-Mailbox: the address must be in an accepted domain and unused; the alias defaults to its local part. */
    public Mailbox newMailbox(MailboxSpec spec) {
        String address = spec.primarySmtpAddress();
        Mailbox created = session.db().inTransaction(r -> {
            String domain = Identities.domainOf(address);
            if (r.domains().byDomain(domain).isEmpty()) {
                throw MigrationErrors.invalidArgument("The domain '" + domain + "' of the address '" + address
                        + "' isn't an accepted domain for your organization. Add it with New-AcceptedDomain and try "
                        + "again.", address);
            }
            if (r.mailboxes().byIdentity(spec.name()).filter(m -> m.name().equalsIgnoreCase(spec.name())).isPresent()) {
                throw MigrationErrors.of("Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException",
                        "The name \"" + spec.name() + "\" is already being used. Please try another name.",
                        io.migsh.runtime.ErrorCategory.NotSpecified, spec.name());
            }
            r.mailboxes().byAddress(address).ifPresent(m -> {
                throw MigrationErrors.of("Microsoft.Exchange.Data.Directory.ProxyAddressExistsException",
                        "The proxy address \"SMTP:" + address + "\" is already being used by the proxy addresses or "
                                + "LegacyExchangeDN of \"" + m.name() + "\". Please choose another proxy address.",
                        io.migsh.runtime.ErrorCategory.NotSpecified, address);
            });
            String alias = spec.alias() != null ? spec.alias() : Identities.localPart(address);
            r.mailboxes().byIdentity(alias).filter(m -> m.alias().equalsIgnoreCase(alias)).ifPresent(m -> {
                throw MigrationErrors.invalidArgument("The alias \"" + alias + "\" is already being used by \""
                        + m.name() + "\". Please choose another alias.", alias);
            });
            MailboxDatabase db = spec.database() == null
                    ? r.databases().defaultDatabase().orElseThrow() : database(r, spec.database());
            Mailbox m = new Mailbox(io.migsh.migration.model.Guids.next(), spec.name(), alias,
                    spec.displayName() != null ? spec.displayName() : spec.name(), address,
                    spec.microsoftOnlineServicesId(), db.id(),
                    spec.password() == null ? null : session.db().secrets().seal(spec.password()),
                    Mailbox.DEFAULT_MAX_SIZE, Mailbox.DEFAULT_MAX_SIZE, session.now());
            r.mailboxes().insert(m);
            return m;
        });
        createMaildir(created);
        return created;
    }

    private void createMaildir(Mailbox m) {
        MailboxDatabase db = session.db().inTransaction(r -> r.databases().byId(m.databaseId()).orElseThrow());
        if (db.kind() != DatabaseKind.Maildir) return;
        Path root = Path.of(db.edbFilePath()).resolve(m.primarySmtpAddress().toLowerCase(java.util.Locale.ROOT));
        try {
            for (String sub : List.of("cur", "new", "tmp")) Files.createDirectories(root.resolve(sub));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Mailbox> mailboxes(String identity) {
        return session.db().inTransaction(r -> identity == null ? r.mailboxes().all() : List.of(mailbox(r, identity)));
    }

    public Mailbox mailbox(Repositories r, String identity) {
        return Identities.guid(identity).flatMap(g -> r.mailboxes().byId(g)).or(() -> r.mailboxes().byIdentity(identity))
                .orElseThrow(() -> MigrationErrors.notFound(identity, session.serverName()));
    }

    public MailboxDatabase databaseOf(Mailbox m) {
        return session.db().inTransaction(r -> r.databases().byId(m.databaseId()).orElseThrow());
    }

    /** Set-Mailbox -MaxReceiveSize / -MaxSendSize: Exchange Online accepts 1 KB up to the 150 MB plan cap. */
    public Mailbox setLimits(String identity, ByteQuantifiedSize maxReceive, ByteQuantifiedSize maxSend,
            String displayName) {
        for (ByteQuantifiedSize size : new ByteQuantifiedSize[] {maxReceive, maxSend}) {
            if (size != null && (size.compareTo(Mailbox.MAX_SIZE_CAP) > 0 || size.bytes() < 1024)) {
                throw MigrationErrors.invalidArgument("The value \"" + size + "\" is out of range. Enter a size "
                        + "from 1 KB to " + Mailbox.MAX_SIZE_CAP + ".", size);
            }
        }
        return session.db().inTransaction(r -> {
            Mailbox m = mailbox(r, identity);
            if (maxReceive != null) m = m.withMaxReceiveSize(maxReceive);
            if (maxSend != null) m = m.withMaxSendSize(maxSend);
            if (displayName != null) m = m.withNames(m.name(), m.alias(), displayName);
            r.mailboxes().update(m);
            return m;
        });
    }

    public Mailbox setPassword(String identity, char[] password) {
        return session.db().inTransaction(r -> {
            Mailbox m = mailbox(r, identity).withPasswordSecret(session.db().secrets().seal(password));
            r.mailboxes().update(m);
            return m;
        });
    }

    /** Remove-Mailbox: refused while a batch or sync request still uses the mailbox; the mail stays on disk. */
    public Mailbox removeMailbox(String identity) {
        return session.db().inTransaction(r -> {
            Mailbox m = mailbox(r, identity);
            r.users().byMailbox(m.id()).ifPresent(u -> {
                throw MigrationErrors.invalidState("The mailbox '" + m.primarySmtpAddress() + "' is in a migration "
                        + "batch. Remove it from the batch with Remove-MigrationUser first.", identity);
            });
            if (r.requests().countForMailbox(m.id()) > 0) {
                throw MigrationErrors.invalidState("The mailbox '" + m.primarySmtpAddress() + "' has sync requests. "
                        + "Remove them with Remove-SyncRequest first.", identity);
            }
            r.mailboxes().delete(m.id());
            return m;
        });
    }
}
