package org.dyad.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text, refusing what is not text: binary data, and bytes that are not UTF-8 (or
 * UTF-16 with a byte-order mark). Guessing a legacy encoding silently would corrupt names, so the
 * user is told to convert instead.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    /** @throws BadInputException with a reason a user can act on */
    static String decode(byte[] bytes) throws BadInputException {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        int scan = Math.min(bytes.length, 8192);
        for (int i = 0; i < scan; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException("binary file (NUL byte at offset " + i + "), not text");
            }
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        String text = strict(bytes, offset, StandardCharsets.UTF_8);
        long control = text.chars().limit(8192)
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 8 && control * 20 > Math.min(text.length(), 8192)) {
            throw new BadInputException("binary file (" + control + " control characters), not text");
        }
        return text;
    }

    private static String strict(byte[] bytes, int offset, java.nio.charset.Charset charset)
            throws BadInputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            throw new BadInputException(String.format(
                    "not valid %s (byte 0x%02x at offset %d); convert the file to UTF-8", charset.name(),
                    at < bytes.length ? bytes[at] & 0xff : 0, at));
        } catch (CharacterCodingException e) {
            throw new BadInputException("not valid " + charset.name() + "; convert the file to UTF-8");
        }
    }
}
