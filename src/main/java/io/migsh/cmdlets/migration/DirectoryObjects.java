package io.migsh.cmdlets.migration;

import io.migsh.migration.mailstore.FolderStats;
import io.migsh.migration.model.AcceptedDomain;
import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.migration.model.DatabaseKind;
import io.migsh.migration.model.Mailbox;
import io.migsh.migration.model.MailboxDatabase;
import io.migsh.runtime.PsObject;
import java.util.List;

/** Mailboxes, accepted domains, databases and mailbox statistics as Exchange's objects. */
final class DirectoryObjects {
    static final String MAILBOX = "Microsoft.Exchange.Data.Directory.Management.Mailbox";
    static final String ACCEPTED_DOMAIN = "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain";
    static final String MAILBOX_DATABASE = "Microsoft.Exchange.Data.Directory.SystemConfiguration.MailboxDatabase";
    static final String MAILBOX_STATISTICS = "Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics";
    static final String FOLDER_STATISTICS = "Microsoft.Exchange.Management.Tasks.MailboxFolderConfiguration";
    /** Exchange Online's ProhibitSendQuota for a standard licence. */
    static final ByteQuantifiedSize PROHIBIT_SEND_QUOTA = ByteQuantifiedSize.parse("99 GB");

    private DirectoryObjects() {}

    static PsObject mailbox(Mailbox m, MailboxDatabase db) {
        // Exchange's recipient hierarchy, as a real export's <TN> lists it
        PsObject o = ExchangeObjects.configurable(MAILBOX, "Microsoft.Exchange.Data.Directory.Management.MailEnabledOrgPerson",
                "Microsoft.Exchange.Data.Directory.Management.MailEnabledRecipient",
                "Microsoft.Exchange.Data.Directory.Management.ADPresentationObject",
                "Microsoft.Exchange.Data.Directory.ADObject", "Microsoft.Exchange.Data.Directory.ADRawEntry");
        o.add("Name", m.name());
        o.add("Alias", m.alias());
        o.add("Database", db.name());
        o.add("ProhibitSendQuota", PROHIBIT_SEND_QUOTA);
        o.add("ExternalDirectoryObjectId", m.id().toString());
        o.add("DisplayName", m.displayName());
        o.add("PrimarySmtpAddress", m.primarySmtpAddress());
        o.add("EmailAddresses", ExchangeObjects.proxyAddresses(List.of("SMTP:" + m.primarySmtpAddress())));
        o.add("MicrosoftOnlineServicesID", m.microsoftOnlineServicesId());
        o.add("UserPrincipalName", m.microsoftOnlineServicesId() != null ? m.microsoftOnlineServicesId()
                : m.primarySmtpAddress());
        o.add("ExchangeGuid", m.id());
        o.add("MaxSendSize", m.maxSendSize());
        o.add("MaxReceiveSize", m.maxReceiveSize());
        o.add("RecipientType", ExchangeObjects.RecipientType.UserMailbox);
        o.add("RecipientTypeDetails", ExchangeObjects.RecipientTypeDetails.UserMailbox);
        o.add("WhenCreated", ExchangeObjects.local(m.createdAt()));
        o.add("WhenCreatedUTC", ExchangeObjects.utc(m.createdAt()));
        o.add("Identity", m.name());
        o.add("Guid", m.id());
        ExchangeObjects.finish(o);
        return o.withToString(m.name());
    }

    static PsObject acceptedDomain(AcceptedDomain d) {
        PsObject o = ExchangeObjects.configurable(ACCEPTED_DOMAIN);
        o.add("Name", d.name());
        o.add("DomainName", d.domainName());
        o.add("DomainType", d.domainType());
        o.add("Default", d.isDefault());
        o.add("Identity", d.name());
        o.add("Guid", d.id());
        o.add("WhenCreated", ExchangeObjects.local(d.createdAt()));
        o.add("WhenCreatedUTC", ExchangeObjects.utc(d.createdAt()));
        ExchangeObjects.finish(o);
        return o.withToString(d.name());
    }

    /** A database; its master password is never shown, only whether one is set. */
    static PsObject database(MailboxDatabase d, String serverName) {
        PsObject o = ExchangeObjects.configurable(MAILBOX_DATABASE,
                "Microsoft.Exchange.Data.Directory.SystemConfiguration.Database");
        o.add("Name", d.name());
        o.add("Server", d.kind() == DatabaseKind.Maildir ? serverName : d.server().host());
        o.add("Recovery", Boolean.FALSE);
        o.add("ReplicationType", "None");
        o.add("EdbFilePath", d.edbFilePath());
        o.add("StoreType", d.kind().name());
        o.add("ImapServer", d.server() == null ? null : d.server().host());
        o.add("Port", d.server() == null ? null : d.server().port());
        o.add("Security", d.server() == null ? null : d.server().security());
        o.add("AcceptUntrustedCertificates", d.server() != null && d.server().acceptUntrustedCertificates());
        o.add("MasterUser", d.masterUser());
        o.add("IsDefault", d.isDefault());
        o.add("Identity", d.name());
        o.add("Guid", d.id());
        o.add("WhenCreated", ExchangeObjects.local(d.createdAt()));
        o.add("WhenCreatedUTC", ExchangeObjects.utc(d.createdAt()));
        ExchangeObjects.finish(o);
        return o.withToString(d.name());
    }

    static PsObject statistics(Mailbox m, MailboxDatabase db, List<FolderStats> folders, String serverName) {
        long items = folders.stream().mapToLong(FolderStats::items).sum();
        long bytes = folders.stream().mapToLong(FolderStats::bytes).sum();
        PsObject o = ExchangeObjects.configurable(MAILBOX_STATISTICS);
        o.add("DisplayName", m.displayName());
        o.add("MailboxGuid", m.id());
        o.add("Database", db.name());
        o.add("ItemCount", items);
        o.add("TotalItemSize", new ByteQuantifiedSize(bytes));
        o.add("DeletedItemCount", 0L);
        o.add("TotalDeletedItemSize", ByteQuantifiedSize.ZERO);
        o.add("LastLogonTime", null);
        o.add("LastLogoffTime", null);
        o.add("MailboxTypeDetail", "UserMailbox");
        o.add("ServerName", db.kind() == DatabaseKind.Maildir ? serverName : db.server().host());
        o.add("DatabaseName", db.name());
        o.add("Identity", m.primarySmtpAddress());
        ExchangeObjects.finish(o);
        return o;
    }

    /**
     * One folder as Get-MailboxFolderStatistics shows it; sizes of subfolders are summed into the
     * *AndSubfolders values. The Inbox of a Maildir is its root, so it is no parent of the other folders.
     */
    static PsObject folder(Mailbox m, FolderStats f, List<FolderStats> all, boolean oldestNewest) {
        String path = "/" + (f.path().isEmpty() ? "Inbox" : String.join("/", f.path()));
        long items = f.items();
        long bytes = f.bytes();
        for (FolderStats other : all) {
            if (!f.path().isEmpty() && other.path().size() > f.path().size()
                    && other.path().subList(0, f.path().size()).equals(f.path())) {
                items += other.items();
                bytes += other.bytes();
            }
        }
        PsObject o = ExchangeObjects.configurable(FOLDER_STATISTICS);
        o.add("Name", f.name());
        o.add("FolderPath", path);
        o.add("FolderType", FolderTypes.of(f.path()));
        o.add("ItemsInFolder", f.items());
        o.add("FolderSize", new ByteQuantifiedSize(f.bytes()));
        o.add("ItemsInFolderAndSubfolders", (int) items);
        o.add("FolderAndSubfolderSize", new ByteQuantifiedSize(bytes));
        o.add("VisibleItemsInFolder", f.items());
        o.add("HiddenItemsInFolder", 0);
        o.add("DeletedItemsInFolder", 0);
        o.add("CreationTime", ExchangeObjects.local(f.created()));
        o.add("LastModifiedTime", ExchangeObjects.local(f.lastModified()));
        if (oldestNewest) {
            o.add("OldestItemReceivedDate", ExchangeObjects.local(f.oldestItem()));
            o.add("NewestItemReceivedDate", ExchangeObjects.local(f.newestItem()));
        }
        o.add("Identity", m.primarySmtpAddress() + "\\" + path.substring(1));
        ExchangeObjects.finish(o);
        return o;
    }

    /** The "Top of Information Store" entry Exchange lists first: every folder below it. */
    static PsObject top(Mailbox m, List<FolderStats> all) {
        long items = all.stream().mapToLong(FolderStats::items).sum();
        long bytes = all.stream().mapToLong(FolderStats::bytes).sum();
        PsObject o = ExchangeObjects.configurable(FOLDER_STATISTICS);
        o.add("Name", "Top of Information Store");
        o.add("FolderPath", "/Top of Information Store");
        o.add("FolderType", "Root");
        o.add("ItemsInFolder", 0);
        o.add("FolderSize", ByteQuantifiedSize.ZERO);
        o.add("ItemsInFolderAndSubfolders", (int) items);
        o.add("FolderAndSubfolderSize", new ByteQuantifiedSize(bytes));
        o.add("VisibleItemsInFolder", 0);
        o.add("HiddenItemsInFolder", 0);
        o.add("DeletedItemsInFolder", 0);
        o.add("CreationTime", null);
        o.add("LastModifiedTime", null);
        o.add("Identity", m.primarySmtpAddress() + "\\Top of Information Store");
        ExchangeObjects.finish(o);
        return o;
    }
}
