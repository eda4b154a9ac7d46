package entente.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drops page furniture ("Related Articles", "Leave a Reply", "Back to top button") from article text. The patterns
 * live in {@code /entente/article/boilerplate.txt}. Immutable and thread-safe.
 */
public final class Boilerplate {
    private static final class Holder { static final Boilerplate STANDARD = load("/entente/article/boilerplate.txt"); }

    private final List<Pattern> patterns;

    Boilerplate(List<Pattern> patterns) { this.patterns = List.copyOf(patterns); }

    /** The shipped patterns. */
    public static Boilerplate standard() { return Holder.STANDARD; }

    /** True when the whole line is furniture. */
    public boolean isBoilerplate(String line) {
        String t = line.strip();
        if (t.isEmpty()) return false;
        for (Pattern p : patterns) if (p.matcher(t).matches()) return true;
        return false;
    }

    /** The text without furniture lines, paragraphs kept, surrounding blank lines trimmed. */
    public String clean(String text) {
        String kept = text.replace("\r\n", "\n").replace('\r', '\n').lines()
                .filter(l -> !isBoilerplate(l))
                .collect(Collectors.joining("\n"));
        return kept.replaceAll("\n{3,}", "\n\n").strip();
    }

    static Boilerplate load(String resource) {
        List<Pattern> ps = new ArrayList<>();
        try (var in = Boilerplate.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                ps.add(Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Boilerplate(ps);
    }
}
