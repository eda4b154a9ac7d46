package entente.cli;

import entente.nlp.Pipeline;
import entente.nlp.lemma.LemmaDictionaryBuilder;
import entente.nlp.ner.GmbCorpus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente train-lemmas}: builds the lemma dictionary of the NLP pipeline by running the statistical UD
 * lemmatizer once over the Groningen Meaning Bank sentences (Voice of America news, public domain).
 */
@Command(name = "train-lemmas", mixinStandardHelpOptions = true,
    description = {"Builds the lemma dictionary (word, POS -> lemma) from GMB in OpenNLP format,",
        "using the statistical UD English-EWT lemmatizer in context."})
public class TrainLemmasCmd implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "gmb_kaggle.opennlp.txt")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "dictionary to write (.tsv.gz)")
    Path out;

    @Override
    public Integer call() {
        PrintWriter log = spec.commandLine().getOut();
        List<String[]> sentences = GmbCorpus.read(data).samples().stream().map(NameSample::getSentence)
            .map(words -> Arrays.stream(words).map(Pipeline::normaliseQuotes).toArray(String[]::new)).toList();
        long started = System.nanoTime();
        LemmaDictionaryBuilder builder = new LemmaDictionaryBuilder().add(sentences);
        builder.write(out);
        log.printf("%d sentences, %d (word, tag) entries in %.0f s -> %s%n", sentences.size(), builder.size(),
            (System.nanoTime() - started) / 1e9, out);
        return 0;
    }
}
