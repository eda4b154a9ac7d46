package entente.extract.actor;

import entente.extract.Actor;
import entente.extract.ActorMention;
import entente.extract.ActorType;
import entente.extract.PostHolding;
import entente.nlp.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors, mentions and posts found so far in one article, and which tokens are already taken by a mention.
 * One instance per article; not thread-safe.
 */
final class ActorTable {
    /** What is known of one actor while the article is read. */
    static final class Entry {
        final String id;
        String name;
        ActorType type;
        String countryCode;
        String wikidata;
        final Set<String> aliases = new LinkedHashSet<>();

        Entry(String id, String name, ActorType type, String countryCode, String wikidata) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.countryCode = countryCode;
            this.wikidata = wikidata;
        }

        Actor toActor() { return new Actor(id, name, type, countryCode, wikidata, List.copyOf(aliases)); }
    }

    private final List<Sentence> sentences;
    private final Map<String, Entry> actors = new LinkedHashMap<>();
    private final List<ActorMention> mentions = new ArrayList<>();
    private final List<PostHolding> posts = new ArrayList<>();
    private final boolean[][] taken;

    ActorTable(List<Sentence> sentences) {
        this.sentences = sentences;
        this.taken = new boolean[sentences.size()][];
        for (Sentence s : sentences) taken[s.index()] = new boolean[s.size()];
    }

    Entry actor(String id, String name, ActorType type, String countryCode, String wikidata) {
        Entry e = actors.computeIfAbsent(id, k -> new Entry(id, name, type, countryCode, wikidata));
        if (e.countryCode == null) e.countryCode = countryCode;
        return e;
    }

    Entry get(String id) { return actors.get(id); }

    Iterable<Entry> entries() { return actors.values(); }

    boolean isFree(int sentence, int from, int to) {
        for (int i = from; i < to; i++) if (taken[sentence][i]) return false;
        return true;
    }

    void take(int sentence, int from, int to) {
        for (int i = from; i < to; i++) taken[sentence][i] = true;
    }

    /** Records a mention of an actor over tokens {@code [from, to)}, and marks them taken. */
    void mention(String actorId, int sentence, int from, int to) {
        Sentence s = sentences.get(sentence);
        String text = s.coveredText(from, to);
        mentions.add(new ActorMention(actorId, sentence, from, to, s.tokens().get(from).start(), s.tokens().get(to - 1).end(), text));
        take(sentence, from, to);
        Entry e = actors.get(actorId);
        // Names and descriptions become aliases; pronouns and "the Chinese" do not.
        if (e != null && !text.equals(e.name) && Character.isUpperCase(text.charAt(0))) e.aliases.add(text.replace('\u2019', '\''));
    }

    void post(PostHolding p) {
        for (PostHolding q : posts) {
            if (q.personId().equals(p.personId()) && q.postKey().equals(p.postKey())
                    && java.util.Objects.equals(q.ofActorId(), p.ofActorId())) return;
        }
        posts.add(p);
    }

    List<PostHolding> posts() { return posts; }

    /** Actors in order of first appearance: those the article mentions, and their countries. */
    List<Actor> actors() {
        Set<String> mentioned = new LinkedHashSet<>();
        for (ActorMention m : sortedMentions()) mentioned.add(m.actorId());
        for (PostHolding p : posts) {
            mentioned.add(p.personId());
            if (p.ofActorId() != null) mentioned.add(p.ofActorId());
        }
        for (String id : List.copyOf(mentioned)) {
            Entry e = actors.get(id);
            if (e != null && e.countryCode != null) mentioned.add("country/" + e.countryCode); // its country, described too
        }
        List<Actor> out = new ArrayList<>();
        for (String id : mentioned) if (actors.containsKey(id)) out.add(actors.get(id).toActor());
        return out;
    }

    /** The mentions in one sentence, in text order. */
    List<ActorMention> mentionsIn(int sentence) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) if (m.sentence() == sentence) out.add(m);
        out.sort(Comparator.comparingInt(ActorMention::tokenStart));
        return out;
    }

    /** The mentions that start at a token, in the order they were made; no sorting, for lookups on the way. */
    List<ActorMention> mentionsStartingAt(int sentence, int token) {
        List<ActorMention> out = new ArrayList<>(2);
        for (ActorMention m : mentions) if (m.sentence() == sentence && m.tokenStart() == token) out.add(m);
        return out;
    }

    List<ActorMention> sortedMentions() {
        List<ActorMention> out = new ArrayList<>(mentions);
        out.sort(Comparator.comparingInt(ActorMention::sentence).thenComparingInt(ActorMention::tokenStart));
        return out;
    }
}
