package entente.cli;

import entente.nlp.NameType;
import entente.nlp.ner.CombinedNameFinder;
import entente.nlp.ner.ConllTagger;
import entente.nlp.ner.DocumentNameFinder;
import entente.nlp.ner.GmbCorpus;
import entente.nlp.ner.KnownNameFinder;
import entente.nlp.ner.LabelledSentence;
import entente.nlp.ner.ModelNameFinder;
import entente.nlp.ner.NameFinders;
import entente.nlp.ner.NerEvaluator;
import entente.nlp.ner.Re3dCorpus;
import entente.nlp.ner.UnerCorpus;
import entente.nlp.NlpModels;
import java.io.PrintWriter;
import opennlp.tools.namefind.TokenNameFinderModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente ner}: tags a CoNLL token file with the standard name finder, or scores it on evaluation corpora. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Tags names (PER, ORG, LOC) in a CoNLL file with the standard name finder: one token a line, "
        + "first column the token (the second when the first numbers the tokens, as in CoNLL-U), blank line between "
        + "sentences, # comments skipped. Prints token<TAB>tag (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, O) in the "
        + "same order.",
        "With --evaluate, scores the finder on UNER English PUD, held-out GMB and re3d instead."})
public class NerCmd implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static class Mode {
        @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL file to tag")
        Path conll;

        @Option(names = "--evaluate", paramLabel = "DATA_DIR",
            description = "folder with uner-pud/, gmb/ and re3d/ (the shared data folder)")
        Path evaluate;
    }

    @Option(names = "--ablation", description = "with --evaluate: also score the model alone and each rule added")
    boolean ablation;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (mode.conll != null) {
            List<String> lines = Files.readAllLines(mode.conll, StandardCharsets.UTF_8);
            for (String line : new ConllTagger(NameFinders.standard()).tag(lines)) out.println(line);
        } else {
            evaluate(mode.evaluate, out);
        }
        out.flush();
        return 0;
    }

    private void evaluate(Path data, PrintWriter out) {
        Map<String, List<LabelledSentence>> sets = new LinkedHashMap<>();
        Path uner = data.resolve("uner-pud/en_pud-ud-test.iob2");
        if (Files.exists(uner)) {
            List<LabelledSentence> all = UnerCorpus.read(uner);
            sets.put("UNER news", UnerCorpus.news(all));
            sets.put("UNER all", all);
        }
        Path gmb = data.resolve("gmb/gmb_kaggle.opennlp.txt");
        if (Files.exists(gmb)) {
            sets.put("GMB held-out", GmbCorpus.labelled(GmbCorpus.read(gmb).split(TrainNerCmd.HELD_OUT).heldOut(),
                "gmb"));
        }
        Path re3d = data.resolve("re3d");
        if (Files.isDirectory(re3d)) sets.put("re3d", Re3dCorpus.read(re3d, Set.of()));
        Map<String, DocumentNameFinder> finders = new LinkedHashMap<>();
        if (ablation) {
            ModelNameFinder model = ModelNameFinder.shipped();
            finders.put("model, all places", DocumentNameFinder.of(
                new ModelNameFinder(NlpModels.load(ModelNameFinder.MODEL, TokenNameFinderModel::new))));
            finders.put("model alone", DocumentNameFinder.of(model));
            finders.put("+ cleanup", CombinedNameFinder.builder().add(model, NameType.PER)
                .only(CombinedNameFinder.Rule.CLEANUP).build());
            finders.put("+ chunks", CombinedNameFinder.builder().add(model, NameType.PER)
                .only(CombinedNameFinder.Rule.CLEANUP, CombinedNameFinder.Rule.CHUNKS).build());
            finders.put("+ metonymy", CombinedNameFinder.builder().add(model, NameType.PER)
                .without(CombinedNameFinder.Rule.CONSISTENCY).build());
            finders.put("+ consistency", CombinedNameFinder.builder().add(model, NameType.PER).build());
            finders.put("+ known companies", CombinedNameFinder.builder().add(model, NameType.PER)
                .add(KnownNameFinder.shipped(), NameType.ORG).build());
            // The last step, the gazetteers, gives the standard combination below.
        }
        finders.put("standard", NameFinders.standard());
        for (Map.Entry<String, List<LabelledSentence>> set : sets.entrySet()) {
            for (Map.Entry<String, DocumentNameFinder> f : finders.entrySet()) {
                NerEvaluator.Report r = NerEvaluator.evaluate(set.getValue(), f.getValue());
                out.print(r.table(set.getKey() + " / " + f.getKey()));
            }
            out.flush();
        }
    }
}
