package io.migsh.migration.model;

import io.migsh.runtime.DotNetName;

/** Exchange's AuthenticationMethod for IMAP endpoints: Basic is LOGIN / AUTHENTICATE PLAIN. */
@DotNetName("Microsoft.Exchange.Data.Storage.Management.AuthenticationMethod")
public enum AuthenticationMethod {
    Basic, Ntlm
}
