package entente.nlp.ner;

import entente.nlp.NameSpan;
import entente.nlp.NameType;
import entente.nlp.Sentence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a name finder against gold names by exact span and type: a found name counts only when its first token, last
 * token and type all agree with a gold name. Sentences of one document are passed to the finder together.
 *
 * <pre>
 *   NerEvaluator.Report r = NerEvaluator.evaluate(UnerCorpus.news(UnerCorpus.read(file)), NameFinders.standard());
 *   System.out.println(r.table("UNER news"));
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class NerEvaluator {
    private NerEvaluator() {}

    /** Counts of true positives, false positives and false negatives. */
    public record Count(int tp, int fp, int fn) {
        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        Count plus(Count o) { return new Count(tp + o.tp, fp + o.fp, fn + o.fn); }
    }

    /** Scores per type and over all types, plus the errors (one line each) for inspection. */
    public record Report(Map<NameType, Count> byType, Count all, List<String> errors) {
        /** F1 of one type. */
        public double f1(NameType type) { return byType.get(type).f1(); }

        /** A plain-text table: one row per type and one for all types. */
        public String table(String title) {
            StringBuilder b = new StringBuilder(
                String.format("%-18s %5s %5s %5s %6s %6s %6s%n", title, "tp", "fp", "fn", "P", "R", "F1"));
            for (NameType t : NameType.values()) b.append(row(t.label(), byType.get(t)));
            b.append(row("all", all));
            return b.toString();
        }

        private static String row(String label, Count c) {
            return String.format("  %-16s %5d %5d %5d %6.3f %6.3f %6.3f%n", label, c.tp, c.fp, c.fn, c.precision(),
                c.recall(), c.f1());
        }
    }

    /** Runs the finder over the sentences, one document at a time, and scores it. */
    public static Report evaluate(List<LabelledSentence> sentences, DocumentNameFinder finder) {
        Map<NameType, Count> counts = new EnumMap<>(NameType.class);
        for (NameType t : NameType.values()) counts.put(t, new Count(0, 0, 0));
        List<String> errors = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            int j = i;
            while (j < sentences.size() && sentences.get(j).document().equals(sentences.get(i).document())) j++;
            List<LabelledSentence> doc = sentences.subList(i, j);
            List<List<NameSpan>> found = finder.findAll(doc.stream().map(LabelledSentence::sentence).toList());
            for (int k = 0; k < doc.size(); k++) score(doc.get(k), found.get(k), counts, errors);
            i = j;
        }
        Count all = new Count(0, 0, 0);
        for (Count c : counts.values()) all = all.plus(c);
        return new Report(counts, all, errors);
    }

    private static void score(LabelledSentence s, List<NameSpan> found, Map<NameType, Count> counts,
                              List<String> errors) {
        Set<String> gold = new HashSet<>(), predicted = new HashSet<>();
        for (NameSpan g : s.gold()) gold.add(key(g));
        for (NameSpan f : found) predicted.add(key(f));
        for (NameSpan f : found) {
            boolean hit = gold.contains(key(f));
            counts.merge(f.type(), hit ? new Count(1, 0, 0) : new Count(0, 1, 0), Count::plus);
            if (!hit) errors.add("FP " + f.type() + " [" + f.text() + "] in: " + s.id() + " " + text(s.sentence()));
        }
        for (NameSpan g : s.gold()) {
            if (predicted.contains(key(g))) continue;
            counts.merge(g.type(), new Count(0, 0, 1), Count::plus);
            errors.add("FN " + g.type() + " [" + g.text() + "] in: " + s.id() + " " + text(s.sentence()));
        }
    }

    private static String key(NameSpan s) { return s.tokenStart() + ":" + s.tokenEnd() + ":" + s.type(); }

    private static String text(Sentence s) { return s.text().length() > 160 ? s.text().substring(0, 160) : s.text(); }
}
