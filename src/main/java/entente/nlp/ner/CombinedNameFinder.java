package entente.nlp.ner;

import entente.nlp.NameFinder;
import entente.nlp.NameSpan;
import entente.nlp.NameType;
import entente.nlp.Sentence;
import entente.nlp.Token;
import entente.nlp.gazetteer.Gazetteer;
import entente.nlp.lemma.NewsLemmatizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Combines an ordered list of name finders with rules over the POS tags and the document.
 *
 * <pre>
 *   CombinedNameFinder finder = CombinedNameFinder.builder()
 *       .add(gazetteerFinder, NameType.LOC, NameType.ORG)   // authoritative for LOC and ORG
 *       .add(ModelNameFinder.shipped(), NameType.PER)       // authoritative for PER
 *       .build();
 *   List&lt;List&lt;NameSpan&gt;&gt; names = finder.findAll(sentences);
 * </pre>
 *
 * <p><b>Merge policy.</b> Every finder proposes spans. A span from a finder that is authoritative for the span's
 * type beats any span it overlaps from a finder that is not; among spans of equal standing the finder added first
 * wins, then the longer span. The winners never overlap.
 *
 * <p><b>Rules</b>, applied in this order and each switchable (for ablation):
 * <ol>
 * <li>{@link Rule#CLEANUP}: a leading "the", quotes and a trailing possessive are dropped; names are split at commas
 *     and at a title inside a non-person ("CIA Director William Burns" → "CIA", person "William Burns"); titles are
 *     stripped from a person ("President Obama" → "Obama"); a name after an honorific (Mr, Ms, Dr) or before ", who"
 *     is a person; a person followed by a one-word name takes it in ("Antony" + "Blinken").</li>
 * <li>{@link Rule#CHUNKS}: a run of proper nouns (UD tag PROPN) that no finder covered becomes a name when a cue
 *     types it: a title before it or a verb of saying next to it (person), an organisation or location keyword inside
 *     it ("Republican Party", "Celtic Sea"). A run with a keyword that the finders split into pieces without the
 *     keyword ("University" + "of North Carolina") is taken whole.
 *     An organisation with a keyword takes in the capitalised words right before it ("U.S." + "Environmental
 *     Protection Agency").</li>
 * <li>{@link Rule#METONYMY}: a place directly followed by a verb acts as an organisation ("Russia announced",
 *     "Beijing believes"), as news NER corpora (UNER, CoNLL) tag it. Callers that map names to countries should look
 *     places up whatever their type.</li>
 * <li>{@link Rule#CONSISTENCY}: within one document a name keeps one type (a person once is a person throughout,
 *     otherwise the majority of its mentions); a word of a
 *     person's full name is that person elsewhere ("Seagal" after "Steven Seagal"); proper-noun runs that repeat a
 *     name found elsewhere in the document are found too; "Blinken and Wang" found as one name is split into two
 *     persons when either word is part of a person's name.</li>
 * </ol>
 *
 * <p>Thread-safe when its finders are.
 */
public final class CombinedNameFinder implements NameFinder, DocumentNameFinder {
    /** The rules that refine the merged spans. */
    public enum Rule { CLEANUP, CHUNKS, METONYMY, CONSISTENCY }

    private record Source(NameFinder finder, Set<NameType> authoritative) {}

    /** A span under construction: tokens {@code [start, end)} of one sentence. */
    private record Cand(int start, int end, NameType type, boolean authoritative, int source) {
        int length() { return end - start; }
        boolean overlaps(int s, int e) { return start < e && s < end; }
        Cand with(int s, int e, NameType t) { return new Cand(s, e, t, authoritative, source); }
    }

    private final List<Source> sources;
    private final Set<Rule> rules;

    private CombinedNameFinder(List<Source> sources, EnumSet<Rule> rules) {
        this.sources = List.copyOf(sources);
        this.rules = Collections.unmodifiableSet(EnumSet.copyOf(rules));
    }

    public static Builder builder() { return new Builder(); }

    /** Builds a {@link CombinedNameFinder}; all rules are on unless switched off. */
    public static final class Builder {
        private final List<Source> sources = new ArrayList<>();
        private final EnumSet<Rule> rules = EnumSet.allOf(Rule.class);

        private Builder() {}

        /** Adds a finder, after those already added, authoritative for the given types. */
        public Builder add(NameFinder finder, NameType... authoritativeFor) {
            Set<NameType> a = EnumSet.noneOf(NameType.class);
            a.addAll(List.of(authoritativeFor));
            sources.add(new Source(finder, a));
            return this;
        }

        /** Switches a rule off. */
        public Builder without(Rule rule) { rules.remove(rule); return this; }

        /** Keeps only the given rules. */
        public Builder only(Rule... keep) {
            rules.clear();
            rules.addAll(List.of(keep));
            return this;
        }

        public CombinedNameFinder build() {
            if (sources.isEmpty()) throw new IllegalStateException("no name finder added");
            return new CombinedNameFinder(sources, rules);
        }
    }

    /** The names of one sentence, as if it were a document of its own. */
    @Override
    public List<NameSpan> find(Sentence sentence) { return findAll(List.of(sentence)).get(0); }

    @Override
    public List<List<NameSpan>> findAll(List<Sentence> document) {
        List<List<Cand>> all = new ArrayList<>(document.size());
        for (Sentence s : document) {
            List<Cand> c = merge(s);
            if (rules.contains(Rule.CLEANUP)) c = cleanup(s, c);
            if (rules.contains(Rule.CHUNKS)) c = extendOrganisations(s, chunks(s, c));
            if (rules.contains(Rule.METONYMY)) c = metonymy(s, c);
            all.add(c);
        }
        if (rules.contains(Rule.CONSISTENCY)) consistency(document, all);
        List<List<NameSpan>> out = new ArrayList<>(document.size());
        for (int i = 0; i < document.size(); i++) {
            Sentence s = document.get(i);
            List<NameSpan> names = new ArrayList<>();
            for (Cand c : sorted(all.get(i))) {
                names.add(new NameSpan(s.index(), c.start, c.end, c.type, s.coveredText(c.start, c.end)));
            }
            out.add(names);
        }
        return out;
    }

    private List<Cand> merge(Sentence s) {
        List<Cand> proposals = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source src = sources.get(i);
            for (NameSpan n : src.finder.find(s)) {
                boolean authoritative = src.authoritative.contains(n.type());
                proposals.add(new Cand(n.tokenStart(), n.tokenEnd(), n.type(), authoritative, i));
            }
        }
        // A person the model finds in exactly the words a gazetteer knows as a place or organisation is that place
        // ("Alabama, Arkansas, California"): the gazetteer leaves out its ambiguous names where a person is meant.
        List<Cand> known = proposals.stream().filter(c -> c.authoritative && c.type != NameType.PER).toList();
        proposals.removeIf(c -> c.authoritative && c.type == NameType.PER
            && known.stream().anyMatch(k -> k.start == c.start && k.end == c.end));
        // "University of California": a place that ends an organisation's name after "of" is no name of its own there.
        // A country stays ("Government of Iran" speaks for Iran).
        List<Cand> organisations = proposals.stream().filter(c -> c.type == NameType.ORG).toList();
        proposals.removeIf(c -> c.type == NameType.LOC && c.start >= 2 && s.tokens().get(c.start - 1).text().equals("of")
            && organisations.stream().anyMatch(o -> o.end == c.end && o.start < c.start - 1
                && NameCues.keywordType(s, o.start, c.start - 1).orElse(null) == NameType.ORG)
            && Gazetteer.shared().countryByAnyName(s.coveredText(c.start, c.end)).isEmpty());
        proposals.sort(Comparator.comparing((Cand c) -> !c.authoritative).thenComparingInt(Cand::source)
            .thenComparingInt(c -> -c.length()));
        List<Cand> kept = new ArrayList<>();
        for (Cand c : proposals) {
            if (kept.stream().noneMatch(k -> k.overlaps(c.start, c.end))) kept.add(c);
        }
        return kept;
    }

    private static List<Cand> cleanup(Sentence s, List<Cand> in) {
        String[] w = s.tokenTexts();
        List<Cand> out = new ArrayList<>();
        for (Cand c : splitAtTitles(s, splitAtCommas(w, in))) {
            int start = c.start, end = c.end;
            NameType type = c.type;
            // Quotes, brackets, "the" and sentence-initial words such as "For" or "Though" are no part of a name.
            while (start < end && (!hasLetterOrDigit(w[start]) || NOT_NAMES.contains(w[start])
                || end - start > 1 && opensSentenceNotName(s, start))) start++;
            while (end > start && (!hasLetterOrDigit(w[end - 1]) || isPossessive(w[end - 1]))) end--;
            // "Image: Thomas Davies": a caption's label is no part of the name after it, nor of one before it.
            if (end > start && end < w.length && w[end].equals(":") && CAPTION_LABELS.contains(w[end - 1])) end--;
            // "Wikinews' Nicholas Moreau": a person's name of two words or more starts after a possessive (not so
            // "Fishmongers' Hall", which is no person but leaves no name after the possessive).
            if (type == NameType.PER) {
                for (int i = end - 3; i >= start; i--) {
                    if (isPossessive(w[i]) || w[i].length() > 1 && w[i].endsWith("'")) {
                        start = i + 1;
                        break;
                    }
                }
            }
            // "Mr. Chavez Thursday accused…": the day is no part of the person's name.
            while (type == NameType.PER && end - start > 1 && NameCues.isWeekday(w[end - 1])) end--;
            // A faith, an answer word or a lone initial ("E.", left of "Does E. coli") names no one alone.
            if (end - start == 1 && (FAITHS.contains(w[start]) || NOT_NAMES_ALONE.contains(w[start])
                || Token.isInitial(w[start]))) continue;
            if (start < end && !looksLikeName(s, start, end) || insideTitle(w, start, end)) continue;
            if (start < end && (PersonTitles.isHonorific(w[start])
                || start > 0 && PersonTitles.isHonorific(w[start - 1]) || NameCues.appositionAfter(s, end))) {
                type = NameType.PER;
            }
            // "Michigan Taxpayers Party" is no person, unless a cue says so ("said Frank Church").
            if (type == NameType.PER && NameCues.endsWithOrgKeyword(s, start, end) && !NameCues.personCue(s, start, end)) {
                type = NameType.ORG;
            }
            // "Princeton University said": a word that ends no one's name outweighs the verb of saying.
            NameType institutionOrPlace = type == NameType.PER ? NameCues.institutionOrPlaceEnd(s, start, end) : null;
            if (institutionOrPlace != null) type = institutionOrPlace;
            if (type == NameType.PER) start += PersonTitles.leadingTitleLength(w, start, end);
            if (start < end) out.add(c.with(start, end, type));
        }
        return joinPersonNames(s, out);
    }

    /** Whether the span ends a title, as "State" in "Secretary of State" or "Interior" in "Minister of Interior". */
    private static boolean insideTitle(String[] w, int start, int end) {
        if (start == 0 || start >= end || !PersonTitles.isTitlePart(w[start - 1])) return false;
        for (int i = start; i < end; i++) if (!PersonTitles.isTitlePart(w[i])) return false;
        return true;
    }

    /** Names do not run across commas or colons: "State Department , Blinken" is two names. */
    private static List<Cand> splitAtCommas(String[] w, List<Cand> in) {
        List<Cand> out = new ArrayList<>();
        for (Cand c : in) {
            int from = c.start;
            for (int i = c.start; i <= c.end; i++) {
                if (i == c.end || w[i].equals(",") || w[i].equals(":")) {
                    if (i > from) out.add(c.with(from, i, c.type));
                    from = i + 1;
                }
            }
        }
        return out;
    }

    /**
     * A title inside a name that is not a person ends an organisation or place and starts a person: "CIA Director
     * William Burns" is "CIA" and the person "William Burns".
     */
    private static List<Cand> splitAtTitles(Sentence s, List<Cand> in) {
        String[] w = s.tokenTexts();
        List<Cand> out = new ArrayList<>();
        for (Cand c : in) {
            int title = -1;
            if (c.type != NameType.PER) {
                for (int i = c.start + 1; i < c.end - 1 && title < 0; i++) {
                    if (PersonTitles.isTitle(w[i]) && Character.isUpperCase(w[i].charAt(0))
                        && Character.isUpperCase(w[i + 1].charAt(0)) && !PersonTitles.isTitlePart(w[i + 1])) title = i;
                }
            }
            if (title < 0) {
                out.add(c);
                continue;
            }
            int end = title;
            while (end > c.start && PersonTitles.isTitlePart(w[end - 1])) end--;
            if (end > c.start) out.add(c.with(c.start, end, c.type));
            out.add(c.with(title + 1, c.end, NameType.PER));
        }
        return out;
    }

    /** A person followed directly by a one-word name is one person: "Antony" + "Blinken". */
    private static List<Cand> joinPersonNames(Sentence s, List<Cand> in) {
        List<Cand> sorted = sorted(in);
        List<Cand> out = new ArrayList<>();
        for (Cand c : sorted) {
            Cand last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.type == NameType.PER && last.end == c.start && c.length() == 1
                && s.tokens().get(c.start).isProperNoun()) {
                out.set(out.size() - 1, last.with(last.start, c.end, NameType.PER));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Cand> chunks(Sentence s, List<Cand> in) {
        List<Cand> out = new ArrayList<>(in);
        for (ProperNounChunks.Chunk ch : ProperNounChunks.of(s)) {
            List<Cand> inside = out.stream().filter(c -> c.overlaps(ch.start(), ch.end())).toList();
            Optional<NameType> keyword = NameCues.keywordType(s, ch.start(), ch.end());
            if (inside.isEmpty()) {
                NameType type = keyword.orElse(NameCues.personCue(s, ch.start(), ch.end()) ? NameType.PER : null);
                int start = ch.start();
                if (type == NameType.PER) start += PersonTitles.leadingTitleLength(s.tokenTexts(), start, ch.end());
                if (type != null && start < ch.end()) out.add(new Cand(start, ch.end(), type, false, -1));
            } else if (keyword.isPresent() && inside.stream().allMatch(c -> c.start >= ch.start() && c.end <= ch.end())
                && inside.stream().noneMatch(c -> NameCues.keywordType(s, c.start, c.end).isPresent()
                    || c.type == NameType.PER)
                && (inside.size() > 1 || inside.get(0).length() < ch.end() - ch.start())) {
                out.removeAll(inside);
                out.add(new Cand(ch.start(), ch.end(), keyword.get(), false, -1));
            }
        }
        return out;
    }

    private static List<Cand> extendOrganisations(Sentence s, List<Cand> in) {
        List<Cand> out = new ArrayList<>(in);
        for (int k = 0; k < out.size(); k++) {
            Cand c = out.get(k);
            if (c.type != NameType.ORG || NameCues.keywordType(s, c.start, c.end).isEmpty()) continue;
            int start = c.start;
            while (start > 0 && extendsName(s.tokens().get(start - 1))) {
                int before = start - 1;
                Cand covering = out.stream().filter(o -> o.overlaps(before, before + 1)).findFirst().orElse(null);
                if (covering == null) start--;
                else if (covering.type == NameType.LOC && covering.end == start) start = covering.start;
                else break;
            }
            if (start == c.start) continue;
            final int from = start;
            out.removeIf(o -> o != c && o.start >= from && o.end <= c.start);
            out.set(out.indexOf(c), c.with(start, c.end, c.type));
        }
        return out;
    }

    private static boolean extendsName(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !NOT_NAMES.contains(w)
            && (t.isProperNoun() || t.pos().equals("ADJ"));
    }

    private static List<Cand> metonymy(Sentence s, List<Cand> in) {
        List<Cand> out = new ArrayList<>(in.size());
        for (Cand c : in) {
            // "Russia announced", but not "in Ontario says" (the place of an event), "Italy is" or "China stepping".
            boolean acts = c.type == NameType.LOC && c.end < s.size()
                && s.tokens().get(c.end).pos().equals("VERB") && !s.tokens().get(c.end).text().endsWith("ing")
                && (c.start == 0 || !s.tokens().get(c.start - 1).pos().equals("ADP"));
            out.add(acts ? c.with(c.start, c.end, NameType.ORG) : c);
        }
        return out;
    }

    private static void consistency(List<Sentence> doc, List<List<Cand>> all) {
        Map<String, Map<NameType, Integer>> votes = new HashMap<>();
        Set<String> personParts = new HashSet<>();
        for (int i = 0; i < doc.size(); i++) {
            String[] w = doc.get(i).tokenTexts();
            for (Cand c : all.get(i)) {
                votes.computeIfAbsent(key(w, c.start, c.end), k -> new EnumMap<>(NameType.class))
                    .merge(c.type, 1, Integer::sum);
                if (c.type == NameType.PER && c.length() > 1) {
                    for (int t = c.start; t < c.end; t++) if (w[t].length() > 1) personParts.add(w[t]);
                }
            }
        }
        for (int i = 0; i < doc.size(); i++) {
            Sentence s = doc.get(i);
            String[] w = s.tokenTexts();
            List<Cand> cands = splitPersonPairs(w, all.get(i), personParts);
            all.set(i, cands);
            for (int k = 0; k < cands.size(); k++) {
                Cand c = cands.get(k);
                String text = key(w, c.start, c.end);
                NameType best = c.length() == 1 && personParts.contains(text) ? NameType.PER : settled(votes.get(text));
                if (best != null && best != c.type) cands.set(k, c.with(c.start, c.end, best));
            }
            for (ProperNounChunks.Chunk ch : ProperNounChunks.of(s)) {
                if (cands.stream().anyMatch(c -> c.overlaps(ch.start(), ch.end()))) continue;
                String text = key(w, ch.start(), ch.end());
                NameType type = votes.containsKey(text) ? settled(votes.get(text))
                    : ch.end() - ch.start() == 1 && personParts.contains(text) ? NameType.PER : null;
                if (type != null) cands.add(new Cand(ch.start(), ch.end(), type, false, -1));
            }
        }
    }

    /** "Blinken and Wang", found as one name, is two persons when either side is known as part of a person's name. */
    private static List<Cand> splitPersonPairs(String[] w, List<Cand> in, Set<String> personParts) {
        List<Cand> out = new ArrayList<>();
        for (Cand c : in) {
            int and = -1;
            for (int i = c.start + 1; i < c.end - 1; i++) if (w[i].equals("and") || w[i].equals("&")) and = i;
            if (and >= 0 && (personParts.contains(w[and - 1]) || personParts.contains(w[and + 1]))) {
                out.add(c.with(c.start, and, NameType.PER));
                out.add(c.with(and + 1, c.end, NameType.PER));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The type of a name in the document: a person once is a person throughout, otherwise the majority type. */
    private static NameType settled(Map<NameType, Integer> v) {
        return v != null && v.containsKey(NameType.PER) ? NameType.PER : majority(v);
    }

    /** The type with the most votes, or null on a tie for first place. */
    private static NameType majority(Map<NameType, Integer> v) {
        if (v == null) return null;
        NameType best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<NameType, Integer> e : v.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) tie = true;
        }
        return tie ? null : best;
    }

    private static String key(String[] w, int start, int end) {
        return String.join(" ", java.util.Arrays.copyOfRange(w, start, end));
    }

    private static final WordList NOT_NAMES = WordList.load("/entente/nlp/ner/stopwords-capitalised.txt");
    private static final WordList FAITHS = WordList.load("/entente/nlp/ner/faiths.txt");
    private static final WordList NOT_NAMES_ALONE = WordList.load("/entente/nlp/ner/not-names-alone.txt");
    private static final WordList CAPTION_LABELS = WordList.load("/entente/nlp/ner/caption-labels.txt");

    private static boolean hasLetterOrDigit(String w) { return w.chars().anyMatch(Character::isLetterOrDigit); }

    /**
     * Whether a span can be a name: within a sentence any capitalised word can, but at the start of a sentence (or of
     * a quote) a span needs a proper noun or an acronym, which "Luckily" or "Furthermore" has not.
     */
    private static boolean looksLikeName(Sentence s, int start, int end) {
        if (!opensSentence(s, start)) return true;
        for (int i = start; i < end; i++) {
            Token t = s.tokens().get(i);
            if (t.isProperNoun() || t.text().length() > 1 && t.text().equals(t.text().toUpperCase())
                && hasLetterOrDigit(t.text())) return true;
        }
        return false;
    }

    /**
     * Whether the token opens the sentence (or its first quote) with a capital letter that makes no name of it: an
     * auxiliary that opens a question ("Will Red Hat survive?", where "Will Smith said" keeps his name) or a
     * participle ("Saying Rocky Linux is ready"). Conjunctions and adverbs that open sentences ("Though", "Unlike")
     * are in the word list of {@code NOT_NAMES}: the tagger's part of speech alone would take unknown first names
     * ("Sophie", "Howard" came out adverbs).
     */
    private static boolean opensSentenceNotName(Sentence s, int i) {
        if (!opensSentence(s, i)) return false;
        Token t = s.tokens().get(i);
        return switch (t.pos()) {
            case "AUX" -> s.tokens().get(s.tokens().size() - 1).text().equals("?");
            case "VERB" -> t.text().endsWith("ing") && NewsLemmatizer.shared().knows(t.text().toLowerCase(Locale.ROOT), "VERB");
            default -> false;
        };
    }

    /** Whether no word comes before token {@code i} in its sentence (only quotes or brackets, if anything). */
    private static boolean opensSentence(Sentence s, int i) {
        for (int k = 0; k < i; k++) if (hasLetterOrDigit(s.tokens().get(k).text())) return false;
        return true;
    }

    private static boolean isPossessive(String w) { return w.equals("'s") || w.equals("\u2019s") || w.equals("'"); }

    private static List<Cand> sorted(List<Cand> c) {
        List<Cand> out = new ArrayList<>(c);
        out.sort(Comparator.comparingInt(Cand::start));
        return out;
    }
}
