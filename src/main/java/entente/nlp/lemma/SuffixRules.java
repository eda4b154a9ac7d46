package entente.nlp.lemma;

import entente.EntenteException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * English inflection rules for words the lemma dictionary has not seen, read from {@code suffix-rules.tsv}: a rule
 * that needs a known lemma applies only when its result is one ("blamed" → "blame", not "blam"); a default rule
 * applies anyway.
 */
final class SuffixRules {
    private static final String RESOURCE = "/entente/nlp/lemma/suffix-rules.tsv";
    private static final String DOUBLED = "bdgklmnprtv";

    private static final String VOWELS = "aeiou";

    /**
     * One rule: replace {@code suffix} by {@code replacement} unless the word ends with one of {@code unless}, and
     * when {@code cvcStem}, only if the rest ends in consonant, vowel, consonant.
     */
    record Rule(String suffix, String replacement, boolean needsKnownLemma, List<String> unless, boolean cvcStem) {
        /** The lemma this rule makes of a lower-case word, or null when it does not apply. */
        String apply(String word) {
            if (!word.endsWith(suffix) || word.length() < suffix.length() + 2) return null;
            for (String u : unless) if (word.endsWith(u)) return null;
            String stem = word.substring(0, word.length() - suffix.length());
            if (cvcStem && !endsConsonantVowelConsonant(stem)) return null;
            if (replacement.equals("~")) return undouble(stem);
            return replacement.equals("-") ? stem : stem + replacement;
        }

        private static boolean endsConsonantVowelConsonant(String stem) {
            int n = stem.length();
            if (n < 2) return false;
            boolean consonantBefore = n == 2 || VOWELS.indexOf(stem.charAt(n - 3)) < 0;
            char last = stem.charAt(n - 1);
            return consonantBefore && VOWELS.indexOf(stem.charAt(n - 2)) >= 0
                && VOWELS.indexOf(last) < 0 && "wxy".indexOf(last) < 0;
        }

        private static String undouble(String stem) {
            int n = stem.length();
            boolean doubled = n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && DOUBLED.indexOf(stem.charAt(n - 1)) >= 0;
            return doubled ? stem.substring(0, n - 1) : stem;
        }
    }

    private final Map<String, List<Rule>> byTag;

    private SuffixRules(Map<String, List<Rule>> byTag) { this.byTag = byTag; }

    static SuffixRules load() {
        Map<String, List<Rule>> byTag = new HashMap<>();
        try (InputStream in = SuffixRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new EntenteException("missing resource " + RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 4) throw new EntenteException(RESOURCE + ": bad rule: " + line);
                List<String> unless = f.length > 4 && !f[4].isBlank() ? List.of(f[4].split(",")) : List.of();
                boolean cvc = f.length > 5 && f[5].equals("cvc");
                Rule rule = new Rule(f[1], f[2], f[3].equals("known"), unless, cvc);
                for (String tag : f[0].split(",")) byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(rule);
            }
        } catch (IOException e) {
            throw new EntenteException("cannot read " + RESOURCE, e);
        }
        return new SuffixRules(byTag);
    }

    /** The lemma of a lower-case word with this tag, given which lemmas are known; the word itself when no rule fits. */
    String lemma(String word, String tag, Predicate<String> known) {
        String candidate = knownLemma(word, tag, known);
        return candidate != null ? candidate : defaultLemma(word, tag);
    }

    /** The first lemma a rule makes of the word that is known, or null. */
    String knownLemma(String word, String tag, Predicate<String> known) {
        for (Rule rule : byTag.getOrDefault(tag, List.of())) {
            String candidate = rule.apply(word);
            if (candidate != null && !candidate.equals(word) && known.test(candidate)) return candidate;
        }
        return null;
    }

    private String defaultLemma(String word, String tag) {
        for (Rule rule : byTag.getOrDefault(tag, List.of())) {
            String candidate = rule.needsKnownLemma() ? null : rule.apply(word);
            if (candidate != null) return candidate;
        }
        return word;
    }
}
