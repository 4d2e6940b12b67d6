package io.migsh.json;

/** ConvertTo-Json -EscapeHandling (Newtonsoft's StringEscapeHandling): which characters become \\uXXXX. */
public enum EscapeHandling {
    /** Control characters, quote, backslash, U+0085, U+2028 and U+2029. */
    Default,
    /** Also every character outside ASCII. */
    EscapeNonAscii,
    /** Also &lt; &gt; &amp; ' and ". */
    EscapeHtml
}
