package entente.nlp;

import java.util.Arrays;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Greedy sequence decoding: at each token, the most probable outcome the validator allows, given those chosen
 * before. It is what OpenNLP's {@link BeamSearch} of size 1 finds, without that search's general machinery (it sorts
 * every token's probabilities to find the beam's cut-off, a sixth of tagging time) and with the same probabilities.
 * Only for equal probabilities could the two pick differently (here the first outcome wins).
 *
 * <p>Thread-safe: it keeps no state between calls, so one instance can serve a model shared by many taggers.
 */
public final class GreedySearch implements SequenceClassificationModel {
    private final MaxentModel model;

    public GreedySearch(MaxentModel model) { this.model = model; }

    /** The weights it decodes with. */
    public MaxentModel model() { return model; }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                                     SequenceValidator<T> validator) {
        Object[] context = additionalContext == null ? new Object[0] : additionalContext;
        String[] chosen = new String[sequence.length];
        double[] probs = new double[model.getNumOutcomes()];
        Sequence best = new Sequence();
        for (int i = 0; i < sequence.length; i++) {
            String[] prior = Arrays.copyOf(chosen, i);
            model.eval(cg.getContext(i, sequence, prior, context), probs);
            int pick = -1;
            for (int o = 0; o < probs.length; o++) {
                if ((pick < 0 || probs[o] > probs[pick]) && validator.validSequence(i, sequence, prior, model.getOutcome(o))) pick = o;
            }
            if (pick < 0) return null; // no outcome allowed: no sequence, as the beam search would answer
            chosen[i] = model.getOutcome(pick);
            best.add(chosen[i], probs[pick]);
        }
        return best;
    }

    /** At most one sequence: the greedy one. */
    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        double minSequenceScore, BeamSearchContextGenerator<T> cg,
                                        SequenceValidator<T> validator) {
        Sequence best = bestSequence(sequence, additionalContext, cg, validator);
        return best == null || numSequences < 1 || best.getScore() <= minSequenceScore ? new Sequence[0] : new Sequence[] {best};
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        Sequence best = bestSequence(sequence, additionalContext, cg, validator);
        return best == null || numSequences < 1 ? new Sequence[0] : new Sequence[] {best};
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) outcomes[i] = model.getOutcome(i);
        return outcomes;
    }
}
