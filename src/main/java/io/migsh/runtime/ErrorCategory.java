package io.migsh.runtime;

/** PowerShell's System.Management.Automation.ErrorCategory, as shown in an error record's CategoryInfo. */
@DotNetName("System.Management.Automation.ErrorCategory")
public enum ErrorCategory {
    NotSpecified, OpenError, CloseError, DeviceError, DeadlockDetected, InvalidArgument, InvalidData,
    InvalidOperation, InvalidResult, InvalidType, MetadataError, NotImplemented, NotInstalled, ObjectNotFound,
    OperationStopped, OperationTimeout, SyntaxError, ParserError, PermissionDenied, ResourceBusy, ResourceExists,
    ResourceUnavailable, ReadError, WriteError, FromStdErr, SecurityError, ProtocolError, ConnectionError,
    AuthenticationError, LimitsExceeded, QuotaExceeded, NotEnabled
}
