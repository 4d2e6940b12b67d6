package io.migsh.cmdlets.demo;

import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.Store;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * GreenMail's folder directory, except that some folders cannot be opened: LIST shows them as usual, but SELECT,
 * EXAMINE, STATUS and APPEND answer NO, as a server does for a folder whose files the IMAP process may not read.
 * GreenMail resolves every such command through {@link #getFolder(GreenMailUser, String, boolean)}, so refusing
 * there is enough.
 */
final class RefusingHostManager implements ImapHostManager {
    private final ImapHostManager delegate;
    /** "login/folder" pairs, the folder as the client names it (INBOX-relative, GreenMail's '.' separator). */
    private final Set<String> refused;

    RefusingHostManager(ImapHostManager delegate, Set<String> refused) {
        this.delegate = delegate;
        this.refused = refused;
    }

    @Override
    public MailFolder getFolder(GreenMailUser user, String mailboxName, boolean mustExist) throws FolderException {
        if (refused.contains(user.getLogin() + "/" + mailboxName)) {
            throw RefusingHostManager.<RuntimeException>sneaky(new AuthorizationException(
                    "No access to " + mailboxName));
        }
        return delegate.getFolder(user, mailboxName, mustExist);
    }

    /**
     * Throws a checked exception the interface does not declare. GreenMail's SELECT answers every FolderException
     * with "No such mailbox", which would misname the problem; an AuthorizationException passes through SELECT,
     * EXAMINE and STATUS to GreenMail's command template, which answers "NO ... failed. Authorization error:
     * Lacking permissions to perform requested operation.", as a server answers for a folder it may not read.
     */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }

    @Override
    public List<StoredMessage> getAllMessages() {
        return delegate.getAllMessages();
    }

    @Override
    public char getHierarchyDelimiter() {
        return delegate.getHierarchyDelimiter();
    }

    @Override
    public MailFolder getFolder(GreenMailUser user, String mailboxName) {
        return delegate.getFolder(user, mailboxName);
    }

    @Override
    public MailFolder getInbox(GreenMailUser user) throws FolderException {
        return delegate.getInbox(user);
    }

    @Override
    public void createPrivateMailAccount(GreenMailUser user) throws FolderException {
        delegate.createPrivateMailAccount(user);
    }

    @Override
    public void deletePrivateMailAccount(GreenMailUser user) {
        delegate.deletePrivateMailAccount(user);
    }

    @Override
    public MailFolder createMailbox(GreenMailUser user, String mailboxName)
            throws AuthorizationException, FolderException {
        return delegate.createMailbox(user, mailboxName);
    }

    @Override
    public void deleteMailbox(GreenMailUser user, String mailboxName) throws FolderException, AuthorizationException {
        delegate.deleteMailbox(user, mailboxName);
    }

    @Override
    public void renameMailbox(GreenMailUser user, String oldMailboxName, String newMailboxName)
            throws FolderException, AuthorizationException {
        delegate.renameMailbox(user, oldMailboxName, newMailboxName);
    }

    @Override
    public Collection<MailFolder> listMailboxes(GreenMailUser user, String mailboxPattern) throws FolderException {
        return delegate.listMailboxes(user, mailboxPattern);
    }

    @Override
    public Collection<MailFolder> listSubscribedMailboxes(GreenMailUser user, String mailboxPattern)
            throws FolderException {
        return delegate.listSubscribedMailboxes(user, mailboxPattern);
    }

    @Override
    public void subscribe(GreenMailUser user, String mailbox) throws FolderException {
        delegate.subscribe(user, mailbox);
    }

    @Override
    public void unsubscribe(GreenMailUser user, String mailbox) throws FolderException {
        delegate.unsubscribe(user, mailbox);
    }

    @Override
    public Store getStore() {
        return delegate.getStore();
    }
}
