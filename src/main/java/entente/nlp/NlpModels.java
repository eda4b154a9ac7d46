package entente.nlp;

import entente.EntenteException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The pretrained OpenNLP English models (UD English-EWT, from the {@code opennlp-models-*-en} jars), loaded once per
 * process on first use. Models are immutable and safe to share between threads.
 */
public final class NlpModels {
    private NlpModels() {}

    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String POS_MODEL_ENTRY = "pos.model"; // the maxent model's entry in an OpenNLP POS model
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    // Initialization-on-demand holders: each model is read the first time it is needed, exactly once.
    private static final class Sentences { static final SentenceModel M = load(SENTENCE, SentenceModel::new); }
    private static final class Tokens { static final TokenizerModel M = alphanumericShortcut(load(TOKENS, TokenizerModel::new)); }
    private static final class Tags { static final POSModel M = greedy(load(POS, POSModel::new)); }
    private static final class Lemmas { static final LemmatizerModel M = load(LEMMAS, LemmatizerModel::new); }

    public static SentenceModel sentences() { return Sentences.M; }
    public static TokenizerModel tokens() { return Tokens.M; }
    public static POSModel posTags() { return Tags.M; }
    public static LemmatizerModel lemmas() { return Lemmas.M; }

    /**
     * The tagger's model decoding greedily ({@link GreedySearch}) instead of with the default beam of 3: on Wikinews
     * the tags are the same and tagging takes half the time, as the tag features look back only at tags already
     * chosen. Its weights are {@link PackedMaxentModel packed}: same tags, faster.
     */
    static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact(POS_MODEL_ENTRY);
        if (maxent == null) return model;
        return new POSModel(model.getLanguage(), new GreedySearch(PackedMaxentModel.pack(maxent)), Map.of(), model.getFactory());
    }

    /**
     * The tokenizer's model with OpenNLP's alphanumeric optimisation on: a run of letters and digits is one token
     * without asking the model at each character. The model asked there cost a sixth of extraction time, and kept
     * words such as "Airbnb" whole less often than the shortcut does. Its weights are {@link PackedMaxentModel packed}:
     * in the pipeline, looking features up in OpenNLP's own map took two thirds of tokenizing time.
     */
    static TokenizerModel alphanumericShortcut(TokenizerModel model) {
        TokenizerFactory factory = new TokenizerFactory(model.getLanguage(), model.getAbbreviations(), true, null);
        return new TokenizerModel(PackedMaxentModel.pack(model.getMaxentModel()), Map.of(), factory);
    }

    /** A model constructor that reads from a stream. */
    @FunctionalInterface
    public interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    /** Reads a model from a classpath resource, failing with a message that names it. */
    public static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) throw new EntenteException("model not on the classpath: " + resource);
            return reader.read(in);
        } catch (IOException e) {
            throw new EntenteException("cannot read model " + resource + ": " + e.getMessage(), e);
        }
    }

}
