package entente.nlp.ner;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.NameType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The NER targets on the news sentences of UNER English PUD (exact spans), with the standard finder. */
class TestNerEvaluation {
    @Test
    void standardFinderMeetsTheTargetsOnUnerNews() {
        String shared = System.getProperty("entente.shared", "../shared");
        Path file = Path.of(shared, "data", "uner-pud", "en_pud-ud-test.iob2");
        Assumptions.assumeTrue(Files.exists(file), "UNER English PUD not found at " + file + ": evaluation skipped");
        List<LabelledSentence> news = UnerCorpus.news(UnerCorpus.read(file));
        assertEquals(500, news.size());
        NerEvaluator.Report r = NerEvaluator.evaluate(news, NameFinders.standard());
        System.out.print(r.table("UNER news"));
        assertAll(
            () -> assertTrue(r.f1(NameType.PER) >= 0.78, "person F1 " + r.f1(NameType.PER)),
            () -> assertTrue(r.f1(NameType.LOC) >= 0.65, "location F1 " + r.f1(NameType.LOC)),
            () -> assertTrue(r.f1(NameType.ORG) >= 0.60, "organisation F1 " + r.f1(NameType.ORG)));
    }
}
