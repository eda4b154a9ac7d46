package entente.nlp.ner;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.NameSpan;
import entente.nlp.NameType;
import entente.nlp.Sentence;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TestNerTrainer {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TestNerTrainer.class.getResource("/entente/nlp/ner/" + name).toURI());
    }

    @Test
    void gmbTypesAreMappedAndTitlesStripped() throws Exception {
        List<NameSample> samples = GmbCorpus.read(resource("gmb-tiny.opennlp.txt")).samples();
        assertEquals(16, samples.size());
        assertEquals(List.of(new Span(1, 3, "PER"), new Span(4, 6, "PER"), new Span(7, 8, "LOC")),
            Arrays.asList(samples.get(0).getNames()));
        // "Secretary of State Condoleezza Rice" keeps only the name
        assertEquals(new Span(3, 5, "PER"), samples.get(11).getNames()[0]);
        // a nationality word is NAT; "Sudan", more often a geo than a gpe, is a place
        assertEquals("NAT", samples.get(5).getNames()[0].getType());
        assertEquals("LOC", samples.get(14).getNames()[0].getType());
    }

    @Test
    void tinyModelFindsANameItWasTrainedOn() throws Exception {
        List<NameSample> samples = GmbCorpus.read(resource("gmb-tiny.opennlp.txt")).samples();
        TokenNameFinderModel model = NerTrainer.create().iterations(40).cutoff(1).train(samples);
        Sentence s = Sentences.fromTokens(0, List.of("Koizumi", "said", "Japan", "wants", "peace", "."));
        List<NameSpan> names = new ModelNameFinder(model).find(s);
        assertTrue(names.contains(new NameSpan(0, 0, 1, NameType.PER, "Koizumi")), names.toString());
    }

    @Test
    void augmentationIsDeterministicAndKeepsSpans() throws Exception {
        List<NameSample> samples = GmbCorpus.read(resource("gmb-tiny.opennlp.txt")).samples();
        List<NameSample> a = new NameAugmenter(7).augment(samples, 1.0);
        List<NameSample> b = new NameAugmenter(7).augment(samples, 1.0);
        assertEquals(a, b);
        assertFalse(a.isEmpty());
        NameSample first = a.get(0);
        assertArrayEquals(samples.get(0).getNames(), first.getNames());
        assertNotEquals("Tony", first.getSentence()[4]);
        assertTrue(Character.isUpperCase(first.getSentence()[4].charAt(0)));
        assertEquals("met", first.getSentence()[3]);
    }
}
