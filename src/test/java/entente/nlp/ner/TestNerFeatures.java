package entente.nlp.ner;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.NlpModels;
import entente.nlp.Sentence;
import entente.testing.SampleSentences;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class TestNerFeatures {
    private static final String CACHE = "opennlp.tools.util.featuregen.CachedFeatureGeneratorFactory";

    @Test
    void shippedModelCarriesTheTrainingDescriptor() throws Exception {
        TokenNameFinderModel model = NlpModels.load(ModelNameFinder.MODEL, TokenNameFinderModel::new);
        byte[] inModel = model.getArtifact("generator.featuregen");
        assertArrayEquals(descriptor(), inModel, "en-ner-news.bin's feature descriptor differs from " + NerTrainer.FEATURES);
    }

    /** The caches inside the windows change how often features are computed, never which: same strings, same order. */
    @Test
    void cachedWindowsGiveTheFeaturesOfUncachedOnes() throws Exception {
        byte[] cached = descriptor();
        byte[] uncached = withoutInnerCaches(cached);
        assertNotEquals(new String(cached), new String(uncached), "the descriptor has caches inside its windows");
        AdaptiveFeatureGenerator fast = GeneratorFactory.create(new ByteArrayInputStream(cached), name -> null);
        AdaptiveFeatureGenerator plain = GeneratorFactory.create(new ByteArrayInputStream(uncached), name -> null);
        int tokens = 0;
        for (Sentence s : SampleSentences.all()) {
            String[] words = s.tokenTexts();
            for (int i = 0; i < words.length; i++, tokens++) {
                List<String> expected = new ArrayList<>(), actual = new ArrayList<>();
                plain.createFeatures(expected, words, i, null);
                fast.createFeatures(actual, words, i, null);
                assertEquals(expected, actual, s.text() + " @" + i);
            }
        }
        assertTrue(tokens > 2000, tokens + " tokens");
    }

    private static byte[] descriptor() throws Exception {
        try (InputStream in = NerTrainer.class.getResourceAsStream(NerTrainer.FEATURES)) {
            return in.readAllBytes();
        }
    }

    /** The descriptor with each inner cache replaced by the generator it wraps. */
    private static byte[] withoutInnerCaches(byte[] xml) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        var generators = doc.getElementsByTagName("generator");
        for (int i = generators.getLength() - 1; i >= 0; i--) {
            Element g = (Element) generators.item(i);
            if (!CACHE.equals(g.getAttribute("class"))) continue;
            Node inner = g.getElementsByTagName("generator").item(0);
            g.getParentNode().replaceChild(inner, g);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }
}
