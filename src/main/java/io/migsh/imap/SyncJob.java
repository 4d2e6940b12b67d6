package io.migsh.imap;

import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapEndpoint;
import io.migsh.target.MailTarget;

/**
 * One mailbox to sync: where the mail comes from, where it goes, which folders, and the limits.
 *
 * @param mailboxKey       the journal's key for this mailbox (e.g. the migration user's identity); keep it stable
 *                         across syncs, since it is what makes later syncs incremental
 * @param source           the source IMAP server
 * @param credentials      the source login (CSV UserName/Password, or an admin acting for the user)
 * @param target           the mail store that receives the mail
 * @param folderFilter     IncludeFolders/ExcludeFolders
 * @param targetRootFolder TargetRootFolder ('/' between levels), or null
 * @param userRoot         the CSV's UserRoot ('/' between levels, e.g. "/users/terry.adams"): on servers with
 *                         virtual shared folders, only the folders under it are the user's, and they are copied
 *                         relative to it; null for the whole personal namespace
 */
public record SyncJob(String mailboxKey, ImapEndpoint source, ImapCredentials credentials, MailTarget target,
                      FolderFilter folderFilter, String targetRootFolder, SyncLimits limits, SyncMode mode,
                      SyncTuning tuning, String userRoot) {
    public SyncJob {
        if (folderFilter == null) folderFilter = FolderFilter.ALL;
        if (limits == null) limits = SyncLimits.DEFAULTS;
        if (mode == null) mode = SyncMode.INITIAL;
        if (tuning == null) tuning = SyncTuning.DEFAULTS;
    }

    public static SyncJob of(String mailboxKey, ImapEndpoint source, ImapCredentials credentials, MailTarget target) {
        return new SyncJob(mailboxKey, source, credentials, target, null, null, null, null, null, null);
    }

    public SyncJob withLimits(SyncLimits newLimits) {
        return new SyncJob(mailboxKey, source, credentials, target, folderFilter, targetRootFolder, newLimits, mode,
                tuning, userRoot);
    }

    public SyncJob withFolders(FolderFilter filter, String rootFolder) {
        return new SyncJob(mailboxKey, source, credentials, target, filter, rootFolder, limits, mode, tuning, userRoot);
    }

    public SyncJob withMode(SyncMode newMode) {
        return new SyncJob(mailboxKey, source, credentials, target, folderFilter, targetRootFolder, limits, newMode,
                tuning, userRoot);
    }

    public SyncJob withUserRoot(String root) {
        return new SyncJob(mailboxKey, source, credentials, target, folderFilter, targetRootFolder, limits, mode, tuning,
                root);
    }

    public SyncJob withTuning(SyncTuning newTuning) {
        return new SyncJob(mailboxKey, source, credentials, target, folderFilter, targetRootFolder, limits, mode,
                newTuning, userRoot);
    }
}
