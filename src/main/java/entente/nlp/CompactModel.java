package entente.nlp;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A read-only copy of an OpenNLP maxent (GIS) or perceptron model laid out for fast evaluation; it answers exactly what
 * the original answers. OpenNLP keeps one {@code Context} object per feature in a {@code LinkedHashMap}, so each
 * feature of each token costs about seven dependent memory reads (table, entry, key, key bytes, context, outcomes,
 * weights), and evaluation was over half of name finding. Here a feature is found in an open-addressing table of
 * {@code long}s that holds its hash and index side by side, and its weights sit in flat arrays: two or three reads.
 * Weights are summed in the original order with the original arithmetic, so the scores are bit for bit the same.
 *
 * <pre>
 *   MaxentModel fast = CompactModel.of(posModel.getArtifact("pos.model"));
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CompactModel implements MaxentModel {
    private final MaxentModel original;
    private final boolean perceptron;
    private final int outcomeCount;
    private final double uniformLogPrior;
    private final String[] features;
    /** Per slot: the feature's hash in the high half, its index + 1 in the low half; 0 marks an empty slot. */
    private final long[] slots;
    private final int mask;
    /** The weights of feature i are at [start[i], start[i + 1]) in {@link #outcomes} and {@link #weights}. */
    private final int[] start;
    private final int[] outcomes;
    private final double[] weights;

    /**
     * The compact copy of a GIS or perceptron model; any other model (or one already compact) is returned as it is.
     * Models read from OpenNLP model files carry the uniform prior this copy assumes.
     */
    public static MaxentModel of(MaxentModel model) {
        if (!(model instanceof AbstractModel m)) return model;
        return switch (m.getModelType()) {
            case Maxent -> new CompactModel(m, false);
            case Perceptron -> new CompactModel(m, true);
            default -> model;
        };
    }

    @SuppressWarnings("unchecked")
    private CompactModel(AbstractModel model, boolean perceptron) {
        this.original = model;
        this.perceptron = perceptron;
        this.outcomeCount = model.getNumOutcomes();
        this.uniformLogPrior = StrictMath.log(1.0 / outcomeCount);
        Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
        int n = pmap.size();
        this.features = new String[n];
        this.start = new int[n + 1];
        int total = 0;
        for (Context c : pmap.values()) total += c.getOutcomes().length;
        this.outcomes = new int[total];
        this.weights = new double[total];
        int capacity = Integer.highestOneBit(Math.max(2, n * 2 - 1)) << 1; // at most half full
        this.slots = new long[capacity];
        this.mask = capacity - 1;
        int i = 0;
        int w = 0;
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            features[i] = e.getKey();
            start[i] = w;
            int[] o = e.getValue().getOutcomes();
            double[] p = e.getValue().getParameters();
            System.arraycopy(o, 0, outcomes, w, o.length);
            System.arraycopy(p, 0, weights, w, o.length);
            w += o.length;
            int h = e.getKey().hashCode();
            int s = spread(h) & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = ((long) h << 32) | (i + 1L);
            i++;
        }
        start[n] = w;
    }

    private static int spread(int h) { return h ^ (h >>> 16); }

    /** The index of a feature, or -1 when the model does not know it. */
    private int indexOf(String feature) {
        int h = feature.hashCode();
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            long slot = slots[s];
            if (slot == 0) return -1;
            if ((int) (slot >>> 32) == h) {
                int i = (int) slot - 1;
                if (features[i].equals(feature)) return i;
            }
        }
    }

    @Override
    public double[] eval(String[] context) { return eval(context, null, new double[outcomeCount]); }

    @Override
    public double[] eval(String[] context, double[] probs) { return eval(context, null, probs); }

    @Override
    public double[] eval(String[] context, float[] values) { return eval(context, values, new double[outcomeCount]); }

    private double[] eval(String[] context, float[] values, double[] sums) {
        java.util.Arrays.fill(sums, 0, outcomeCount, perceptron ? 0 : uniformLogPrior);
        for (int c = 0; c < context.length; c++) {
            int i = indexOf(context[c]);
            if (i < 0) continue;
            double value = values == null ? 1 : values[c];
            for (int k = start[i], end = start[i + 1]; k < end; k++) sums[outcomes[k]] += weights[k] * value;
        }
        return perceptron ? normalisePerceptron(sums) : normaliseMaxent(sums);
    }

    /** As OpenNLP's perceptron: scale by the largest magnitude (at least 1), then a softmax. */
    private double[] normalisePerceptron(double[] sums) {
        double max = 1;
        for (int o = 0; o < outcomeCount; o++) if (max < StrictMath.abs(sums[o])) max = StrictMath.abs(sums[o]);
        double total = 0;
        for (int o = 0; o < outcomeCount; o++) {
            sums[o] = StrictMath.exp(sums[o] / max);
            total += sums[o];
        }
        for (int o = 0; o < outcomeCount; o++) sums[o] /= total;
        return sums;
    }

    /** As OpenNLP's GIS model: a softmax of the log-prior plus the weights. */
    private double[] normaliseMaxent(double[] sums) {
        double total = 0;
        for (int o = 0; o < outcomeCount; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            total += sums[o];
        }
        for (int o = 0; o < outcomeCount; o++) sums[o] /= total;
        return sums;
    }

    @Override
    public String getBestOutcome(double[] outcomes) { return original.getBestOutcome(outcomes); }

    @Override
    public String getAllOutcomes(double[] outcomes) { return original.getAllOutcomes(outcomes); }

    @Override
    public String getOutcome(int i) { return original.getOutcome(i); }

    @Override
    public int getIndex(String outcome) { return original.getIndex(outcome); }

    @Override
    public int getNumOutcomes() { return outcomeCount; }
}
