package io.migsh.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * String escaping as Newtonsoft.Json (which ConvertTo-Json uses) does it: \b \t \n \f \r short forms, other
 * control characters and the three line separators as lower-case \\u00xx, and more per {@link EscapeHandling}.
 */
final class NewtonsoftEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;
    private final EscapeHandling handling;

    NewtonsoftEscapes(EscapeHandling handling) {
        this.handling = handling;
        ascii = standardAsciiEscapesForJSON();
        for (int c = 0; c < 32; c++) {
            if (c != '\b' && c != '\t' && c != '\n' && c != '\f' && c != '\r') ascii[c] = ESCAPE_CUSTOM;
        }
        if (handling == EscapeHandling.EscapeHtml) {
            for (char c : new char[] {'<', '>', '&', '\'', '"'}) ascii[c] = ESCAPE_CUSTOM;
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch < 128 || ch == 0x85 || ch == 0x2028 || ch == 0x2029 || handling == EscapeHandling.EscapeNonAscii) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
        return null;
    }
}
