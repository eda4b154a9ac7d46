package entente.nlp;

import static org.junit.jupiter.api.Assertions.*;

import entente.testing.SampleSentences;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class TestPackedMaxentModel {
    /** The greedy tagger over the packed (GIS) model gives the very tags and probabilities of the model as read. */
    @Test
    void packedTaggerModelTagsExactlyAsTheModelItWasPackedFrom() {
        POSModel read = NlpModels.load(NlpModels.POS, POSModel::new);
        MaxentModel weights = read.getArtifact("pos.model");
        POSTaggerME plain = new POSTaggerME(new POSModel(read.getLanguage(), weights, 1, Map.of(), read.getFactory()));
        POSTaggerME packed = new POSTaggerME(NlpModels.posTags());
        assertInstanceOf(PackedMaxentModel.class, NlpModels.posTags().getArtifact("pos.model"));
        int tokens = 0;
        for (Sentence s : SampleSentences.all()) {
            String[] words = s.tokenTexts();
            assertArrayEquals(plain.tag(words), packed.tag(words), String.join(" ", words));
            assertArrayEquals(plain.probs(), packed.probs(), 0.0, String.join(" ", words));
            tokens += words.length;
        }
        assertTrue(tokens > 2000, tokens + " tokens");
    }

    @Test
    void unknownFeaturesAreIgnoredAndOtherModelsAreLeftAsTheyAre() {
        MaxentModel weights = NlpModels.posTags().getArtifact("pos.model");
        POSModel read = NlpModels.load(NlpModels.POS, POSModel::new);
        MaxentModel plain = read.getArtifact("pos.model");
        String[] context = {"w=Beijing", "no such feature at all", "w=Beijing"};
        assertArrayEquals(plain.eval(context), weights.eval(context), 0.0);
        assertArrayEquals(plain.eval(new String[0]), weights.eval(new String[0]), 0.0);
        assertSame(weights, PackedMaxentModel.pack(weights), "a packed model is not a GIS or perceptron model");
    }

    @Test
    void fingerprintsDifferForNearlyEqualFeatures() {
        assertNotEquals(PackedMaxentModel.fingerprint("w=US"), PackedMaxentModel.fingerprint("w=UK"));
        assertNotEquals(PackedMaxentModel.fingerprint("ab"), PackedMaxentModel.fingerprint("ba"));
        assertNotEquals(0L, PackedMaxentModel.fingerprint(""));
    }
}
