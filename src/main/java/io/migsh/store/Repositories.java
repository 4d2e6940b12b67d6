package io.migsh.store;

/** Every repository over one session, so that one transaction can touch several aggregates. */
public final class Repositories {
    private final SqlSession session;

    public Repositories(SqlSession session) {
        this.session = session;
    }

    public SqlSession session() {
        return session;
    }

    public AcceptedDomainRepository domains() {
        return new AcceptedDomainRepository(session);
    }

    public MailboxDatabaseRepository databases() {
        return new MailboxDatabaseRepository(session);
    }

    public MailboxRepository mailboxes() {
        return new MailboxRepository(session);
    }

    public EndpointRepository endpoints() {
        return new EndpointRepository(session);
    }

    public BatchRepository batches() {
        return new BatchRepository(session);
    }

    public MigrationUserRepository users() {
        return new MigrationUserRepository(session);
    }

    public SyncRequestRepository requests() {
        return new SyncRequestRepository(session);
    }

    public StatusEventRepository events() {
        return new StatusEventRepository(session);
    }

    public ReportRepository reports() {
        return new ReportRepository(session);
    }
}
