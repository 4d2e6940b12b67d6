package io.migsh.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModifiedUtf7Test {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INBOX|INBOX",
            "Entwürfe|Entw&APw-rfe",
            "Données|Donn&AOk-es",
            "受信箱|&U9dP4Xux-",
            "日本語|&ZeVnLIqe-",
            "Ünïcødé & Co|&ANw-n&AO8-c&APg-d&AOk- &- Co",
            "~peter/mail/台北/日本語|~peter/mail/&U,BTFw-/&ZeVnLIqe-",
            "a&b|a&-b"})
    void encodes_and_decodes_as_rfc3501_and_dovecot(String unicode, String encoded) {
        assertEquals(encoded, ModifiedUtf7.encode(unicode));
        assertEquals(unicode, ModifiedUtf7.decode(encoded));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Cart&APM-rio|Cartório", "broken&-|broken&", "open&AAA|open&AAA"})
    void decodes_leniently(String encoded, String unicode) {
        assertEquals(unicode, ModifiedUtf7.decode(encoded));
    }
}
