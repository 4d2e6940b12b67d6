package io.migsh.migration;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.PsException;
import java.util.Locale;

/**
 * The errors the migration cmdlets raise, with Exchange's exception types and texts. The error id has Exchange's
 * shape, {@code [FailureCategory=Cmdlet-<Exception>] <code>}, followed by the command when it is raised.
 */
public final class MigrationErrors {
    private static final String TASKS = "Microsoft.Exchange.Configuration.Tasks.";
    private static final String MIGRATION = "Microsoft.Exchange.Migration.";
    private static final String MRS = "Microsoft.Exchange.MailboxReplicationService.";

    private MigrationErrors() {}

    /** An Exchange-shaped error: full exception type, message, category and the object concerned. */
    public static PsException of(String exceptionType, String message, ErrorCategory category, Object target) {
        String shortName = exceptionType.substring(exceptionType.lastIndexOf('.') + 1);
        String id = "[FailureCategory=Cmdlet-" + shortName + "] " + code(exceptionType);
        return new PsException(ErrorRecord.of(exceptionType, message, id, category, target));
    }

    /** Exchange's "not found" for every object type. */
    public static PsException notFound(String identity, String server) {
        return of(TASKS + "ManagementObjectNotFoundException", "The operation couldn't be performed because object '"
                + identity + "' couldn't be found on '" + server + "'.", ErrorCategory.NotSpecified, identity);
    }

    /** Exchange's "more than one match" for an identity that is not unique. */
    public static PsException ambiguous(String identity) {
        return of(TASKS + "ManagementObjectAmbiguousException", "The operation couldn't be performed because '"
                + identity + "' matches multiple entries.", ErrorCategory.NotSpecified, identity);
    }

    public static PsException alreadyExists(String what, String name) {
        return of(TASKS + "ManagementObjectAlreadyExistsException", "The " + what + " '" + name
                + "' already exists. Choose another name.", ErrorCategory.ResourceExists, name);
    }

    public static PsException userAlreadyBeingMigrated(String address) {
        return of(MIGRATION + "UserAlreadyBeingMigratedException", "The user '" + address + "' already has a pending "
                + "request. Please remove the existing request and resume the current batch or start a new batch "
                + "for this user.", ErrorCategory.InvalidArgument, address);
    }

    public static PsException recipientNotFound(String address) {
        return of(MIGRATION + "MigrationRecipientNotFoundException", recipientNotFoundText(address),
                ErrorCategory.InvalidArgument, address);
    }

    public static String recipientNotFoundText(String address) {
        return "A recipient wasn't found for '" + address + "' on the target. Create a recipient of the appropriate "
                + "type for this migration on the target and try again.";
    }

    /** An action the object's status does not allow (Complete on a batch that is still syncing, ...). */
    public static PsException invalidState(String message, Object target) {
        return of(MIGRATION + "MigrationPermanentException", message, ErrorCategory.InvalidOperation, target);
    }

    /** A bad parameter value in Exchange's words (a task's InvalidArgument). */
    public static PsException invalidArgument(String message, Object target) {
        return of(TASKS + "RecipientTaskException", message, ErrorCategory.InvalidArgument, target);
    }

    /** A CSV problem: the whole file is refused and nothing is created. */
    public static PsException csv(String message) {
        return of(MIGRATION + "MigrationCSVParsingException", message, ErrorCategory.InvalidData, null);
    }

    public static PsException csvRow(int row, String message) {
        return of(MIGRATION + "MigrationCSVRowValidationException", "Error on row " + row + " of the CSV file: "
                + message, ErrorCategory.InvalidData, row);
    }

    public static PsException duplicateRequestName(String name, String mailbox) {
        return of(MRS + "NameMustBeUniquePermanentException", "Name must be unique per owning mailbox. There's "
                + "already a request with the name '" + name + "' owned by mailbox '" + mailbox + "'.",
                ErrorCategory.InvalidArgument, name);
    }

    public static PsException protocolNotSpecified() {
        return of(MRS + "SyncProtocolNotSpecifiedPermanentException", "A protocol must be specified for the sync "
                + "request. Use one of -Imap, -Pop, -Eas or -Olc.", ErrorCategory.InvalidArgument, null);
    }

    /** Exchange's short stable code: eight hex digits derived from the exception type. */
    private static String code(String exceptionType) {
        return String.format(Locale.ROOT, "%08X", exceptionType.hashCode());
    }
}
