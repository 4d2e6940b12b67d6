package io.migsh.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagePrimitivesTest {
    /** An enum as Import-Clixml gives it back: its number as the base value, its name as the text. */
    private static PsObject deserializedStatus(int value, String name) {
        return new PsObject("Deserialized.Microsoft.Exchange.Data.Storage.Management.MigrationUserStatus",
                "Deserialized.System.Enum").withToString(name).withBaseValue(value);
    }

    @Test
    void a_wrapped_value_compares_through_its_base_value() {
        PsObject failed = deserializedStatus(3, "Failed");
        assertTrue(LanguagePrimitives.areEqual(failed, "failed", true));
        assertTrue(LanguagePrimitives.areEqual(failed, 3, true));
        assertTrue(LanguagePrimitives.areEqual(failed, "3", true));
        assertFalse(LanguagePrimitives.areEqual(failed, "Synced", true));
        assertFalse(LanguagePrimitives.areEqual(failed, "FAILED", false));
        assertTrue(LanguagePrimitives.areEqual(3, failed, true));
        assertTrue(LanguagePrimitives.areEqual("Failed", failed, true));
        assertTrue(LanguagePrimitives.compare(failed, deserializedStatus(1, "Syncing"), true) > 0);
        assertEquals(0, LanguagePrimitives.compare(5L, new PsObject().withBaseValue(5), true));
    }

    @Test
    void integers_of_any_width_compare_by_value() {
        assertEquals(0, LanguagePrimitives.compareNumbers(7, 7L));
        assertTrue(LanguagePrimitives.compareNumbers(Long.MAX_VALUE, Integer.MIN_VALUE) > 0);
        assertTrue(LanguagePrimitives.compareNumbers(new java.math.BigInteger("99999999999999999999"), 1L) > 0);
        assertTrue(LanguagePrimitives.areEqual(List.of(1), List.of(1), true));
    }

    @Test
    void category_info_reads_like_windows_powershell() {
        ErrorRecord r = new ErrorRecord("System.Management.Automation.ItemNotFoundException", "gone", "PathNotFound",
                ErrorCategory.ObjectNotFound, "/nope", "Get-Content", SourcePosition.NONE, null);
        assertEquals("ObjectNotFound: (/nope:String) [Get-Content], ItemNotFoundException",
                ErrorCategoryInfo.of(r).toString());
        ErrorRecord bag = ErrorRecord.of("System.Exception", "m", "Id", ErrorCategory.InvalidData, PsObject.custom());
        assertEquals("PSCustomObject", ErrorCategoryInfo.of(bag).targetType());
    }

    @Test
    void a_stop_preference_survives_rewrapping_of_the_cause() {
        ErrorRecord r = ErrorRecord.of("System.Exception", "m", "Id", ErrorCategory.NotSpecified, null);
        assertFalse(r.isStoppedByPreference());
        ErrorRecord stopped = r.stoppedByPreference();
        ErrorRecord rewrapped = new ErrorRecord(stopped.exceptionType(), stopped.message(), stopped.errorId(),
                stopped.category(), null, null, SourcePosition.NONE, new RuntimeException("marker", stopped.cause()));
        assertTrue(rewrapped.isStoppedByPreference());
        assertEquals("m", stopped.message());
    }
}
