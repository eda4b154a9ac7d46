package entente.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a text is English, so that entente does not extract invented actors from text its English models
 * cannot read. A model-free heuristic (OpenNLP's language detector needs a model that is not shipped):
 * <ol>
 *   <li>at least half the letters must be Latin script, else the text is "not English (mostly X script)";</li>
 *   <li>at least {@value #MIN_COMMON_SHARE} of the word tokens must be among the 100 most frequent English words
 *       ({@code english-common-words.txt}): English prose scores about 0.4-0.5, French, German, Spanish or
 *       Indonesian news a few hundredths.</li>
 * </ol>
 * Texts under {@value #MIN_WORDS} words are not judged: too few words to tell, and a headline-only article is
 * harmless. Immutable and thread-safe.
 */
public final class LanguageCheck {
    /** Fewest word tokens needed to judge. */
    public static final int MIN_WORDS = 25;
    /** Least share of common English words among the tokens of an English text. */
    public static final double MIN_COMMON_SHARE = 0.15;

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
    private static final class Holder { static final Set<String> COMMON = load("/entente/article/english-common-words.txt"); }

    private LanguageCheck() {}

    /** Empty when the text reads as English (or is too short to tell), else why it does not, for a person. */
    public static Optional<String> notEnglish(String text) {
        int letters = 0, latin = 0;
        Character.UnicodeScript other = null;
        int otherCount = 0;
        var scriptCounts = new java.util.EnumMap<Character.UnicodeScript, Integer>(Character.UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) latin++;
            else {
                int n = scriptCounts.merge(script, 1, Integer::sum);
                if (n > otherCount) { other = script; otherCount = n; }
            }
        }
        if (letters >= MIN_WORDS * 2 && latin * 2 < letters) {
            return Optional.of(String.format(Locale.ROOT, "not English (mostly %s script, %d%% of letters)",
                    other.name().toLowerCase(Locale.ROOT).replace('_', ' '), Math.round(100.0 * otherCount / letters)));
        }
        int words = 0, common = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            if (Holder.COMMON.contains(m.group().toLowerCase(Locale.ROOT))) common++;
        }
        if (words < MIN_WORDS) return Optional.empty();
        double share = (double) common / words;
        if (share >= MIN_COMMON_SHARE) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT,
                "not English (only %.0f%% of %d words are common English words, expected at least %.0f%%)",
                100 * share, words, 100 * MIN_COMMON_SHARE));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (var in = LanguageCheck.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
