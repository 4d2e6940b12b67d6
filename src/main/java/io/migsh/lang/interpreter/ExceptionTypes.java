package io.migsh.lang.interpreter;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The .NET exception hierarchy as far as catch [Type] needs it: an error record's exception type matches its own
 * name and every base class (catch [System.Management.Automation.RuntimeException] catches a CommandNotFoundException).
 */
public final class ExceptionTypes {
    private static final Map<String, String> PARENT = new HashMap<>();

    static {
        String sma = "System.Management.Automation.";
        parent("System.SystemException", "System.Exception");
        parent("System.ApplicationException", "System.Exception");
        parent("System.ArgumentException", "System.SystemException");
        parent("System.ArgumentNullException", "System.ArgumentException");
        parent("System.ArgumentOutOfRangeException", "System.ArgumentException");
        parent("System.InvalidOperationException", "System.SystemException");
        parent("System.ObjectDisposedException", "System.InvalidOperationException");
        parent("System.NotSupportedException", "System.SystemException");
        parent("System.NotImplementedException", "System.SystemException");
        parent("System.FormatException", "System.SystemException");
        parent("System.InvalidCastException", "System.SystemException");
        parent("System.ArithmeticException", "System.SystemException");
        parent("System.DivideByZeroException", "System.ArithmeticException");
        parent("System.OverflowException", "System.ArithmeticException");
        parent("System.TimeoutException", "System.SystemException");
        parent("System.UnauthorizedAccessException", "System.SystemException");
        parent("System.Collections.Generic.KeyNotFoundException", "System.SystemException");
        parent("System.IndexOutOfRangeException", "System.SystemException");
        parent("System.NullReferenceException", "System.SystemException");
        parent("System.IO.IOException", "System.SystemException");
        parent("System.IO.FileNotFoundException", "System.IO.IOException");
        parent("System.IO.DirectoryNotFoundException", "System.IO.IOException");
        parent("System.Net.WebException", "System.InvalidOperationException");
        parent("System.Net.Sockets.SocketException", "System.Exception");
        parent(sma + "RuntimeException", "System.SystemException");
        parent(sma + "CommandNotFoundException", sma + "RuntimeException");
        parent(sma + "ParameterBindingException", sma + "RuntimeException");
        parent(sma + "ParseException", sma + "RuntimeException");
        parent(sma + "ActionPreferenceStopException", sma + "RuntimeException");
        parent(sma + "PipelineStoppedException", sma + "RuntimeException");
        parent(sma + "MethodException", sma + "RuntimeException");
        parent(sma + "MethodInvocationException", sma + "MethodException");
        parent(sma + "SessionStateException", sma + "RuntimeException");
        parent(sma + "ItemNotFoundException", sma + "SessionStateException");
        parent(sma + "DriveNotFoundException", sma + "SessionStateException");
        parent(sma + "SessionStateUnauthorizedAccessException", sma + "SessionStateException");
        parent(sma + "PSArgumentException", "System.ArgumentException");
        parent(sma + "PSArgumentNullException", "System.ArgumentNullException");
        parent(sma + "PSInvalidOperationException", "System.InvalidOperationException");
        parent(sma + "PSNotSupportedException", "System.NotSupportedException");
        parent(sma + "PSInvalidCastException", "System.InvalidCastException");
        parent(sma + "ValidationMetadataException", sma + "MetadataException");
        parent(sma + "MetadataException", sma + "RuntimeException");
        parent(sma + "Host.HostException", sma + "RuntimeException");
        parent(sma + "WildcardPatternException", sma + "RuntimeException");
        parent(sma + "PropertyNotFoundException", sma + "ExtendedTypeSystemException");
        parent(sma + "ExtendedTypeSystemException", sma + "RuntimeException");
        parent("Microsoft.PowerShell.Commands.WriteErrorException", "System.SystemException");
    }

    private ExceptionTypes() {}

    private static void parent(String child, String parent) {
        PARENT.put(child.toLowerCase(Locale.ROOT), parent);
    }

    /** True when the type is known as an exception (it or a base class is in the table). */
    public static boolean isKnown(String fullName) {
        String k = fullName.toLowerCase(Locale.ROOT);
        return PARENT.containsKey(k) || k.equals("system.exception");
    }

    /** True when an exception of type {@code actual} is caught by catch [{@code wanted}]. */
    public static boolean matches(String actual, String wanted) {
        String w = normalize(wanted);
        if (w.equals("system.exception")) return true;
        String a = actual;
        for (int guard = 0; a != null && guard < 20; guard++) {
            String n = a.toLowerCase(Locale.ROOT);
            if (n.equals(w) || n.endsWith("." + w)) return true;
            a = PARENT.get(n);
        }
        return false;
    }

    /** The base class of a known exception type (System.Exception's is System.Object), or null. */
    static String parentOf(String fullName) {
        String k = fullName.toLowerCase(Locale.ROOT);
        return k.equals("system.exception") ? "System.Object" : PARENT.get(k);
    }

    private static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("exception")) return "system.exception";
        return n;
    }
}
