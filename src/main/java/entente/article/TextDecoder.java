package entente.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes file bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8 (old news exports often are). */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** True when the bytes look binary: NUL bytes or many control characters in the first few kilobytes. */
    static boolean looksBinary(byte[] bytes) { return looksBinary(bytes, false); }

    /**
     * True when the bytes look binary. A corpus (JSON lines, CSV) is judged by its share of control characters
     * only: one stray NUL must cost one record, not the whole file.
     */
    static boolean looksBinary(byte[] bytes, boolean corpus) {
        int n = Math.min(bytes.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0 && !corpus) return true;
            if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
        }
        return n > 0 && control * 20 > n;
    }

    /**
     * The text without what no article holds and RDF cannot carry safely: control characters other than tab and
     * line breaks, unpaired surrogates (from JSON escapes), and the replacement character.
     */
    static String clean(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean drop = (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFD'
                    || c == '\uFEFF' || (Character.isSurrogate(c) && !pairedHigh && !pairedLow);
            if (drop && sb == null) sb = new StringBuilder(text.length()).append(text, 0, i);
            else if (!drop && sb != null) sb.append(c);
        }
        return sb == null ? text : sb.toString();
    }
}
