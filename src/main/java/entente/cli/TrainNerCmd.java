package entente.cli;

import entente.nlp.ner.GmbCorpus;
import entente.nlp.ner.LabelledSentence;
import entente.nlp.ner.NerTrainer;
import entente.nlp.ner.Re3dCorpus;
import entente.nlp.NameSpan;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente train-ner}: trains the news name finder from the Groningen Meaning Bank (and optionally the public
 * domain parts of re3d), holding out the last tenth of GMB for evaluation. Writes the model and, next to it,
 * {@code place-words.txt} (the words of the training places, used by {@code ModelNameFinder}).
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
    description = "Trains the OpenNLP name finder (PER, ORG, LOC, NAT) on GMB in OpenNLP format.")
public class TrainNerCmd implements Callable<Integer> {
    /** The share of GMB, at its end, never trained on. */
    public static final double HELD_OUT = 0.1;
    /** The public-domain re3d sources; the others (BBC Online above all) must not go into a shipped model. */
    public static final Set<String> RE3D_PUBLIC_DOMAIN = Set.of("US State Department", "CENTCOM");

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "gmb_kaggle.opennlp.txt")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "model file to write")
    Path out;

    @Option(names = "--iterations", defaultValue = "150",
        description = "training iterations (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--algorithm", defaultValue = "perceptron",
        description = "perceptron or maxent (default ${DEFAULT-VALUE})")
    String algorithm;

    @Option(names = "--cutoff", defaultValue = "2", description = "feature cutoff (default ${DEFAULT-VALUE})")
    int cutoff;

    @Option(names = "--augment", defaultValue = "1.0",
        description = "share of person sentences copied with made-up names (default ${DEFAULT-VALUE})")
    double augment;

    @Option(names = "--seed", defaultValue = "20231", description = "seed of augmentation and shuffle")
    long seed;

    @Option(names = "--re3d", paramLabel = "DIR",
        description = "re3d folder: adds its public-domain sources (US State Department, CENTCOM)")
    Path re3d;

    @Override
    public Integer call() throws Exception {
        PrintWriter log = spec.commandLine().getOut();
        if (!algorithm.equalsIgnoreCase("perceptron") && !algorithm.equalsIgnoreCase("maxent")) {
            spec.commandLine().getErr().println("--algorithm must be perceptron or maxent");
            return 2;
        }
        List<NameSample> train = new ArrayList<>(GmbCorpus.read(data).split(HELD_OUT).train());
        int gmb = train.size();
        if (re3d != null) train.addAll(samples(Re3dCorpus.read(re3d, RE3D_PUBLIC_DOMAIN)));
        NerTrainer trainer = NerTrainer.create().algorithm(algorithm).iterations(iterations).cutoff(cutoff)
            .augment(augment).seed(seed);
        log.printf("training on %d GMB + %d re3d sentences: %s%n", gmb, train.size() - gmb, trainer.describe());
        log.flush();
        long t0 = System.nanoTime();
        TokenNameFinderModel model = trainer.train(train);
        NerTrainer.write(model, out);
        Path places = out.toAbsolutePath().resolveSibling("place-words.txt");
        List<String> lines = new ArrayList<>();
        lines.add("# Words of the places (LOC) in the name finder's training data, lower-case. Written by train-ner.");
        lines.addAll(GmbCorpus.placeWords(train));
        Files.write(places, lines, StandardCharsets.UTF_8);
        log.printf("wrote %s and %s in %d s%n", out, places, (System.nanoTime() - t0) / 1_000_000_000L);
        return 0;
    }

    private static List<NameSample> samples(List<LabelledSentence> sentences) {
        List<NameSample> out = new ArrayList<>();
        for (LabelledSentence s : sentences) {
            Span[] names = s.gold().stream()
                .map((NameSpan n) -> new Span(n.tokenStart(), n.tokenEnd(), n.type().label())).toArray(Span[]::new);
            out.add(new NameSample(s.sentence().tokenTexts(), names, true));
        }
        return out;
    }
}
