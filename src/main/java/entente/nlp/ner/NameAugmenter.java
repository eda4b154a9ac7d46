package entente.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Copies training sentences with their person names replaced by made-up, name-shaped words ("Korvani Tesul"), so the
 * model learns a person from the context and the shape of a word rather than from the few thousand names the corpus
 * happens to hold. Deterministic for a given seed. Not thread-safe (one instance per training run).
 */
public final class NameAugmenter {
    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v",
        "w", "z", "ch", "sh", "th", "kh", "br", "dr", "gr", "kr", "st", "tr", "y", ""};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ou", "ie", "ya"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "k", "t", "ng", "sh"};
    private static final String[] ENDINGS = {"", "", "", "", "ov", "ova", "son", "ez", "ski", "ini", "ura", "ang",
        "ic", "enko", "stein", "ley", "ton", "ides", "oglu", "ard"};

    private final Random random;

    public NameAugmenter(long seed) { this.random = new Random(seed); }

    /**
     * For each sentence that has a person name, with probability {@code fraction}, a copy whose person tokens are
     * replaced; the same original word gets the same replacement within a sentence.
     */
    public List<NameSample> augment(List<NameSample> samples, double fraction) {
        List<NameSample> out = new ArrayList<>();
        for (NameSample s : samples) {
            boolean hasPerson = false;
            for (Span n : s.getNames()) hasPerson |= n.getType().equals("PER");
            if (hasPerson && random.nextDouble() < fraction) out.add(replacePersons(s));
        }
        return out;
    }

    private NameSample replacePersons(NameSample s) {
        String[] tokens = s.getSentence().clone();
        Map<String, String> replaced = new HashMap<>();
        for (Span n : s.getNames()) {
            if (!n.getType().equals("PER")) continue;
            for (int i = n.getStart(); i < n.getEnd(); i++) {
                String t = tokens[i];
                if (t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || t.endsWith(".")) continue;
                tokens[i] = replaced.computeIfAbsent(t, k -> madeUpName());
            }
        }
        return new NameSample(tokens, s.getNames(), s.isClearAdaptiveDataSet());
    }

    /** A capitalised word of one to three syllables, sometimes with a surname ending or an "al-" prefix. */
    String madeUpName() {
        StringBuilder b = new StringBuilder();
        int syllables = 1 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            b.append(pick(ONSETS)).append(pick(VOWELS));
            if (i == syllables - 1 || random.nextInt(4) == 0) b.append(pick(CODAS));
        }
        b.append(pick(ENDINGS));
        if (b.length() < 3) b.append(pick(CODAS)).append("o");
        String name = Character.toUpperCase(b.charAt(0)) + b.substring(1);
        return random.nextInt(25) == 0 ? "al-" + name : name;
    }

    private String pick(String[] options) { return options[random.nextInt(options.length)]; }
}
