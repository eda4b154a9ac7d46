package entente.extract.actor;

import entente.extract.ActorMention;
import entente.extract.ActorType;
import entente.extract.PostHolding;
import entente.nlp.Sentence;
import entente.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Posts of persons: from a title before the name ("US Defence Secretary Lloyd Austin"), from an apposition after it
 * ("Qin Gang, the foreign minister of China,"), and from descriptions without a name ("America's top diplomat"),
 * which point to the person holding that post in the article, or else to an unnamed office holder.
 */
final class Posts {
    private static final Set<String> APPOSITION_END = Set.of(",", ";", ".", ")", "(", ":", "\u2014", "\u2013", "--", "\"", "\u201C", "\u201D");

    /** A qualifier of a post: the country or organisation it belongs to, and where its words start. */
    private record Qualifier(String actorId, int from) {}

    private final Lexicon lexicon;
    private final ActorTable table;
    private final List<Sentence> sentences;

    Posts(Lexicon lexicon, ActorTable table, List<Sentence> sentences) {
        this.lexicon = lexicon;
        this.table = table;
        this.sentences = sentences;
    }

    /** Lower-case words of tokens {@code [from, to)}, apostrophes straightened. */
    static List<String> words(Sentence s, int from, int to) {
        List<String> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) out.add(word(s.tokens().get(i)));
        return out;
    }

    /** A token's lower-case word, apostrophes straightened. */
    static String word(Token t) { return t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\''); }

    /** The post named by a title before the person's mention or an apposition after it. */
    void around(ActorMention m) {
        Sentence s = sentences.get(m.sentence());
        // Title before the name.
        for (int len = Math.min(lexicon.longestPost(), m.tokenStart()); len >= 1; len--) {
            int from = m.tokenStart() - len;
            if (!lexicon.mayStartPost(word(s.tokens().get(from)))) continue;
            Optional<Lexicon.Post> post = lexicon.post(words(s, from, m.tokenStart()));
            if (post.isEmpty() || !table.isFree(s.index(), from, m.tokenStart())) continue;
            Qualifier q = qualifierBefore(s, from, 0);
            record(m.actorId(), post.get(), q, s, q != null ? q.from() : from, m.tokenStart());
            table.take(s.index(), from, m.tokenStart());
            break;
        }
        // Apposition after the name: "Wang Yi, China's top diplomat," / "Bill Gates, co-founder of Microsoft Corp.,".
        int e = m.tokenEnd();
        List<Token> ts = s.tokens();
        if (e >= ts.size() || !ts.get(e).text().equals(",")) return;
        int end = e + 1;
        while (end < ts.size() && end - e <= 12 && !APPOSITION_END.contains(ts.get(end).text())
                && !ts.get(end).pos().equals("VERB") && !ts.get(end).pos().equals("AUX")) end++;
        for (int i = e + 1; i < end; i++) {
            if (!lexicon.mayStartPost(word(ts.get(i)))) continue;
            for (int len = Math.min(lexicon.longestPost(), end - i); len >= 1; len--) {
                Optional<Lexicon.Post> post = lexicon.post(words(s, i, i + len));
                if (post.isEmpty()) continue;
                Qualifier q = qualifierBefore(s, i, e + 1);
                if (q == null) q = qualifierAfter(s, i + len);
                record(m.actorId(), post.get(), q, s, e + 1, end);
                table.take(s.index(), i, i + len);
                return;
            }
        }
    }

    /**
     * Posts named without a person: "America's top diplomat" is the person who holds that post in the article;
     * "China's defence minister", held by no named person, is an unnamed office holder of its own.
     */
    void descriptions(Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (!lexicon.mayStartPost(word(ts.get(i)))) continue;
            for (int len = Math.min(lexicon.longestPost(), ts.size() - i); len >= 1; len--) {
                if (!table.isFree(s.index(), i, i + len)) continue;
                Optional<Lexicon.Post> post = lexicon.post(words(s, i, i + len));
                if (post.isEmpty()) continue;
                int end = i + len;
                if (end < ts.size() && ts.get(end).pos().equals("PROPN")) break; // a title before a name the finder missed
                if (isPlural(ts.get(end - 1))) break;
                Qualifier q = qualifierBefore(s, i, 0);
                int textEnd = end;
                if (q == null) {
                    q = qualifierAfter(s, end);
                    if (q != null) textEnd = ofPhraseEnd(s, end);
                }
                if (q == null || !isCountry(q.actorId())) break;
                int from = Math.min(q.from(), i);
                if (from > 0 && ts.get(from - 1).text().equalsIgnoreCase("the")) from--;
                describe(s, post.get(), q, from, textEnd);
                i = textEnd - 1;
                break;
            }
        }
    }

    private void describe(Sentence s, Lexicon.Post post, Qualifier q, int from, int to) {
        String text = s.coveredText(from, to).replace('\u2019', '\'');
        // "met the Iraqi Foreign Minister, Ibrahim al-Jaafari": the name in apposition holds the post.
        String named = personAfterComma(s, to);
        if (named != null) {
            table.post(new PostHolding(named, post.key(), post.label(), q.actorId(), text, s.index()));
            table.mention(named, s.index(), from, to);
            return;
        }
        String holder = holderOf(post, q.actorId());
        if (holder == null) {
            String code = q.actorId().substring(q.actorId().indexOf('/') + 1);
            holder = "role/" + code.toLowerCase(Locale.ROOT) + "/" + post.key();
            String name = text.replaceFirst("(?i)^the ", "");
            table.actor(holder, name, ActorType.PERSON, code, null);
            table.post(new PostHolding(holder, post.key(), post.label(), q.actorId(), text, s.index()));
        }
        table.mention(holder, s.index(), from, to);
    }

    /** The article's person holding this post of this country; "leader" is any head of state or government. */
    private String holderOf(Lexicon.Post post, String ofActorId) {
        for (PostHolding h : table.posts()) {
            if (!ofActorId.equals(h.ofActorId()) || h.personId().startsWith("role/")) continue;
            if (h.postKey().equals(post.key())) return h.personId();
        }
        if (post.headOfState()) {
            for (PostHolding h : table.posts()) {
                if (!ofActorId.equals(h.ofActorId()) || h.personId().startsWith("role/")) continue;
                Optional<Lexicon.Post> p = lexicon.post(List.of(h.postKey().replace('-', ' ')));
                if (p.isPresent() && p.get().headOfState() || h.postKey().equals("president") || h.postKey().equals("prime-minister")) {
                    return h.personId();
                }
            }
        }
        return null;
    }

    private void record(String personId, Lexicon.Post post, Qualifier q, Sentence s, int from, int to) {
        String of = q == null ? null : q.actorId();
        if (of != null && of.startsWith("person/")) of = null; // "Biden's national security adviser": a boss, not a state
        table.post(new PostHolding(personId, post.key(), post.label(), of, s.coveredText(from, to).replace('\u2019', '\''), s.index()));
    }

    /**
     * What the words before a post phrase say it belongs to: "China's", "Chinese", "US", "CIA", possibly with one
     * adjective between ("China's new foreign minister"). Null when nothing does.
     */
    private Qualifier qualifierBefore(Sentence s, int at, int floor) {
        List<Token> ts = s.tokens();
        int i = at;
        if (i - 1 >= floor && ts.get(i - 1).pos().equals("ADJ") && lexicon.demonym(ts.get(i - 1).text()).isEmpty()) i--;
        if (i - 1 < floor) return null;
        Optional<Lexicon.Hit> demonym = lexicon.demonym(ts.get(i - 1).text());
        if (demonym.isPresent()) {
            Lexicon.Hit c = demonym.get();
            table.actor(c.actorId(), c.name(), c.type(), c.countryCode(), c.wikidata());
            return new Qualifier(c.actorId(), i - 1);
        }
        int end = i;
        if (isPossessive(ts.get(i - 1))) end = i - 1;
        for (ActorMention m : table.sortedMentions()) {
            if (m.sentence() == s.index() && m.tokenEnd() == end && m.tokenStart() >= floor) return new Qualifier(m.actorId(), m.tokenStart());
        }
        return null;
    }

    /** The person whose name follows a comma at {@code at}, or null. */
    private String personAfterComma(Sentence s, int at) {
        if (at + 1 >= s.size() || !s.tokens().get(at).text().equals(",")) return null;
        for (ActorMention m : table.mentionsStartingAt(s.index(), at + 1)) {
            if (m.actorId().startsWith("person/")) return m.actorId();
        }
        return null;
    }

    /** "the foreign minister of China": the country or organisation after "of". */
    private Qualifier qualifierAfter(Sentence s, int at) {
        List<Token> ts = s.tokens();
        if (at >= ts.size() || !ts.get(at).text().equalsIgnoreCase("of")) return null;
        int i = at + 1;
        if (i < ts.size() && ts.get(i).text().equalsIgnoreCase("the")) i++;
        for (ActorMention m : table.mentionsStartingAt(s.index(), i)) {
            if (!m.actorId().startsWith("person/")) return new Qualifier(m.actorId(), at);
        }
        return null;
    }

    private int ofPhraseEnd(Sentence s, int at) {
        int i = at + 1;
        if (i < s.size() && s.tokens().get(i).text().equalsIgnoreCase("the")) i++;
        List<ActorMention> there = table.mentionsStartingAt(s.index(), i);
        return there.isEmpty() ? at : there.get(0).tokenEnd();
    }

    /** A person's country follows from the posts the article says they hold. */
    void settleCountries() {
        for (PostHolding p : table.posts()) {
            if (p.ofActorId() == null) continue;
            ActorTable.Entry person = table.get(p.personId());
            ActorTable.Entry of = table.get(p.ofActorId());
            if (person == null || of == null || person.countryCode != null) continue;
            person.countryCode = of.countryCode;
        }
    }

    private static boolean isCountry(String actorId) { return actorId.startsWith("country/"); }

    private static boolean isPossessive(Token t) {
        String w = t.text().replace('\u2019', '\'');
        return w.equals("'s") || w.equals("'");
    }

    private static boolean isPlural(Token t) {
        return t.pos().equals("NOUN") && !t.lemma().isEmpty() && !t.lemma().equalsIgnoreCase(t.text())
                && t.text().toLowerCase(Locale.ROOT).endsWith("s");
    }
}
