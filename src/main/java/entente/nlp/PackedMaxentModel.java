package entente.nlp;

import entente.EntenteException;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maximum-entropy (GIS) or perceptron model with its weights laid out for lookup speed; it gives the same
 * probabilities as the model it was packed from, computed in the same order.
 *
 * <p>Why: OpenNLP keeps one {@code Context} object per feature in a {@code LinkedHashMap<String, Context>}, so
 * each of the ~40 features of a token costs a chain of dependent memory loads (table, entry, key, key's bytes,
 * context, its outcomes, its weights); on the 126,000-feature name model that chain was a third of name-finding
 * time. Here a feature is found by a 64-bit fingerprint of its text in one open-addressing table whose slot also
 * holds where its weights start, and the weights of all features sit in two flat arrays.
 *
 * <p>A feature unknown to the model is ignored, as in OpenNLP, unless its fingerprint equals a known feature's:
 * with 64-bit fingerprints that is about one lookup in 10<sup>14</sup> for the models entente ships. Two known
 * features sharing a fingerprint are refused when packing ({@link #pack} then returns the model unchanged).
 *
 * <p>It is an OpenNLP {@link AbstractModel} (OpenNLP's tokenizer model accepts no other kind) with the outcomes of
 * the model it was packed from, but its {@link #getDataStructures() data structures} hold no features: it is for
 * evaluating, never for writing to a file.
 *
 * <p>Immutable, so safe to share between threads.
 */
public final class PackedMaxentModel extends AbstractModel {
    private final boolean perceptron;
    private final int numOutcomes;
    private final double logUniformPrior;
    private final long[] slots; // pairs: fingerprint (0 = empty), then start << 32 | count into outcomes/weights
    private final int mask;
    private final int[] outcomes;
    private final double[] weights;

    private PackedMaxentModel(AbstractModel original, Map<String, Context> features, String[] outcomeNames) {
        super(new Context[0], new String[0], outcomeNames);
        this.modelType = original.getModelType();
        this.perceptron = modelType == ModelType.Perceptron;
        this.numOutcomes = original.getNumOutcomes();
        this.logUniformPrior = StrictMath.log(1.0 / numOutcomes); // GIS models read from a file use a uniform prior
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1; // load factor < 0.5
        this.slots = new long[2 * capacity];
        this.mask = capacity - 1;
        int active = 0;
        for (Context c : features.values()) active += c.getOutcomes().length;
        this.outcomes = new int[active];
        this.weights = new double[active];
        int next = 0;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            int[] os = e.getValue().getOutcomes();
            double[] ws = e.getValue().getParameters();
            System.arraycopy(os, 0, outcomes, next, os.length);
            System.arraycopy(ws, 0, weights, next, os.length);
            long fp = fingerprint(e.getKey());
            int s = slotOf(fp);
            if (slots[2 * s] == fp) throw new EntenteException("two features share a fingerprint: " + e.getKey());
            slots[2 * s] = fp;
            slots[2 * s + 1] = (long) next << 32 | os.length;
            next += os.length;
        }
    }

    /**
     * The packed form of a GIS or perceptron model; any other model (or one whose features cannot be told apart by
     * fingerprint) is returned as it is.
     */
    public static MaxentModel pack(MaxentModel model) {
        if (model instanceof PackedMaxentModel || !(model instanceof AbstractModel m)) return model;
        ModelType type = m.getModelType();
        if (type != ModelType.Maxent && type != ModelType.Perceptron) return model;
        Object[] structures = m.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) structures[1];
        try {
            return new PackedMaxentModel(m, features, (String[]) structures[2]);
        } catch (EntenteException collision) {
            return model;
        }
    }

    @Override
    public double[] eval(String[] context) { return eval(context, null, new double[numOutcomes]); }

    @Override
    public double[] eval(String[] context, double[] probs) { return eval(context, null, probs); }

    @Override
    public double[] eval(String[] context, float[] values) { return eval(context, values, new double[numOutcomes]); }

    private double[] eval(String[] context, float[] values, double[] probs) {
        Arrays.fill(probs, 0, numOutcomes, perceptron ? 0.0 : logUniformPrior);
        for (int i = 0; i < context.length; i++) {
            long fp = fingerprint(context[i]);
            int s = slotOf(fp);
            if (slots[2 * s] != fp) continue;
            long where = slots[2 * s + 1];
            int start = (int) (where >>> 32);
            int end = start + (int) where;
            double value = values == null ? 1.0 : values[i];
            for (int j = start; j < end; j++) probs[outcomes[j]] += weights[j] * value;
        }
        return perceptron ? normalisePerceptron(probs) : normaliseMaxent(probs);
    }

    /** As OpenNLP's perceptron: scores scaled by the largest magnitude (at least 1), exponentiated, normalised. */
    private double[] normalisePerceptron(double[] p) {
        double max = 1.0;
        for (int i = 0; i < numOutcomes; i++) if (max < StrictMath.abs(p[i])) max = StrictMath.abs(p[i]);
        double sum = 0.0;
        for (int i = 0; i < numOutcomes; i++) {
            p[i] = StrictMath.exp(p[i] / max);
            sum += p[i];
        }
        for (int i = 0; i < numOutcomes; i++) p[i] /= sum;
        return p;
    }

    /** As OpenNLP's GIS model: log-linear scores exponentiated and normalised. */
    private double[] normaliseMaxent(double[] p) {
        double sum = 0.0;
        for (int i = 0; i < numOutcomes; i++) {
            p[i] = StrictMath.exp(p[i]);
            sum += p[i];
        }
        for (int i = 0; i < numOutcomes; i++) p[i] /= sum;
        return p;
    }

    /** The slot holding this fingerprint, or the empty slot where it would go (linear probing). */
    private int slotOf(long fp) {
        int s = (int) fp & mask;
        while (slots[2 * s] != 0 && slots[2 * s] != fp) s = (s + 1) & mask;
        return s;
    }

    /** FNV-1a over the characters, then MurmurHash3's finaliser so the low bits index the table well; never 0. */
    static long fingerprint(String feature) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < feature.length(); i++) h = (h ^ feature.charAt(i)) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
