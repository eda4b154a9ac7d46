package entente.extract.actor;

import entente.extract.Actor;
import entente.extract.ActorMention;
import entente.extract.ActorType;
import entente.extract.PostHolding;
import entente.kg.Iris;
import entente.nlp.NameFinder;
import entente.nlp.NameSpan;
import entente.nlp.NameType;
import entente.nlp.Sentence;
import entente.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the actors of an article and every mention of them: names from the name finder and the lexicon, posts from
 * titles and appositions ("Chinese President Xi Jinping", "Qin Gang, the foreign minister of China,"), surnames
 * resolved to the full name given elsewhere in the article, descriptions resolved to the holder of the post they
 * name ("America's top diplomat"), unnamed office holders as role-only persons ("China's defence minister"),
 * capitals as metonyms for their state ("Beijing insisted") and demonym nouns ("urged the Chinese").
 *
 * <p>Thread-safe: all state lives in one call.
 */
public final class ActorExtractor {
    /** What one article yields. */
    public record Result(List<Actor> actors, List<ActorMention> mentions, List<PostHolding> posts) {}

    private static final Set<String> COMPANY_SUFFIXES = Set.of("corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "co.", "group", "company");

    private final NameFinder names;
    private final Lexicon lexicon;

    public ActorExtractor(NameFinder names, Lexicon lexicon) {
        this.names = names;
        this.lexicon = lexicon;
    }

    /** The actors, mentions and posts of an article's sentences. */
    public Result extract(List<Sentence> sentences, java.time.LocalDate published) {
        ActorTable table = new ActorTable(sentences);
        List<PersonName> persons = new ArrayList<>();
        for (Sentence s : sentences) {
            knownNames(s, table);
            foundNames(s, table, persons);
        }
        PersonNames people = PersonNames.resolve(persons);
        for (PersonName p : persons) {
            String id = people.idOf(p);
            table.actor(id, people.fullName(id), ActorType.PERSON, null, null);
            table.mention(id, p.sentence(), p.from(), p.to());
        }
        for (Sentence s : sentences) people.findRepeats(s, table);
        Posts posts = new Posts(lexicon, table, sentences);
        for (ActorMention m : table.sortedMentions()) {
            if (table.get(m.actorId()) != null && table.get(m.actorId()).type == ActorType.PERSON) posts.around(m);
        }
        for (Sentence s : sentences) posts.descriptions(s);
        for (Sentence s : sentences) demonymNouns(s, table);
        Pronouns.resolve(sentences, table);
        posts.settleCountries();
        addCountriesReferred(table);
        return new Result(table.actors(), table.sortedMentions(), List.copyOf(table.posts()));
    }

    /** The country of every actor is described too, so the article's graph is complete on its own. */
    private void addCountriesReferred(ActorTable table) {
        List<String> codes = new ArrayList<>();
        for (ActorTable.Entry e : table.entries()) if (e.countryCode != null) codes.add(e.countryCode);
        for (String code : codes) {
            lexicon.byId("country/" + code).ifPresent(c -> table.actor(c.actorId(), c.name(), c.type(), c.countryCode(), c.wikidata()));
        }
    }

    /** Countries, capitals, organisations and places from the lexicon. */
    private void knownNames(Sentence s, ActorTable table) {
        for (Lexicon.Hit hit : lexicon.names(s)) {
            if (!table.isFree(s.index(), hit.from(), hit.to())) continue;
            table.actor(hit.actorId(), hit.name(), hit.type(), hit.countryCode(), hit.wikidata());
            table.mention(hit.actorId(), s.index(), hit.from(), hit.to());
        }
    }

    /** Names from the statistical finder that the lexicon does not know: persons, organisations, places. */
    private void foundNames(Sentence s, ActorTable table, List<PersonName> persons) {
        for (NameSpan span : names.find(s)) {
            int from = span.tokenStart(), to = span.tokenEnd();
            // A known name at either edge ("US" in "US Secretary of State Antony Blinken") is trimmed, not fatal.
            while (from < to && !table.isFree(s.index(), from, from + 1)) from++;
            while (to > from && !table.isFree(s.index(), to - 1, to)) to--;
            if (from >= to || !table.isFree(s.index(), from, to)) continue;
            if (span.type() == NameType.PER) {
                from = stripTitles(s, from, to);
                while (to > from && !isNameToken(s.tokens().get(to - 1))) to--;
                if (from < to) persons.add(new PersonName(s.index(), from, to, s.coveredText(from, to)));
                continue;
            }
            String text = s.coveredText(from, to).replace('\u2019', '\'');
            if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))) continue;
            if (span.type() == NameType.ORG) {
                String last = s.tokens().get(to - 1).text().toLowerCase(Locale.ROOT);
                ActorType type = COMPANY_SUFFIXES.contains(last) ? ActorType.COMPANY : ActorType.ORGANIZATION;
                String id = "org/" + Iris.slug(text);
                table.actor(id, text, type, null, null);
                table.mention(id, s.index(), from, to);
            } else {
                String id = "place/" + Iris.slug(text);
                table.actor(id, text, ActorType.PLACE, null, null);
                table.mention(id, s.index(), from, to);
            }
        }
    }

    /** Skips leading posts and honorifics the finder included in a person's span ("President Joe Biden"). */
    private int stripTitles(Sentence s, int from, int to) {
        boolean moved = true;
        while (moved && from < to - 1) {
            moved = false;
            if (lexicon.isHonorific(s.tokens().get(from).text())) {
                from++;
                moved = true;
                continue;
            }
            for (int len = Math.min(lexicon.longestPost(), to - from - 1); len >= 1; len--) {
                if (lexicon.post(Posts.words(s, from, from + len)).isPresent()) {
                    from += len;
                    moved = true;
                    break;
                }
            }
        }
        return from;
    }

    private static boolean isNameToken(Token t) {
        return !t.text().isEmpty() && Character.isLetter(t.text().charAt(0)) && !t.text().equals("'s");
    }

    /** "urged the Chinese to free ...": a demonym used as a noun names its country. */
    private void demonymNouns(Sentence s, ActorTable table) {
        List<Token> ts = s.tokens();
        for (int i = 1; i < ts.size(); i++) {
            if (!ts.get(i - 1).text().equalsIgnoreCase("the") || !table.isFree(s.index(), i, i + 1)) continue;
            Optional<Lexicon.Hit> country = lexicon.demonym(ts.get(i).text());
            if (country.isEmpty()) continue;
            Token next = i + 1 < ts.size() ? ts.get(i + 1) : null;
            boolean noun = next == null || !(next.pos().equals("NOUN") || next.pos().equals("PROPN") || next.pos().equals("ADJ"));
            if (!noun) continue;
            Lexicon.Hit c = country.get();
            table.actor(c.actorId(), c.name(), c.type(), c.countryCode(), c.wikidata());
            table.mention(c.actorId(), s.index(), i - 1, i + 1);
        }
    }
}
