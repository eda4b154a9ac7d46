package entente.nlp.gazetteer;

import entente.nlp.NameFinder;
import entente.nlp.NameSpan;
import entente.nlp.Sentence;
import entente.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the names the gazetteers know in a tagged sentence: countries and territories, capitals used for their
 * state ("Beijing said"), places, organisations, and government bodies named after a country ("Chinese Ministry of
 * Foreign Affairs", "China's foreign ministry", "Ministry of Defence of Japan").
 *
 * <pre>
 *   GazetteerNameFinder finder = new GazetteerNameFinder(Gazetteer.shared());
 *   for (Sentence s : Pipeline.shared().annotate(text))
 *       for (GazetteerHit hit : finder.lookup(s)) System.out.println(hit.span().text() + " " + hit.actorId());
 * </pre>
 *
 * <p>Matches are the longest at each token, in token order, without overlaps, so "Washington Post" is the
 * newspaper and never the United States. Names marked ambiguous in the data ("Jordan", "Georgia", "Washington")
 * are dropped when the context makes them part of a person's or another name: a title or a capitalised proper
 * noun just before ("Mr. Jordan", "Michael Jordan"), or a capitalised proper noun just after that is neither a
 * known name nor the start of a post ("Jordan Peterson", but not "Jordan Foreign Minister"). Capitals and places
 * followed by such a word are dropped too: "Paris Agreement", "Beijing Olympics", "New York City Health and
 * Hospitals Corporation".
 * Demonyms are adjectives, not names: {@link #demonyms(Sentence)} reports them apart.
 *
 * <p>Thread-safe: it holds only the immutable gazetteer.
 */
public final class GazetteerNameFinder implements NameFinder {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "into", "near", "outside",
            "inside", "across", "around", "via", "throughout", "within", "toward", "towards");

    private final Gazetteer gazetteer;

    public GazetteerNameFinder(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** A finder over {@link Gazetteer#shared()}. */
    public GazetteerNameFinder() { this(Gazetteer.shared()); }

    @Override
    public List<NameSpan> find(Sentence sentence) {
        return lookup(sentence).stream().map(GazetteerHit::span).toList();
    }

    /** The names found, with the entries they denote, in token order, without overlaps. */
    public List<GazetteerHit> lookup(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<GazetteerHit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<GazetteerHit> hit = hitAt(sentence, tokens, i);
            if (hit.isPresent()) {
                hits.add(hit.get());
                i = hit.get().span().tokenEnd();
            } else {
                i++;
            }
        }
        return hits;
    }

    /**
     * Demonyms and national adjectives outside the names {@link #lookup} finds, each with its country:
     * "Chinese" in "Chinese President Xi Jinping", "the Chinese", "Americans".
     */
    public List<DemonymHit> demonyms(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        boolean[] covered = new boolean[tokens.size()];
        for (GazetteerHit h : lookup(sentence)) {
            for (int t = h.span().tokenStart(); t < h.span().tokenEnd(); t++) covered[t] = true;
        }
        List<DemonymHit> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            var m = covered[i] ? Optional.<TokenMatcher.Match<CountryEntry>>empty() : gazetteer.demonymAt(tokens, i);
            if (m.isEmpty() || covered[m.get().end() - 1]) {
                i++;
                continue;
            }
            int end = m.get().end();
            CountryEntry country = m.get().first();
            String text = sentence.coveredText(i, end);
            if (!(country.isAmbiguous(text) && partOfLargerDemonym(tokens, i))) {
                out.add(new DemonymHit(sentence.index(), i, end, text, country, usedAsNoun(tokens, i, end, text)));
            }
            i = end;
        }
        return out;
    }

    /**
     * The longest hit at token {@code i} using only {@code tokens} (a prefix of the sentence). A hit whose last words
     * begin a longer post ("U.S. Treasury" in "U.S. Treasury Secretary") gives way to a shorter one, so the post
     * stays whole for the extractor.
     */
    private Optional<GazetteerHit> hitAt(Sentence sentence, List<Token> tokens, int i) {
        Optional<GazetteerHit> best = longestHitAt(sentence, tokens, i);
        if (best.isEmpty()) return best;
        int end = best.get().span().tokenEnd();
        for (int p = i + 1; p < end; p++) {
            var post = gazetteer.postAt(tokens, p);
            if (post.isPresent() && post.get().end() > end) return hitAt(sentence, tokens.subList(0, p), i);
        }
        return best;
    }

    private Optional<GazetteerHit> longestHitAt(Sentence sentence, List<Token> tokens, int i) {
        Optional<GazetteerHit> body = bodyAt(sentence, tokens, i);
        Optional<GazetteerHit> name = Optional.empty();
        var match = gazetteer.nameAt(tokens, i);
        if (match.isPresent()) {
            Gazetteer.Candidate c = match.get().first();
            int end = match.get().end();
            boolean followed = followedByOtherName(tokens, end);
            boolean city = c.kind() == HitKind.CAPITAL || c.kind() == HitKind.PLACE;
            if (!(c.ambiguous() && (partOfLargerName(tokens, i) || followed) || city && followed)) {
                name = Optional.of(hit(sentence, i, end, c.kind(), c.entry()));
            }
        }
        if (body.isPresent() && (name.isEmpty() || body.get().span().tokenEnd() > name.get().span().tokenEnd())) {
            return body;
        }
        return name;
    }

    /**
     * "&lt;country|demonym&gt; ['s] &lt;body&gt;" ("Chinese Foreign Ministry", "China's foreign ministry") or
     * "&lt;Body&gt; of [the] &lt;country&gt;" ("Ministry of Foreign Affairs of China").
     */
    private Optional<GazetteerHit> bodyAt(Sentence sentence, List<Token> tokens, int i) {
        Optional<CountryEntry> country = Optional.empty();
        int after = i;
        var demonym = gazetteer.demonymAt(tokens, i);
        // An ambiguous country name is fine here: the body after it is the evidence ("Jordan's foreign ministry").
        var name = gazetteer.nameAt(tokens, i).filter(m -> m.first().kind() == HitKind.COUNTRY);
        if (name.isPresent()) {
            country = Optional.of((CountryEntry) name.get().first().entry());
            after = name.get().end();
            if (after < tokens.size() && isPossessive(tokens.get(after).text())) after++;
        } else if (demonym.isPresent() && !gazetteer.isPluralDemonym(sentence.coveredText(i, demonym.get().end()))) {
            country = Optional.of(demonym.get().first());
            after = demonym.get().end();
        }
        if (country.isPresent()) {
            int phrase = after;
            var kind = gazetteer.bodyKindAt(tokens, after)
                    .filter(k -> k.first().lowerCase() || Names.capitalised(tokens.get(phrase).text()));
            if (kind.isPresent()) {
                return Optional.of(hit(sentence, i, kind.get().end(), HitKind.BODY,
                        gazetteer.body(country.get(), kind.get().first())));
            }
            return Optional.empty();
        }
        // The phrase-first form must be capitalised, so "the ministry of defence of ..." in prose is left alone.
        var kind = gazetteer.bodyKindAt(tokens, i).filter(k -> Names.capitalised(tokens.get(i).text()));
        if (kind.isEmpty()) return Optional.empty();
        int of = kind.get().end();
        if (of >= tokens.size() || !tokens.get(of).text().equals("of")) return Optional.empty();
        int at = of + 1;
        if (at < tokens.size() && tokens.get(at).text().equalsIgnoreCase("the")) at++;
        var owner = gazetteer.nameAt(tokens, at).filter(m -> m.first().kind() == HitKind.COUNTRY);
        if (owner.isEmpty()) return Optional.empty();
        return Optional.of(hit(sentence, i, owner.get().end(), HitKind.BODY,
                gazetteer.body((CountryEntry) owner.get().first().entry(), kind.get().first())));
    }

    private static GazetteerHit hit(Sentence sentence, int start, int end, HitKind kind, GazetteerEntry entry) {
        NameSpan span = new NameSpan(sentence.index(), start, end, kind.nameType(), sentence.coveredText(start, end));
        return new GazetteerHit(span, kind, entry, locative(sentence.tokens(), start));
    }

    /** A preposition of place just before the name, or before its article. */
    private static boolean locative(List<Token> tokens, int start) {
        int before = start - 1;
        if (before >= 0 && tokens.get(before).text().equalsIgnoreCase("the")) before--;
        return before >= 0 && PLACE_PREPOSITIONS.contains(tokens.get(before).text().toLowerCase(Locale.ROOT));
    }

    /** A title or a capitalised proper noun just before makes the name part of a person's or another name. */
    private boolean partOfLargerName(List<Token> tokens, int start) {
        if (start == 0) return false;
        Token before = tokens.get(start - 1);
        if (gazetteer.isTitle(before.text())) return true;
        return before.isProperNoun() && Names.capitalised(before.text())
                && !gazetteer.isName(before.text());
    }

    /** A capitalised noun just after, which is neither a known name nor the start of a post, title or body. */
    private boolean followedByOtherName(List<Token> tokens, int end) {
        if (end >= tokens.size()) return false;
        Token next = tokens.get(end);
        // The tagger often calls a capitalised name part a noun: "Paris Agreement".
        boolean nameLike = next.isProperNoun() || next.pos().equals("NOUN");
        if (!nameLike || !Names.capitalised(next.text())) return false;
        return gazetteer.nameAt(tokens, end).isEmpty() && gazetteer.postAt(tokens, end).isEmpty()
                && gazetteer.titleAt(tokens, end).isEmpty() && gazetteer.bodyKindAt(tokens, end).isEmpty();
    }

    /** A demonym is also part of a larger one after a capitalised adjective: "Latin American", "African American". */
    private boolean partOfLargerDemonym(List<Token> tokens, int start) {
        if (partOfLargerName(tokens, start)) return true;
        if (start < 2) return false;
        Token before = tokens.get(start - 1);
        return before.pos().equals("ADJ") && Names.capitalised(before.text());
    }

    /** "Americans", or "the Chinese" not followed by a noun or adjective it modifies. */
    private boolean usedAsNoun(List<Token> tokens, int start, int end, String text) {
        if (gazetteer.isPluralDemonym(text)) return true;
        boolean afterArticle = start > 0 && tokens.get(start - 1).text().equalsIgnoreCase("the");
        if (!afterArticle) return false;
        if (end >= tokens.size()) return true;
        String pos = tokens.get(end).pos();
        return !(pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM"));
    }

    private static boolean isPossessive(String token) {
        return token.equals("'s") || token.equals("\u2019s") || token.equals("'") || token.equals("\u2019");
    }
}
