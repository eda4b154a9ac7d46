package entente.nlp.lemma;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.NlpModels;
import entente.nlp.Pipeline;
import entente.nlp.Sentence;
import entente.nlp.Token;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TestNewsLemmatizer {
    private static final Set<String> CONTENT = Set.of("NOUN", "VERB", "AUX", "ADJ", "ADV");

    private static String[] lemmas(String[] words, String[] tags) {
        return NewsLemmatizer.shared().lemmatize(words, tags);
    }

    @Test
    void dictionaryGivesTheLemmasOfIrregularAndRegularForms() {
        String[] words = {"Ministers", "met", "and", "held", "talks", "while", "troops", "were", "mobilized"};
        String[] tags = {"NOUN", "VERB", "CCONJ", "VERB", "NOUN", "SCONJ", "NOUN", "AUX", "VERB"};
        assertArrayEquals(new String[] {"minister", "meet", "and", "hold", "talk", "while", "troop", "be", "mobilize"},
            lemmas(words, tags));
    }

    @Test
    void namesNumbersAndPunctuationAreTheirOwnLemmas() {
        assertArrayEquals(new String[] {"blinken", "1,000", ","},
            lemmas(new String[] {"Blinken", "1,000", ","}, new String[] {"PROPN", "NUM", "PUNCT"}));
    }

    @Test
    void unseenWordsFollowTheSuffixRulesPreferringKnownLemmas() {
        SuffixRules rules = SuffixRules.load();
        Set<String> known = Set.of("blame", "stop", "need", "party", "wolf", "aid", "aide", "hop", "hope");
        assertEquals("blame", rules.lemma("blamed", "VERB", known::contains), "e restored when 'blame' is known");
        assertEquals("stop", rules.lemma("stopped", "VERB", known::contains));
        assertEquals("need", rules.lemma("needed", "VERB", known::contains));
        assertEquals("wolf", rules.lemma("wolves", "NOUN", known::contains));
        assertEquals("aid", rules.lemma("aided", "VERB", known::contains), "no e after a vowel pair");
        assertEquals("hope", rules.lemma("hoped", "VERB", known::contains), "e after consonant, vowel, consonant");
        assertEquals("hop", rules.lemma("hopped", "VERB", known::contains));
        assertEquals("party", rules.lemma("parties", "NOUN", known::contains));
        // Nothing known: the default rules decide.
        assertEquals("sanctify", rules.lemma("sanctified", "VERB", w -> false));
        assertEquals("plan", rules.lemma("planning", "VERB", w -> false));
        assertEquals("legislate", rules.lemma("legislating", "VERB", w -> false));
        assertEquals("glass", rules.lemma("glass", "NOUN", w -> false), "no plural");
        assertEquals("drone", rules.lemma("drones", "NOUN", w -> false));
        assertEquals("thing", rules.lemma("thing", "VERB", w -> false));
    }

    /**
     * The dictionary stands in for the statistical lemmatizer it was built from: on real news it was not built from
     * (Wikinews), the two must agree on nearly every content word.
     */
    @Test
    void agreesWithTheStatisticalLemmatizerOnOtherNews() throws Exception {
        Path csv = Path.of(System.getProperty("entente.shared", "../shared"), "data/wikinews/wikinews_2020.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "shared data absent: " + csv);
        LemmatizerME statistical = new LemmatizerME(NlpModels.lemmas());
        int content = 0, agree = 0, unseen = 0, unseenAgree = 0, articles = 0;
        Map<String, Integer> differences = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(csv)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                if (articles++ == 40) break;
                for (Sentence s : Pipeline.shared().annotate(rec.get("text"))) {
                    List<Token> tokens = s.tokens();
                    String[] words = tokens.stream().map(t -> Pipeline.normaliseQuotes(t.text())).toArray(String[]::new);
                    String[] tags = tokens.stream().map(Token::pos).toArray(String[]::new);
                    String[] expected = statistical.lemmatize(words, tags);
                    String[] actual = lemmas(words, tags);
                    for (int i = 0; i < words.length; i++) {
                        if (!CONTENT.contains(tags[i])) continue;
                        boolean seen = NewsLemmatizer.shared().knows(words[i], tags[i]);
                        boolean same = expected[i].equalsIgnoreCase(actual[i]);
                        content++;
                        if (same) agree++;
                        if (!seen) unseen++;
                        if (!seen && same) unseenAgree++;
                        if (!same) differences.merge(words[i] + "/" + tags[i] + " " + expected[i].toLowerCase() + "≠" + actual[i], 1, Integer::sum);
                    }
                }
            }
        }
        double agreement = agree / (double) content;
        System.out.printf("lemmas: %d content words, agreement %.4f; unseen %d (%.1f%%), agreement on unseen %.3f%n",
            content, agreement, unseen, 100.0 * unseen / content, unseenAgree / (double) Math.max(1, unseen));
        differences.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
            .forEach(e -> System.out.println("  " + e.getValue() + " " + e.getKey()));
        assertTrue(agreement >= 0.97, "agreement " + agreement);
    }
}
