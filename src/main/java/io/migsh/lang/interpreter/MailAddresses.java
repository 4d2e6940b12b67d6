package io.migsh.lang.interpreter;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** [System.Net.Mail.MailAddress]'Name &lt;user@host&gt;': how scripts check the addresses in a migration CSV. */
final class MailAddresses {
    private static final Pattern FORM = Pattern.compile(
            "\\s*(?:\"?([^\"<]*?)\"?\\s*<([^<>@\\s]+)@([^<>@\\s]+)>|([^<>@\\s\"]+)@([^<>@\\s]+))\\s*");

    private MailAddresses() {}

    static PsObject parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new PsException("System.Management.Automation.PSInvalidCastException", "Cannot convert value \""
                    + text + "\" to type \"System.Net.Mail.MailAddress\". Error: \"The specified string is not in the "
                    + "form required for an e-mail address.\"", "InvalidCastConstructorException",
                    ErrorCategory.InvalidArgument, text);
        }
        String user = m.group(2) != null ? m.group(2) : m.group(4);
        String host = m.group(3) != null ? m.group(3) : m.group(5);
        String display = m.group(1) == null ? "" : m.group(1).trim();
        PsObject o = new PsObject("System.Net.Mail.MailAddress", "System.Object");
        o.add("DisplayName", display).add("User", user).add("Host", host).add("Address", user + "@" + host);
        return o.withToString(display.isEmpty() ? user + "@" + host : "\"" + display + "\" <" + user + "@" + host + ">");
    }
}
