package entente.nlp;

import static org.junit.jupiter.api.Assertions.*;

import entente.article.Article;
import entente.testing.SampleSentences;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TestPackedMaxentModel {
    /**
     * The greedy search over the packed (GIS) model gives the very tags and probabilities of OpenNLP's beam search of
     * size 1 over the model as read.
     */
    @Test
    void packedTaggerModelTagsExactlyAsTheModelItWasPackedFrom() {
        POSModel read = NlpModels.load(NlpModels.POS, POSModel::new);
        MaxentModel weights = read.getArtifact("pos.model");
        POSTaggerME plain = new POSTaggerME(new POSModel(read.getLanguage(), weights, 1, Map.of(), read.getFactory()));
        POSTaggerME packed = new POSTaggerME(NlpModels.posTags());
        assertInstanceOf(PackedMaxentModel.class, ((GreedySearch) NlpModels.posTags().getPosSequenceModel()).model());
        int tokens = 0;
        for (Sentence s : SampleSentences.all()) {
            String[] words = s.tokenTexts();
            assertArrayEquals(plain.tag(words), packed.tag(words), String.join(" ", words));
            assertArrayEquals(plain.probs(), packed.probs(), 0.0, String.join(" ", words));
            tokens += words.length;
        }
        assertTrue(tokens > 2000, tokens + " tokens");
    }

    /** The tokenizer over the packed (GIS) model splits the sample articles exactly as over the model as read. */
    @Test
    void packedTokenizerModelSplitsExactlyAsTheModelItWasPackedFrom() {
        TokenizerModel read = NlpModels.load(NlpModels.TOKENS, TokenizerModel::new);
        TokenizerFactory shortcut = new TokenizerFactory(read.getLanguage(), read.getAbbreviations(), true, null);
        TokenizerME plain = new TokenizerME(new TokenizerModel(read.getMaxentModel(), Map.of(), shortcut));
        TokenizerME packed = new TokenizerME(NlpModels.tokens());
        assertInstanceOf(PackedMaxentModel.class, NlpModels.tokens().getMaxentModel());
        int tokens = 0;
        for (Article a : SampleSentences.articles()) {
            for (String line : a.text().split("\n")) {
                Span[] expected = plain.tokenizePos(line);
                assertArrayEquals(expected, packed.tokenizePos(line), line);
                assertArrayEquals(plain.getTokenProbabilities(), packed.getTokenProbabilities(), 0.0, line);
                tokens += expected.length;
            }
        }
        assertTrue(tokens > 2000, tokens + " tokens");
    }

    @Test
    void unknownFeaturesAreIgnoredAndOtherModelsAreLeftAsTheyAre() {
        MaxentModel weights = ((GreedySearch) NlpModels.posTags().getPosSequenceModel()).model();
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
