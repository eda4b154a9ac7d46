package entente.nlp.ner;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.NameSpan;
import entente.nlp.NameType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestUnerCorpus {
    @Test
    void bioTagsBecomeSpans() {
        List<String> words = List.of("Kori", "Schulman", "visited", "New", "York", "and", "NATO");
        List<String> tags = List.of("B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "I-ORG");
        assertEquals(List.of(new NameSpan(0, 0, 2, NameType.PER, "Kori Schulman"),
            new NameSpan(0, 3, 5, NameType.LOC, "New York"), new NameSpan(0, 6, 7, NameType.ORG, "NATO")),
            UnerCorpus.spans(0, words, tags));
    }

    @Test
    void evaluatorCountsExactSpansOnly() {
        LabelledSentence s = new LabelledSentence("d", "n1",
            Sentences.fromTokens(0, List.of("Kori", "Schulman", "left")),
            List.of(new NameSpan(0, 0, 2, NameType.PER, "Kori Schulman")));
        NerEvaluator.Report partial = NerEvaluator.evaluate(List.of(s),
            doc -> List.of(List.of(new NameSpan(0, 1, 2, NameType.PER, "Schulman"))));
        assertEquals(new NerEvaluator.Count(0, 1, 1), partial.byType().get(NameType.PER));
        NerEvaluator.Report exact = NerEvaluator.evaluate(List.of(s), doc -> List.of(s.gold()));
        assertEquals(1.0, exact.f1(NameType.PER));
    }
}
