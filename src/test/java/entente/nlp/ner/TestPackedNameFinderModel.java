package entente.nlp.ner;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.NlpModels;
import entente.nlp.PackedMaxentModel;
import entente.nlp.Sentence;
import entente.testing.SampleSentences;
import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TestPackedNameFinderModel {
    /** On every context the name finder builds for the sample sentences, the packed weights give the same numbers. */
    @Test
    void packedWeightsGiveExactlyTheProbabilitiesOfTheModelTheyWerePackedFrom() {
        TokenNameFinderModel read = NlpModels.load(ModelNameFinder.MODEL, TokenNameFinderModel::new);
        TokenNameFinderModel packed = NlpModels.load(ModelNameFinder.MODEL, PackedNameFinderModel::new);
        MaxentModel plainWeights = (MaxentModel) read.getArtifact("nameFinder.model");
        MaxentModel packedWeights = (MaxentModel) packed.getArtifact("nameFinder.model");
        assertInstanceOf(PackedMaxentModel.class, packedWeights);
        NameFinderME plain = new NameFinderME(read);
        NameContextGenerator contexts = read.getFactory().createContextGenerator();
        int evaluated = 0;
        for (Sentence s : SampleSentences.all()) {
            String[] words = s.tokenTexts();
            String[] outcomes = new BioCodec().encode(plain.find(words), words.length);
            for (int i = 0; i < words.length; i++) {
                String[] context = contexts.getContext(i, words, outcomes, null);
                assertArrayEquals(plainWeights.eval(context), packedWeights.eval(context), 0.0, Arrays.toString(context));
                evaluated++;
            }
        }
        assertTrue(evaluated > 2000, evaluated + " contexts");
    }

    /**
     * The shipped finder skips the tokens outside every name: it finds no name there, and elsewhere the names of the
     * plain search but in a rare sentence (the beam keeps other hypotheses when it is not asked about every token).
     */
    @Test
    void skippingTokensOutsideNamesKeepsTheNamesOfThePlainSearch() {
        NameFinderME plain = new NameFinderME(NlpModels.load(ModelNameFinder.MODEL, TokenNameFinderModel::new));
        NameFinderME skipping = new NameFinderME(NlpModels.load(ModelNameFinder.MODEL, PackedNameFinderModel::new));
        int sentences = 0, differing = 0, names = 0, skipped = 0, tokens = 0;
        for (Sentence s : SampleSentences.all()) {
            String[] words = s.tokenTexts();
            boolean[] outside = OutsideTokenSkippingSearch.outsideNames(words);
            Span[] found = skipping.find(words);
            for (Span name : found) {
                for (int i = name.getStart(); i < name.getEnd(); i++) assertFalse(outside[i], s.text());
            }
            for (boolean o : outside) if (o) skipped++;
            if (!Arrays.equals(plain.find(words), found)) differing++;
            sentences++;
            names += found.length;
            tokens += words.length;
        }
        assertTrue(names > 100, names + " names");
        assertTrue(skipped > tokens / 3, skipped + " of " + tokens + " tokens skipped");
        assertTrue(differing <= sentences / 100, differing + " of " + sentences + " sentences differ");
    }

    @Test
    void tokensNearACapitalOrADigitMayBeInANameOthersNot() {
        assertArrayEquals(new boolean[] {false, false, false, false, false},
            OutsideTokenSkippingSearch.outsideNames("Democratic Republic of the Congo".split(" ")));
        // "de" comes just before a capitalised word, "the" two words after a number, "talks" three words after it.
        assertArrayEquals(new boolean[] {true, false, false, false, false, false, false, true},
            OutsideTokenSkippingSearch.outsideNames("envoy de Mistura met 3 of the talks".split(" ")));
        assertArrayEquals(new boolean[] {true, true, true, false, false},
            OutsideTokenSkippingSearch.outsideNames("talks were held in Élysée".split(" ")));
        assertArrayEquals(new boolean[0], OutsideTokenSkippingSearch.outsideNames(new String[0]));
    }
}
