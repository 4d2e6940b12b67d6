package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.MailboxSpec;
import io.migsh.migration.MigrationErrors;
import io.migsh.migration.model.AcceptedDomain;
import io.migsh.migration.model.Mailbox;
import io.migsh.runtime.SecureString;
import java.util.List;

/**
 * New-Mailbox: a target mailbox. Its address is -PrimarySmtpAddress, else -MicrosoftOnlineServicesID, else the
 * alias (or name) at the default accepted domain; it must be in an accepted domain.
 */
@CmdletInfo(verb = "New", noun = "Mailbox", supportsShouldProcess = true, outputType = DirectoryObjects.MAILBOX)
public class NewMailboxCommand extends DirectoryCmdlet {
    @Parameter(mandatory = true, position = 0)
    String name;
    @Parameter
    String microsoftOnlineServicesID;
    @Parameter
    String primarySmtpAddress;
    @Parameter
    String alias;
    @Parameter
    String displayName;
    @Parameter
    String firstName;
    @Parameter
    String lastName;
    @Parameter
    SecureString password;
    @Parameter(completion = "database")
    String database;
    @Parameter
    Boolean resetPasswordOnNextLogon;

    @Override
    protected void processRecord() {
        String address = primarySmtpAddress != null ? primarySmtpAddress : microsoftOnlineServicesID;
        if (address == null) address = (alias != null ? alias : name) + "@" + defaultDomain();
        if (!shouldProcess("Creating mailbox \"" + name + "\" with primary SMTP address \"" + address + "\".")) return;
        String shown = displayName != null ? displayName
                : firstName != null || lastName != null ? String.join(" ", nonNull(firstName, lastName)) : null;
        Mailbox m = session().directory().newMailbox(new MailboxSpec(name, address, microsoftOnlineServicesID, alias,
                shown, Arguments.secret(password), database));
        writeObject(DirectoryObjects.mailbox(m, session().directory().databaseOf(m)));
    }

    private String defaultDomain() {
        List<AcceptedDomain> domains = session().directory().acceptedDomains(null);
        return domains.stream().filter(AcceptedDomain::isDefault).findFirst().or(() -> domains.stream().findFirst())
                .map(AcceptedDomain::domainName)
                .orElseThrow(() -> MigrationErrors.invalidArgument("There's no accepted domain to make the mailbox's "
                        + "address in. Add one with New-AcceptedDomain, or give -PrimarySmtpAddress.", name));
    }

    private static List<String> nonNull(String... parts) {
        return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList();
    }
}
