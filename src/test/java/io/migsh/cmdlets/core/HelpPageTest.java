package io.migsh.cmdlets.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HelpPageTest {
    @Test
    void markdown_code_spans_lose_their_backticks_but_powershell_escapes_stay() {
        assertEquals("With -ErrorAction Stop it ends; see $Error.", HelpPage.plain("With `-ErrorAction Stop` it ends; see `$Error`."));
        assertEquals("\"a`tb\" has a tab", HelpPage.plain("``\"a`tb\"`` has a tab"));
    }

    @Test
    void a_loaded_page_has_no_markdown_code_spans() {
        HelpPage page = HelpPage.load("Write-Error");
        assertFalse(page.description().contains("`"), page.description());
        assertFalse(page.parameter("ErrorRecord").contains("`"));
    }
}
