package io.migsh.json;

import io.migsh.runtime.DotNetName;

/** ConvertTo-Json -EscapeHandling (Newtonsoft's StringEscapeHandling): which characters become \\uXXXX. */
@DotNetName("Newtonsoft.Json.StringEscapeHandling")
public enum EscapeHandling {
    /** Control characters, quote, backslash, U+0085, U+2028 and U+2029. */
    Default,
    /** Also every character outside ASCII. */
    EscapeNonAscii,
    /** Also &lt; &gt; &amp; ' and ". */
    EscapeHtml
}
