package entente.extract;

import static org.junit.jupiter.api.Assertions.*;

import entente.article.Article;
import entente.nlp.ner.GmbCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The extractor's events on Voice of America news it was not developed on: the first 1,500 sentences of the
 * Groningen Meaning Bank's held-out part (the name model never trained on them), each read as an article of its own,
 * against a hand judgement of each event ({@code gmb-events.tsv}). Judged once, before any rule was changed for them.
 */
class TestGmbEvents {
    static final int SENTENCES = 1500;
    private static final Pattern SPACE_BEFORE = Pattern.compile(" ([.,;:?!%)]|'s\\b|n't\\b|'re\\b|'ve\\b|'ll\\b|'d\\b|'m\\b)");

    /** GMB's tokens joined back into text as a news page writes it: no space before punctuation or a clitic. */
    static String text(String[] tokens) {
        String s = String.join(" ", tokens);
        s = SPACE_BEFORE.matcher(s).replaceAll("$1");
        s = s.replace("( ", "(").replace("$ ", "$");
        return s.replaceAll("\" (.*?) \"", "\"$1\"");
    }

    @Test
    void eventsOnHeldOutVoiceOfAmericaNews() {
        Path file = Path.of(System.getProperty("entente.shared", "../shared"), "data/gmb/gmb_kaggle.opennlp.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared data absent, GMB events not judged: " + file);
        List<NameSample> heldOut = GmbCorpus.read(file).split(0.1).heldOut();
        Set<JudgedEvents.Key> found = new LinkedHashSet<>();
        for (int i = 0; i < SENTENCES; i++) {
            Article a = new Article("gmb-held-out-" + i, null, "GMB held-out sentence " + i, text(heldOut.get(i).getSentence()));
            found.addAll(JudgedEvents.keys(StandardExtractor.shared().extract(a)));
        }
        JudgedEvents.Score score;
        try {
            score = JudgedEvents.load("gmb-events.tsv").score(found);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        System.out.println("gmb held-out events: " + score);
        assertTrue(score.unjudged().isEmpty(), "judge these events in gmb-events.tsv: " + score.unjudged());
        assertTrue(score.precision() >= 0.70, score.toString());
        assertTrue(score.rightFound() >= 0.95, score.toString());
    }
}
