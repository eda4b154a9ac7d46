package entente.nlp.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: the same normalisation for the data files, lookups and sentence tokens. */
final class Names {
    private Names() {}

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The|THE)\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    /**
     * A name as written, made comparable: composed Unicode, straight apostrophes and hyphens, no dots ("U.S." is
     * "US"), single spaces, no leading article. Case is kept: "US" and "us" differ.
     */
    static String key(String name) {
        if (isPlain(name, true)) return name;
        String s = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-')
                .replace(".", "");
        s = SPACES.matcher(s.strip()).replaceAll(" ");
        return LEADING_THE.matcher(s).replaceFirst("");
    }

    /** One token's contribution to a key: the token's {@link #key}, empty for a lone "." (dots are dropped). */
    static String tokenKey(String token) {
        if (isPlain(token, false)) return token;
        String s = Normalizer.normalize(token, Normalizer.Form.NFC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-')
                .replace(".", "");
        return s.strip();
    }

    /**
     * Whether a name is its own key, so the normalisation (the costly part of every gazetteer lookup) can be skipped:
     * ASCII letters, digits, hyphens and straight apostrophes, with single inner spaces when {@code spaces}, and no
     * leading article.
     */
    private static boolean isPlain(String s, boolean spaces) {
        int n = s.length();
        if (n == 0) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '\'';
            if (plain) continue;
            if (!spaces || c != ' ' || i == 0 || i == n - 1 || s.charAt(i - 1) == ' ') return false;
        }
        return !(spaces && n > 4 && s.regionMatches(true, 0, "the ", 0, 4));
    }

    /** Lower-case ASCII words joined by hyphens: "Côte d'Ivoire" is "cote-d-ivoire". */
    static String slug(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_SLUG.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
        int from = 0, to = s.length();
        while (from < to && s.charAt(from) == '-') from++;
        while (to > from && s.charAt(to - 1) == '-') to--;
        return s.substring(from, to);
    }

    /** True when the word starts with an upper-case letter. */
    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
