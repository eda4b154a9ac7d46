package entente.nlp.ner;

import entente.EntenteException;
import entente.nlp.NameSpan;
import entente.nlp.NameType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * The Groningen Meaning Bank sentences in OpenNLP name-finder format ({@code gmb_kaggle.opennlp.txt}, UTF-8), with
 * their types mapped to the model's: {@code per} → PER with leading titles stripped ("President Bush" → "Bush"),
 * {@code org} → ORG, {@code geo} → LOC, and {@code gpe} → LOC when the same words are more often tagged
 * {@code geo} in the corpus (a country such as "Sudan"), otherwise → NAT (nationality words such as "Iraqi"; the
 * finder ignores NAT, it exists so the model does not learn "Iraqi" as an ordinary word).
 *
 * <p>The sentences keep the file's order; {@link #split(double)} holds the last part out for evaluation.
 */
public final class GmbCorpus {
    /** The model's extra type for nationality words; never reported as a name. */
    public static final String NATIONALITY = "NAT";

    private final List<NameSample> samples;

    private GmbCorpus(List<NameSample> samples) { this.samples = List.copyOf(samples); }

    /** Reads and maps the corpus file. */
    public static GmbCorpus read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EntenteException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<NameSample> raw = new ArrayList<>();
        for (String line : lines) {
            // A few lines hold U+0085 (NEXT LINE) characters that the whitespace tokenizer would keep as tokens.
            line = line.replace('\u0085', ' ').strip();
            if (line.isEmpty()) continue;
            try {
                raw.add(NameSample.parse(line, false));
            } catch (IOException e) {
                throw new EntenteException("bad line in " + file + ": " + line, e);
            }
        }
        Map<String, int[]> geoVsGpe = countGeoAndGpe(raw);
        List<NameSample> mapped = new ArrayList<>(raw.size());
        for (NameSample s : raw) mapped.add(map(s, geoVsGpe));
        return new GmbCorpus(mapped);
    }

    public List<NameSample> samples() { return samples; }

    /** The first {@code 1 - heldOut} of the sentences for training and the rest for evaluation. */
    public Split split(double heldOut) {
        int cut = (int) Math.round(samples.size() * (1 - heldOut));
        return new Split(samples.subList(0, cut), samples.subList(cut, samples.size()));
    }

    /** Training and held-out sentences. */
    public record Split(List<NameSample> train, List<NameSample> heldOut) {}

    /** The capitalised words inside LOC names of the sentences, sorted: the places a model trained on them knows. */
    public static List<String> placeWords(List<NameSample> samples) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (NameSample s : samples) {
            for (Span span : s.getNames()) {
                if (!span.getType().equals("LOC")) continue;
                for (int i = span.getStart(); i < span.getEnd(); i++) {
                    String w = s.getSentence()[i];
                    if (Character.isUpperCase(w.codePointAt(0))) words.add(w.toLowerCase());
                }
            }
        }
        return List.copyOf(words);
    }

    /** Sentences as evaluation items (each its own document), with their PER, ORG and LOC names; NAT is dropped. */
    public static List<LabelledSentence> labelled(List<NameSample> samples, String idPrefix) {
        List<LabelledSentence> out = new ArrayList<>(samples.size());
        for (NameSample s : samples) {
            int index = out.size();
            List<String> words = java.util.Arrays.asList(s.getSentence());
            List<NameSpan> gold = new ArrayList<>();
            for (Span span : s.getNames()) {
                if (span.getType().equals(NATIONALITY)) continue;
                gold.add(new NameSpan(index, span.getStart(), span.getEnd(), NameType.valueOf(span.getType()),
                    text(s, span)));
            }
            String id = idPrefix + index;
            out.add(new LabelledSentence(id, id, Sentences.fromTokens(index, words), gold));
        }
        return out;
    }

    private static Map<String, int[]> countGeoAndGpe(List<NameSample> samples) {
        Map<String, int[]> counts = new HashMap<>();
        for (NameSample s : samples) {
            for (Span span : s.getNames()) {
                int slot = switch (span.getType()) { case "geo" -> 0; case "gpe" -> 1; default -> -1; };
                if (slot >= 0) counts.computeIfAbsent(text(s, span), k -> new int[2])[slot]++;
            }
        }
        return counts;
    }

    private static NameSample map(NameSample s, Map<String, int[]> geoVsGpe) {
        String[] tokens = s.getSentence();
        List<Span> names = new ArrayList<>();
        for (Span span : s.getNames()) {
            switch (span.getType()) {
                case "per" -> {
                    int start = span.getStart()
                        + PersonTitles.leadingTitleLength(tokens, span.getStart(), span.getEnd());
                    if (start < span.getEnd()) names.add(new Span(start, span.getEnd(), "PER"));
                }
                case "org" -> names.add(new Span(span.getStart(), span.getEnd(), "ORG"));
                case "geo" -> names.add(new Span(span.getStart(), span.getEnd(), "LOC"));
                case "gpe" -> {
                    int[] c = geoVsGpe.getOrDefault(text(s, span), new int[2]);
                    names.add(new Span(span.getStart(), span.getEnd(), c[0] > c[1] ? "LOC" : NATIONALITY));
                }
                default -> { }
            }
        }
        return new NameSample(tokens, names.toArray(Span[]::new), s.isClearAdaptiveDataSet());
    }

    private static String text(NameSample s, Span span) {
        return String.join(" ", java.util.Arrays.copyOfRange(s.getSentence(), span.getStart(), span.getEnd()));
    }
}
