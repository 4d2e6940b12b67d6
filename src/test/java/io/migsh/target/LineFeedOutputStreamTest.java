package io.migsh.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineFeedOutputStreamTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // input (\r and \n written as R and N) | output | size | virtual size
            "aRNbRN|aNbN|4|6",
            "aNb|aNb|3|4",
            "aRb|aRb|3|3",
            "aR|aR|2|2",
            "RRN|RN|2|2",
            "''|''|0|0"})
    void converts_crlf_and_counts_sizes(String in, String out, long size, long vsize) throws IOException {
        for (int chunk : new int[] {1, 2, 100}) {
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            LineFeedOutputStream lf = new LineFeedOutputStream(sink);
            byte[] bytes = decode(in);
            for (int i = 0; i < bytes.length; i += chunk) {
                lf.write(bytes, i, Math.min(chunk, bytes.length - i));
            }
            lf.finish();
            assertEquals(out, encode(sink.toByteArray()), "chunk " + chunk);
            assertEquals(size, lf.size());
            assertEquals(vsize, lf.virtualSize());
        }
    }

    private static byte[] decode(String s) {
        return s.replace('R', '\r').replace('N', '\n').getBytes(StandardCharsets.US_ASCII);
    }

    private static String encode(byte[] b) {
        return new String(b, StandardCharsets.US_ASCII).replace('\r', 'R').replace('\n', 'N');
    }
}
