package entente.nlp.ner;

import entente.nlp.PackedMaxentModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name-finder model read from a stream with its weights {@link PackedMaxentModel packed}, searched by an
 * {@link OutsideTokenSkippingSearch}: the same names with the same probabilities as the model read plainly, but for
 * the rare name the model finds among lower-case words, found faster. For finding names only; train and write models
 * with {@link TokenNameFinderModel}.
 */
final class PackedNameFinderModel extends TokenNameFinderModel {
    private static final String WEIGHTS = "nameFinder.model"; // the maxent model's entry in an OpenNLP name model

    PackedNameFinderModel(InputStream in) throws IOException {
        super(in);
        if (artifactMap.get(WEIGHTS) instanceof MaxentModel weights) artifactMap.put(WEIGHTS, PackedMaxentModel.pack(weights));
    }

    /** Called by each {@link NameFinderME} made over this model: a search of its own, as OpenNLP's. */
    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        if (!(artifactMap.get(WEIGHTS) instanceof MaxentModel weights)) return super.getNameFinderSequenceModel();
        String beam = ((Properties) artifactMap.get(MANIFEST_ENTRY)).getProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return new OutsideTokenSkippingSearch(weights, beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam));
    }
}
