package entente.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article as read from a file or a corpus record.
 *
 * @param locator   the article's URL as given at ingest, or its file path when it has none; never null
 * @param published publication date, or null when unknown (relative dates then stay unresolved)
 * @param title     title, or "" when unknown
 * @param text      the body text, boilerplate removed; character offsets in the graph refer to it
 */
public record Article(String locator, LocalDate published, String title, String text) {
    public Article {
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
    }

    public Optional<LocalDate> publishedDate() { return Optional.ofNullable(published); }

    /** SHA-256 of the locator, the date, the title and the text: two reads of the same article agree on it. */
    public String contentHash() {
        return sha256Hex(locator + '\n' + published + '\n' + title + '\n' + text);
    }

    /** A stable key for the article's IRIs: derived from the locator alone, so re-ingest replaces, never duplicates. */
    public String key() {
        return sha256Hex(locator).substring(0, 16);
    }

    /** Hex SHA-256 of a string's UTF-8 bytes. */
    public static String sha256Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
