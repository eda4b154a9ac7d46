package entente.nlp.ner;

import entente.nlp.NameFinder;
import entente.nlp.NameSpan;
import entente.nlp.NameType;
import entente.nlp.NlpModels;
import entente.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical name finder: entente's OpenNLP model trained on news ({@code en-ner-news.bin}, see its
 * {@code MODEL_CARD.md}). Types PER, ORG and LOC map to {@link NameType}; the model's NAT (nationality words) and any
 * other type are not reported.
 *
 * <p>Thread-safe: {@link ThreadSafeNameFinderME} keeps one decoder per thread; each sentence is tagged on its own.
 */
public final class ModelNameFinder implements NameFinder {
    /** The shipped model's classpath location. */
    public static final String MODEL = "/entente/nlp/ner/en-ner-news.bin";

    private static final class Shipped {
        static final ModelNameFinder INSTANCE =
            new ModelNameFinder(NlpModels.load(MODEL, TokenNameFinderModel::new));
    }

    private final ThreadSafeNameFinderME finder;

    /** A finder over any name-finder model with entente's type names. */
    public ModelNameFinder(TokenNameFinderModel model) { this.finder = new ThreadSafeNameFinderME(model); }

    /** The finder over the shipped model, loaded once per process. */
    public static ModelNameFinder shipped() { return Shipped.INSTANCE; }

    @Override
    public List<NameSpan> find(Sentence sentence) {
        if (sentence.size() == 0) return List.of();
        Span[] spans = finder.find(sentence.tokenTexts());
        finder.clearAdaptiveData();
        List<NameSpan> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            NameType type = typeOf(s.getType());
            if (type == null) continue;
            out.add(new NameSpan(sentence.index(), s.getStart(), s.getEnd(), type,
                sentence.coveredText(s.getStart(), s.getEnd())));
        }
        return out;
    }

    /** The entente type of a model type, or null for types that are not reported (NAT). */
    static NameType typeOf(String modelType) {
        if (modelType == null) return null;
        return switch (modelType.toUpperCase()) {
            case "PER", "PERSON" -> NameType.PER;
            case "ORG", "ORGANIZATION" -> NameType.ORG;
            case "LOC", "LOCATION" -> NameType.LOC;
            default -> null;
        };
    }
}
