package io.migsh.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Commands that ask at the console, as PowerShell's console host asks: Get-Credential for a user name and a
 * masked password, and a command missing a mandatory parameter for its value.
 */
class PromptInputTest extends PromptLoopTestBase {
    @Test
    void get_credential_asks_for_the_user_and_a_masked_password() throws Exception {
        start();
        vt.type("$cred = Get-Credential\r");
        vt.await("the user prompt", s -> lastLine(s).equals("User:"));
        String screen = vt.screen();
        assertTrue(screen.contains("\nPowerShell credential request\nEnter your credentials.\nUser:"), screen);
        vt.type("admin@contoso.com\r");
        vt.await("the password prompt", s -> lastLine(s).equals("Password for user admin@contoso.com:"));
        vt.type("S3cret!\r");
        awaitIdle();
        screen = vt.screen();
        assertTrue(screen.contains("Password for user admin@contoso.com: *******\n"), screen);
        assertFalse(screen.contains("S3cret!"), screen);
        run("$cred.UserName; $cred.GetNetworkCredential().Password");
        assertTrue(vt.screen().contains("\nadmin@contoso.com\nS3cret!\n"), vt.screen());
    }

    @Test
    void get_credential_with_a_user_name_and_message_asks_only_for_the_password() throws Exception {
        start();
        vt.type("$cred = Get-Credential -UserName imapadmin -Message 'Source IMAP server'\r");
        vt.await("the password prompt", s -> lastLine(s).equals("Password for user imapadmin:"));
        assertTrue(vt.screen().contains("\nPowerShell credential request\nSource IMAP server\nPassword for user"),
                vt.screen());
        vt.type("pw\r");
        awaitIdle();
        run("$cred.UserName");
        assertTrue(vt.screen().endsWith("\nimapadmin\n" + prompt), vt.screen());
    }

    @Test
    void a_missing_mandatory_parameter_is_asked_for_and_ctrl_c_abandons_the_command() throws Exception {
        start("function Get-Wave { param([Parameter(Mandatory)][string]$Name) \"wave $Name\" }");
        vt.type("Get-Wave\r");
        vt.await("the parameter prompt", s -> lastLine(s).equals("Name:"));
        assertTrue(vt.screen().contains("cmdlet Get-Wave at command pipeline position 1\n"
                + "Supply values for the following parameters:\nName:"), vt.screen());
        vt.type("two\r");
        vt.awaitText("\nwave two");
        awaitIdle();

        vt.type("Get-Wave\r");
        vt.await("the parameter prompt again", s -> lastLine(s).equals("Name:"));
        vt.type(CTRL_C);
        awaitIdle();
        run("'still here'");
        assertTrue(vt.screen().contains("\nstill here"), vt.screen());
    }

    @Test
    void confirm_asks_before_acting_and_no_leaves_things_as_they_were() throws Exception {
        start("$wave = 'wave1'");
        vt.type("Remove-Variable wave -Confirm\r");
        String question = "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"):";
        vt.await("the confirmation question", s -> lastLine(s).equals(question));
        assertTrue(vt.screen().contains("\nConfirm\nAre you sure you want to perform this action?\n"
                + "Performing the operation \"Remove variable\" on target \"Name: wave\".\n"), vt.screen());
        vt.type("n\r");
        awaitIdle();
        run("\"[$wave]\"");
        assertTrue(vt.screen().endsWith("\n[wave1]\n" + prompt), vt.screen());

        vt.type("Remove-Variable wave -Confirm\r");
        vt.await("the confirmation question again", s -> lastLine(s).equals(question));
        vt.type("y\r");
        awaitIdle();
        // a line not typed before, so that waiting for it cannot be satisfied by the earlier one
        run("\"<$wave>\"");
        assertTrue(vt.screen().endsWith("\n<>\n" + prompt), vt.screen());
    }
}
