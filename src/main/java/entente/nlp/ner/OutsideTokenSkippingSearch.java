package entente.nlp.ner;

import entente.nlp.Token;
import java.util.Arrays;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * The name finder's beam search, spared the tokens that cannot be part of a name: for those, neither features nor
 * model are computed, and every hypothesis takes the outcome "other" with probability 1. OpenNLP's {@link BeamSearch}
 * does the rest unchanged, so the names found in the other tokens keep their probabilities.
 *
 * <p>A token is {@linkplain #outsideNames outside every name} when neither it, the two tokens before it nor the one
 * after it holds a capital letter or a digit: English names are capitalised, a name runs at most two lower-case words
 * in a row ("Democratic Republic of the Congo"), and a lower-case particle comes just before a capitalised word
 * ("Staffan de Mistura"). That is over half the tokens of news text, and where the model names one of them it is
 * wrong ("came back to earth", "invested in e-commerce").
 *
 * <p>One instance per thread, as {@link BeamSearch}.
 */
final class OutsideTokenSkippingSearch implements SequenceClassificationModel {
    /** The context given for a skipped token; recognised by identity. */
    private static final String[] SKIPPED = new String[0];

    private final BeamSearch search;

    /** A search of {@code beamSize} hypotheses over a name model whose outcomes include {@link NameFinderME#OTHER}. */
    OutsideTokenSkippingSearch(MaxentModel weights, int beamSize) {
        int other = weights.getIndex(NameFinderME.OTHER);
        if (other < 0) throw new IllegalArgumentException("the model has no outcome " + NameFinderME.OTHER);
        this.search = new BeamSearch(beamSize, new SkippedIsOther(weights, other));
    }

    /** Which tokens lie outside every name (see the class comment). */
    static boolean[] outsideNames(Object[] tokens) {
        boolean[] marked = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) marked[i] = markedLikeName(String.valueOf(tokens[i]));
        boolean[] outside = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            boolean near = false;
            for (int j = Math.max(0, i - 2); j <= Math.min(tokens.length - 1, i + 1) && !near; j++) near = marked[j];
            outside[i] = !near;
        }
        return outside;
    }

    private static boolean markedLikeName(String token) {
        return Token.hasCapital(token) || token.codePoints().anyMatch(Character::isDigit);
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                                     SequenceValidator<T> validator) {
        return search.bestSequence(sequence, additionalContext, skipping(sequence, cg), validator);
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        double minSequenceScore, BeamSearchContextGenerator<T> cg,
                                        SequenceValidator<T> validator) {
        return search.bestSequences(numSequences, sequence, additionalContext, minSequenceScore,
            skipping(sequence, cg), validator);
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return search.bestSequences(numSequences, sequence, additionalContext, skipping(sequence, cg), validator);
    }

    @Override
    public String[] getOutcomes() { return search.getOutcomes(); }

    private static <T> BeamSearchContextGenerator<T> skipping(T[] sequence, BeamSearchContextGenerator<T> cg) {
        boolean[] outside = outsideNames(sequence);
        return (i, tokens, priorOutcomes, additionalContext) ->
            outside[i] ? SKIPPED : cg.getContext(i, tokens, priorOutcomes, additionalContext);
    }

    /**
     * The model, answering "other" with certainty for a skipped token. The beam search then extends every hypothesis
     * with "other" alone: the other outcomes' probability 0 gives them a score of minus infinity, below any threshold.
     */
    private record SkippedIsOther(MaxentModel weights, int other) implements MaxentModel {
        @Override
        public double[] eval(String[] context, double[] probs) {
            if (context != SKIPPED) return weights.eval(context, probs);
            Arrays.fill(probs, 0.0);
            probs[other] = 1.0;
            return probs;
        }

        @Override
        public double[] eval(String[] context) { return eval(context, new double[weights.getNumOutcomes()]); }

        @Override
        public double[] eval(String[] context, float[] values) {
            return context == SKIPPED ? eval(context) : weights.eval(context, values);
        }

        @Override
        public String getBestOutcome(double[] outcomes) { return weights.getBestOutcome(outcomes); }

        @Override
        public String getAllOutcomes(double[] outcomes) { return weights.getAllOutcomes(outcomes); }

        @Override
        public String getOutcome(int i) { return weights.getOutcome(i); }

        @Override
        public int getIndex(String outcome) { return weights.getIndex(outcome); }

        @Override
        public int getNumOutcomes() { return weights.getNumOutcomes(); }
    }
}
