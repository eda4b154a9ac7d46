package entente.nlp.ner;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.NlpModels;
import entente.nlp.PackedMaxentModel;
import entente.nlp.Sentence;
import entente.testing.SampleSentences;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

class TestPackedNameFinderModel {
    /** The shipped name model, packed, finds the very names with the very probabilities of the model as read. */
    @Test
    void packedModelFindsExactlyTheNamesOfTheModelItWasPackedFrom() {
        TokenNameFinderModel read = NlpModels.load(ModelNameFinder.MODEL, TokenNameFinderModel::new);
        TokenNameFinderModel packed = NlpModels.load(ModelNameFinder.MODEL, PackedNameFinderModel::new);
        assertInstanceOf(PackedMaxentModel.class, packed.getArtifact("nameFinder.model"));
        NameFinderME plain = new NameFinderME(read), fast = new NameFinderME(packed);
        int names = 0;
        for (Sentence s : SampleSentences.all()) {
            String[] words = s.tokenTexts();
            var expected = plain.find(words);
            assertArrayEquals(expected, fast.find(words), s.text());
            assertArrayEquals(plain.probs(), fast.probs(), 0.0, s.text());
            names += expected.length;
        }
        assertTrue(names > 100, names + " names");
    }
}
