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

    /** The words found in places of the shipped model's training data. */
    public static final String PLACE_WORDS = "/entente/nlp/ner/place-words.txt";

    private static final class Shipped {
        static final ModelNameFinder INSTANCE = new ModelNameFinder(NlpModels.load(MODEL, PackedNameFinderModel::new),
            WordList.load(PLACE_WORDS));
    }

    private final ThreadSafeNameFinderME finder;
    private final WordList placeWords;

    /** A finder over any name-finder model with entente's type names, reporting every name it finds. */
    public ModelNameFinder(TokenNameFinderModel model) { this(model, null); }

    /**
     * A finder that reports a place only when one of its words was part of a place in the training data or when it
     * follows "in", "near", ...: the model guesses "place" for many unknown capitalised words (surnames, brands), and
     * gazetteers do better on new places.
     */
    public ModelNameFinder(TokenNameFinderModel model, WordList placeWords) {
        this.finder = new ThreadSafeNameFinderME(model);
        this.placeWords = placeWords;
    }

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
            if (type == null || type == NameType.LOC && !knownPlace(sentence, s)) continue;
            out.add(new NameSpan(sentence.index(), s.getStart(), s.getEnd(), type,
                sentence.coveredText(s.getStart(), s.getEnd())));
        }
        return out;
    }

    private boolean knownPlace(Sentence sentence, Span s) {
        if (placeWords == null || NameCues.placePrepositionBefore(sentence, s.getStart())) return true;
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            if (placeWords.contains(sentence.tokens().get(i).text())) return true;
        }
        return false;
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
