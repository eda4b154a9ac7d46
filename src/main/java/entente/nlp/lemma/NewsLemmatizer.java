package entente.nlp.lemma;

import entente.EntenteException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.lemmatizer.DictionaryLemmatizer;
import opennlp.tools.lemmatizer.Lemmatizer;

/**
 * Lemmas by lookup: the (word, UD tag) → lemma dictionary built from news by {@link LemmaDictionaryBuilder}, read with
 * OpenNLP's {@link DictionaryLemmatizer}, and {@link SuffixRules} for words it has not seen. About a hundred times
 * cheaper than the statistical lemmatizer it was built from, which it agrees with on the words it has seen.
 *
 * <p>Lemmas are lower case. Immutable after loading and safe to share between threads.
 */
public final class NewsLemmatizer implements Lemmatizer {
    /** The dictionary shipped with entente (built from GMB, see {@code MODEL_CARD.md} next to the NER model). */
    public static final String DICTIONARY = "/entente/nlp/lemma/lemmas-en-news.tsv.gz";
    private static final String UNKNOWN = "O";

    private static final class Holder { static final NewsLemmatizer SHARED = load(DICTIONARY); }

    private final DictionaryLemmatizer dictionary;
    private final KnownLemmas knownLemmas = new KnownLemmas();
    private final SuffixRules rules = SuffixRules.load();

    private NewsLemmatizer(DictionaryLemmatizer dictionary) {
        this.dictionary = dictionary;
        dictionary.getDictMap().forEach((key, lemmas) -> {
            for (String lemma : lemmas) knownLemmas.add(key.get(1), lemma);
        });
    }

    /** The shipped dictionary, loaded once per process. */
    public static NewsLemmatizer shared() { return Holder.SHARED; }

    /** A lemmatizer reading a gzip-compressed dictionary from the classpath. */
    public static NewsLemmatizer load(String resource) {
        try (InputStream in = NewsLemmatizer.class.getResourceAsStream(resource)) {
            if (in == null) throw new EntenteException("lemma dictionary not on the classpath: " + resource);
            return new NewsLemmatizer(new DictionaryLemmatizer(new GZIPInputStream(in)));
        } catch (IOException e) {
            throw new EntenteException("cannot read lemma dictionary " + resource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String[] lemmatize(String[] words, String[] tags) {
        String[] found = dictionary.lemmatize(words, tags);
        for (int i = 0; i < words.length; i++) {
            if (!found[i].equals(UNKNOWN)) continue;
            String word = words[i].toLowerCase();
            boolean self = LemmaDictionaryBuilder.SELF_TAGS.contains(tags[i])
                || LemmaDictionaryBuilder.MOSTLY_SELF_TAGS.contains(tags[i]);
            found[i] = self ? word : rules.lemma(word, tags[i], knownLemmas.of(tags[i]));
        }
        return found;
    }

    /** Whether the dictionary has this (word, tag), as opposed to the suffix rules deciding. */
    public boolean knows(String word, String tag) {
        return !dictionary.lemmatize(new String[] {word}, new String[] {tag})[0].equals(UNKNOWN);
    }

    /** The one lemma of each word, as a list of one: the dictionary keeps one lemma per (word, tag). */
    @Override
    public List<List<String>> lemmatize(List<String> words, List<String> tags) {
        String[] lemmas = lemmatize(words.toArray(String[]::new), tags.toArray(String[]::new));
        return java.util.Arrays.stream(lemmas).map(List::of).toList();
    }
}
