package entente.nlp.ner;

import entente.EntenteException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains entente's news name finder (types PER, ORG, LOC and the ignored NAT) with OpenNLP.
 *
 * <pre>
 *   TokenNameFinderModel model = NerTrainer.create().algorithm("PERCEPTRON").iterations(150)
 *       .train(GmbCorpus.read(path).split(0.1).train());
 * </pre>
 *
 * <p>Reproducible: the augmentation and the shuffle use fixed seeds, and the trainers themselves are deterministic.
 * The feature generators are described in {@code /entente/nlp/ner/ner-features.xml}, which is stored in the model.
 * Not thread-safe; one trainer per run.
 */
public final class NerTrainer {
    /** The feature generator descriptor stored in every model. */
    public static final String FEATURES = "/entente/nlp/ner/ner-features.xml";

    private String algorithm = "PERCEPTRON";
    private int iterations = 150;
    private int cutoff = 2;
    private double augmentFraction = 1.0;
    private long seed = 20231;

    private NerTrainer() {}

    public static NerTrainer create() { return new NerTrainer(); }

    /** OpenNLP algorithm name: {@code PERCEPTRON} or {@code MAXENT}. */
    public NerTrainer algorithm(String name) {
        this.algorithm = name.toUpperCase();
        return this;
    }

    public NerTrainer iterations(int n) { this.iterations = n; return this; }

    /** Features seen fewer times than this are dropped. */
    public NerTrainer cutoff(int n) { this.cutoff = n; return this; }

    /** Share of the sentences with a person that are copied with made-up names (0 switches augmentation off). */
    public NerTrainer augment(double fraction) { this.augmentFraction = fraction; return this; }

    public NerTrainer seed(long seed) { this.seed = seed; return this; }

    /** The parameters as written in the model card. */
    public String describe() {
        return "algorithm=" + algorithm + " iterations=" + iterations + " cutoff=" + cutoff
            + " augment=" + augmentFraction + " seed=" + seed + " features=" + FEATURES;
    }

    /** Trains a model on the sentences (plus their augmented copies), shuffled with the seed. */
    public TokenNameFinderModel train(List<NameSample> sentences) {
        List<NameSample> all = new ArrayList<>(sentences.size() * 2);
        for (NameSample s : sentences) all.add(independent(s));
        if (augmentFraction > 0) {
            for (NameSample s : new NameAugmenter(seed).augment(sentences, augmentFraction)) all.add(independent(s));
        }
        Collections.shuffle(all, new Random(seed));
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        try {
            TokenNameFinderFactory factory =
                new TokenNameFinderFactory(featureDescriptor(), Map.of(), new BioCodec());
            return NameFinderME.train("en", null, new CollectionObjectStream<>(all), params, factory);
        } catch (IOException e) {
            throw new EntenteException("training failed: " + e.getMessage(), e);
        }
    }

    /** Writes the model to a file, creating its folder. */
    public static void write(TokenNameFinderModel model, Path out) {
        try {
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                model.serialize(o);
            }
        } catch (IOException e) {
            throw new EntenteException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    static byte[] featureDescriptor() throws IOException {
        try (InputStream in = NerTrainer.class.getResourceAsStream(FEATURES)) {
            if (in == null) throw new EntenteException("missing " + FEATURES);
            return in.readAllBytes();
        }
    }

    // Each sentence stands alone: the corpus has no document boundaries, so adaptive data must not carry over.
    private static NameSample independent(NameSample s) {
        return new NameSample(s.getSentence(), s.getNames(), true);
    }
}
