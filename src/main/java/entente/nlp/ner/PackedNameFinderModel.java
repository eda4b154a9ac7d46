package entente.nlp.ner;

import entente.nlp.PackedMaxentModel;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name-finder model read from a stream with its weights {@link PackedMaxentModel packed}: the same names and
 * probabilities, found faster. For finding names only; train and write models with {@link TokenNameFinderModel}.
 */
final class PackedNameFinderModel extends TokenNameFinderModel {
    private static final String WEIGHTS = "nameFinder.model"; // the maxent model's entry in an OpenNLP name model

    PackedNameFinderModel(InputStream in) throws IOException {
        super(in);
        if (artifactMap.get(WEIGHTS) instanceof MaxentModel weights) artifactMap.put(WEIGHTS, PackedMaxentModel.pack(weights));
    }
}
