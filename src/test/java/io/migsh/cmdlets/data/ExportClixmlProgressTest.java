package io.migsh.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large Export-Clixml counts what it has written in a progress bar; a small one shows none. */
class ExportClixmlProgressTest {
    @TempDir
    Path dir;

    private static List<Object> users(int n) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(ClixmlCmdletsTest.user("user" + i + "@contoso.com", i));
        return out;
    }

    @Test
    void a_large_export_shows_its_count_and_removes_the_bar_at_the_end() {
        Fixture fx = new Fixture(dir, dir.resolve("home"));
        fx.run(ExportClixmlCommand.class, users(ExportClixmlCommand.PROGRESS_AFTER + 500), "-Path", "stats.xml");
        assertEquals("Export-Clixml: 1,000 objects written to stats.xml", fx.progress.get(0));
        assertEquals("done", fx.progress.get(fx.progress.size() - 1));
    }

    @Test
    void a_small_export_and_a_silent_progress_preference_show_no_bar() {
        Fixture fx = new Fixture(dir, dir.resolve("home"));
        fx.run(ExportClixmlCommand.class, users(ExportClixmlCommand.PROGRESS_AFTER - 1), "-Path", "small.xml");
        assertEquals(List.of(), fx.progress);
        fx.vars.put("progresspreference", "SilentlyContinue");
        fx.run(ExportClixmlCommand.class, users(ExportClixmlCommand.PROGRESS_AFTER * 2), "-Path", "big.xml");
        assertTrue(fx.progress.isEmpty(), fx.progress.toString());
    }
}
