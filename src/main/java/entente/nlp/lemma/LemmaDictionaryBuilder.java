package entente.nlp.lemma;

import entente.EntenteException;
import entente.nlp.NlpModels;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * Builds the lemma dictionary {@link NewsLemmatizer} reads: every (word, part-of-speech) pair of a tokenized corpus
 * with the lemma the statistical UD English-EWT lemmatizer gives it in context, the most frequent one when contexts
 * disagree. The statistical lemmatizer is accurate but costs most of the NLP time; run once over a large corpus, its
 * answers become a table that is looked up in constant time.
 *
 * <p>Output: gzip-compressed UTF-8 lines {@code word<TAB>UPOS<TAB>lemma}, lower case, sorted — the format of OpenNLP's
 * {@link opennlp.tools.lemmatizer.DictionaryLemmatizer}.
 */
public final class LemmaDictionaryBuilder {
    /** Tags whose lemma is the word itself ("1,000" stays "1,000"): never stored. */
    static final Set<String> SELF_TAGS = Set.of("NUM", "PUNCT", "SYM", "X");
    /** Tags whose lemma is mostly the word itself: stored only when it is not ("Americans" → "american"). */
    static final Set<String> MOSTLY_SELF_TAGS = Set.of("PROPN");
    /** Tags whose statistical lemmas are checked against the corpus words and the suffix rules. */
    private static final Set<String> CORRECTED_TAGS = Set.of("NOUN", "VERB", "AUX");

    private final ThreadSafePOSTaggerME tagger = new ThreadSafePOSTaggerME(NlpModels.posTags());
    private final ThreadSafeLemmatizerME lemmatizer = new ThreadSafeLemmatizerME(NlpModels.lemmas());
    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();
    private final Set<String> vocabulary = ConcurrentHashMap.newKeySet();
    private final SuffixRules rules = SuffixRules.load();

    /** Tags and lemmatises the sentences (each an array of tokens) in parallel and counts the lemmas. */
    public LemmaDictionaryBuilder add(List<String[]> sentences) {
        sentences.parallelStream().forEach(this::add);
        return this;
    }

    private void add(String[] words) {
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase();
            String lemma = lemmas[i].toLowerCase();
            vocabulary.add(word);
            boolean self = SELF_TAGS.contains(tags[i]) || MOSTLY_SELF_TAGS.contains(tags[i]) && lemma.equals(word);
            if (self || word.contains("\t") || word.isBlank() || lemma.isBlank()) continue;
            counts.computeIfAbsent(word + '\t' + tags[i], k -> new ConcurrentHashMap<>())
                .computeIfAbsent(lemma, k -> new LongAdder()).increment();
        }
    }

    private String corrected(String key, String lemma, KnownLemmas known) {
        String word = key.substring(0, key.indexOf('\t'));
        String tag = key.substring(key.indexOf('\t') + 1);
        if (!CORRECTED_TAGS.contains(tag)) return lemma;
        if (lemma.equals(word)) {
            String ruled = rules.knownLemma(word, tag, known.of(tag));
            return ruled != null ? ruled : lemma;
        }
        return vocabulary.contains(lemma) ? lemma : rules.lemma(word, tag, known.of(tag));
    }

    /** The number of (word, tag) entries so far. */
    public int size() { return counts.size(); }

    /**
     * Writes the dictionary, one line per (word, tag) with its most frequent lemma (ties: alphabetical), corrected
     * where the statistical lemmatizer is plainly wrong: a lemma that is no word of the corpus ("deleted" → "delet")
     * and an inflected noun or verb left as it is when the suffix rules find its known lemma ("troops", "condemned").
     */
    public void write(Path file) {
        Map<String, String> best = new TreeMap<>();
        counts.forEach((key, lemmas) -> best.put(key, lemmas.entrySet().stream()
            .max(Map.Entry.<String, LongAdder>comparingByValue((a, b) -> Long.compare(a.sum(), b.sum()))
                .thenComparing(Map.Entry.comparingByKey((a, b) -> b.compareTo(a))))
            .orElseThrow().getKey()));
        KnownLemmas known = new KnownLemmas();
        best.forEach((key, lemma) -> {
            if (vocabulary.contains(lemma)) known.add(key.substring(key.indexOf('\t') + 1), lemma);
        });
        best.replaceAll((key, lemma) -> corrected(key, lemma, known));
        try (OutputStream raw = Files.newOutputStream(file);
             Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(w)) {
            best.forEach((key, lemma) -> out.print(key + '\t' + lemma + '\n'));
        } catch (IOException e) {
            throw new EntenteException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
