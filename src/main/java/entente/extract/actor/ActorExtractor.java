package entente.extract.actor;

import entente.extract.Actor;
import entente.extract.ActorMention;
import entente.extract.ActorType;
import entente.extract.PostHolding;
import entente.extract.StateAgents;
import entente.kg.Iris;
import entente.nlp.ner.DocumentNameFinder;
import entente.nlp.NameSpan;
import entente.nlp.NameType;
import entente.nlp.Sentence;
import entente.nlp.Token;
import entente.nlp.ner.NameCues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

    private final DocumentNameFinder names;
    private final Lexicon lexicon;

    /** @param names finds the names of a whole article at once, so a person once is a person throughout */
    public ActorExtractor(DocumentNameFinder names, Lexicon lexicon) {
        this.names = names;
        this.lexicon = lexicon;
    }

    /** The actors, mentions and posts of an article's sentences. */
    public Result extract(List<Sentence> sentences, java.time.LocalDate published) {
        ActorTable table = new ActorTable(sentences);
        List<PersonName> persons = new ArrayList<>();
        List<List<NameSpan>> found = names.findAll(sentences);
        for (Sentence s : sentences) {
            knownNames(s, table, found.get(s.index()));
            stateAgents(s, table);
            titledPersons(s, table, persons);
            for (NameSpan span : found.get(s.index())) {
                if (span.type() == NameType.PER) person(s, span.tokenStart(), span.tokenEnd(), table, persons);
            }
        }
        for (Sentence s : sentences) for (NameSpan span : found.get(s.index())) coordinatedPersons(s, span, table, persons);
        PersonNames people = PersonNames.resolve(persons);
        for (PersonName p : persons) {
            String id = people.idOf(p);
            if (!table.isFree(p.sentence(), p.from(), p.to())) continue;
            table.actor(id, people.fullName(id), ActorType.PERSON, null, null);
            table.mention(id, p.sentence(), p.from(), p.to());
        }
        // Titles and appositions first, so their words are not read as organisations ("State" of "Secretary of State").
        Posts posts = new Posts(lexicon, table, sentences);
        postsAround(posts, table);
        // Organisations and places after persons: a name that is a person elsewhere in the article is a person here.
        for (Sentence s : sentences) for (NameSpan span : found.get(s.index())) if (span.type() != NameType.PER) other(s, span, table, people);
        for (Sentence s : sentences) people.findRepeats(s, table);
        postsAround(posts, table);
        for (Sentence s : sentences) posts.descriptions(s);
        for (Sentence s : sentences) demonymNouns(s, table);
        Pronouns.resolve(sentences, table);
        posts.settleCountries();
        addCountriesReferred(table);
        return new Result(table.actors(), table.sortedMentions(), List.copyOf(table.posts()));
    }

    private static void postsAround(Posts posts, ActorTable table) {
        for (ActorMention m : table.sortedMentions()) {
            if (table.get(m.actorId()) != null && table.get(m.actorId()).type == ActorType.PERSON) posts.around(m);
        }
    }

    /** The country of every actor is described too, so the article's graph is complete on its own. */
    private void addCountriesReferred(ActorTable table) {
        List<String> codes = new ArrayList<>();
        for (ActorTable.Entry e : table.entries()) if (e.countryCode != null) codes.add(e.countryCode);
        for (String code : codes) {
            lexicon.byId("country/" + code).ifPresent(c -> table.actor(c.actorId(), c.name(), c.type(), c.countryCode(), c.wikidata()));
        }
    }

    /**
     * Countries, capitals, organisations and places from the lexicon, but not a place (a country stays) that ends the
     * name of an organisation the finder found ("University of California").
     */
    private void knownNames(Sentence s, ActorTable table, List<NameSpan> spans) {
        for (Lexicon.Hit hit : lexicon.names(s)) {
            if (!table.isFree(s.index(), hit.from(), hit.to()) || endsOrganisation(hit, spans)) continue;
            table.actor(hit.actorId(), hit.name(), hit.type(), hit.countryCode(), hit.wikidata());
            table.mention(hit.actorId(), s.index(), hit.from(), hit.to());
        }
    }

    /**
     * A post or honorific followed by capitalised proper nouns is a person, whatever the statistical finder said:
     * "Secretary of State Antony Blinken", "CIA Director William Burns", "President Xi".
     */
    private void titledPersons(Sentence s, ActorTable table, List<PersonName> persons) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (!Character.isUpperCase(ts.get(i).text().charAt(0))) continue;
            int after = -1;
            // The longest post first ("Secretary of State"), else an honorific ("Mr.", "Secretary").
            boolean mayStartPost = lexicon.mayStartPost(Posts.word(ts.get(i)));
            for (int len = Math.min(lexicon.longestPost(), ts.size() - i); mayStartPost && len >= 1 && after < 0; len--) {
                if (lexicon.post(Posts.words(s, i, i + len)).isPresent()) after = i + len;
            }
            if (after < 0 && lexicon.isHonorific(ts.get(i).text())) after = i + 1;
            if (after < 0) continue;
            int end = after;
            // "Mr. Chavez Thursday accused": a weekday after the name is no part of it.
            while (end < ts.size() && end - after < 4 && isCapitalisedName(ts.get(end)) && table.isFree(s.index(), end, end + 1)
                    && !(end > after && NameCues.isWeekday(ts.get(end).text()))) end++;
            if (end > after) end = withRegnalNumber(s, table, end);
            if (end > after) {
                persons.add(new PersonName(s.index(), after, end, s.coveredText(after, end)));
                i = end - 1;
            }
        }
    }

    private static final Pattern REGNAL = Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

    private static boolean endsOrganisation(Lexicon.Hit hit, List<NameSpan> spans) {
        if (hit.type() != ActorType.PLACE) return false;
        for (NameSpan n : spans) {
            if (n.type() == NameType.ORG && n.tokenStart() < hit.from() && n.tokenEnd() == hit.to()) return true;
        }
        return false;
    }

    /**
     * The end of a name ending before token {@code end}, moved past a Roman numeral of two letters or more
     * ("Elizabeth II", "Benedict XVI") that nothing else claims.
     */
    private static int withRegnalNumber(Sentence s, ActorTable table, int end) {
        if (end >= s.size()) return end;
        String w = s.tokens().get(end).text();
        return w.length() >= 2 && REGNAL.matcher(w).matches() && table.isFree(s.index(), end, end + 1) ? end + 1 : end;
    }

    private static boolean isCapitalisedName(Token t) {
        return t.pos().equals("PROPN") && Character.isUpperCase(t.text().charAt(0)) && !t.text().equals(t.text().toUpperCase(Locale.ROOT));
    }

    /**
     * "Blinken and Qin Gang" taken for one organisation: when one part of a coordination is a person named elsewhere
     * in the article, every proper-noun part is a person.
     */
    private void coordinatedPersons(Sentence s, NameSpan span, ActorTable table, List<PersonName> persons) {
        if (span.type() == NameType.PER) return;
        List<int[]> parts = new ArrayList<>();
        int partStart = span.tokenStart();
        for (int i = span.tokenStart(); i <= span.tokenEnd(); i++) {
            boolean boundary = i == span.tokenEnd() || s.tokens().get(i).text().equals(",") || s.tokens().get(i).text().equalsIgnoreCase("and");
            if (!boundary) continue;
            if (partStart < i) parts.add(new int[] {partStart, i});
            partStart = i + 1;
        }
        if (parts.size() < 2) return;
        java.util.Set<String> known = new java.util.HashSet<>();
        for (PersonName p : persons) {
            known.add(p.text());
            known.addAll(List.of(p.parts()));
        }
        boolean anyKnown = parts.stream().anyMatch(p -> known.contains(s.coveredText(p[0], p[1])));
        if (!anyKnown) return;
        for (int[] p : parts) {
            boolean names = table.isFree(s.index(), p[0], p[1]);
            for (int i = p[0]; i < p[1] && names; i++) names = isCapitalisedName(s.tokens().get(i));
            if (names) persons.add(new PersonName(s.index(), p[0], p[1], s.coveredText(p[0], p[1])));
        }
    }

    /** A person span from the finder, titles and trailing punctuation trimmed. */
    private void person(Sentence s, int from, int to, ActorTable table, List<PersonName> persons) {
        while (from < to && !table.isFree(s.index(), from, from + 1)) from++;
        while (to > from && !table.isFree(s.index(), to - 1, to)) to--;
        if (from >= to || !table.isFree(s.index(), from, to)) return;
        from = stripTitles(s, from, to);
        // A name does not end in a lower-case word ("Steve Scalise of" when "Louisiana" is a place); a hyphenated one
        // ("Chan" "-" "o-cha"), "al-Baghdadi" and scripts without case can.
        while (to > from && !isNameEnd(s.tokens().get(to - 1))) to--;
        if (from >= to) return;
        to = withRegnalNumber(s, table, to);
        for (PersonName p : persons) if (p.sentence() == s.index() && p.from() < to && from < p.to()) return; // already found by title
        persons.add(new PersonName(s.index(), from, to, s.coveredText(from, to)));
    }

    /** "every Democrat", "any Republican": a member of a group, whoever it is, not an actor. */
    private static final Set<String> QUANTIFIERS = Set.of("every", "each", "any", "no");

    /**
     * An organisation or place from the finder that the lexicon does not know. Parts that are persons of the article
     * ("Blinken and Wang") become person mentions; a lone upper-case line ("INTERNATIONAL") is a section label.
     */
    private void other(Sentence s, NameSpan span, ActorTable table, PersonNames people) {
        int from = span.tokenStart(), to = span.tokenEnd();
        // A known name at either edge ("US" in "US Defence") is trimmed, not fatal.
        while (from < to && (!table.isFree(s.index(), from, from + 1) || !isNameToken(s.tokens().get(from)))) from++;
        while (to > from && !table.isFree(s.index(), to - 1, to)) to--;
        if (from >= to || !table.isFree(s.index(), from, to)) return;
        if (s.size() == to - from && s.text().equals(s.text().toUpperCase(Locale.ROOT))) return;
        if (from > 0 && QUANTIFIERS.contains(s.tokens().get(from - 1).text().toLowerCase(Locale.ROOT))) return;
        from = stripTitles(s, from, to);
        if (startsPost(s, from, to)) return; // "Defence" of "Defence Secretary"
        // Split coordinations and check each part against the article's persons.
        boolean anyPerson = false;
        int partStart = from;
        for (int i = from; i <= to; i++) {
            boolean boundary = i == to || s.tokens().get(i).text().equals(",") || s.tokens().get(i).text().equalsIgnoreCase("and");
            if (!boundary) continue;
            String personId = partStart < i ? people.personNamed(s.coveredText(partStart, i)) : null;
            if (personId != null) {
                table.mention(personId, s.index(), partStart, i);
                anyPerson = true;
            }
            partStart = i + 1;
        }
        if (anyPerson || !table.isFree(s.index(), from, to)) return;
        String text = s.coveredText(from, to).replace('\u2019', '\'');
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))) return;
        // "the Iraqi Foreign Minister": a lone demonym is a nationality, not an organisation or a place.
        if (to - from == 1 && lexicon.demonym(s.tokens().get(from).text()).isPresent()) return;
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

    /** True when the words at {@code from} begin a post phrase that runs past the span or fills it. */
    private boolean startsPost(Sentence s, int from, int to) {
        if (!lexicon.mayStartPost(Posts.word(s.tokens().get(from)))) return false;
        for (int len = Math.min(lexicon.longestPost(), s.size() - from); len >= 1; len--) {
            if (lexicon.post(Posts.words(s, from, from + len)).isPresent() && from + len >= to) return true;
        }
        return false;
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
            if (!lexicon.mayStartPost(Posts.word(s.tokens().get(from)))) break;
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

    /** A word that can end a person's name: a name token, and no lower-case word standing alone. */
    private static boolean isNameEnd(Token t) {
        String w = t.text();
        boolean lowerWord = w.indexOf('-') < 0 && w.codePoints().anyMatch(Character::isLowerCase)
                && w.codePoints().noneMatch(Character::isUpperCase);
        return isNameToken(t) && !lowerWord;
    }

    private static boolean isNameToken(Token t) {
        return !t.text().isEmpty() && Character.isLetter(t.text().charAt(0)) && !t.text().equals("'s");
    }

    /** "British officials accused Iran": a demonym before those who act for a state names that state. */
    private void stateAgents(Sentence s, ActorTable table) {
        List<Token> ts = s.tokens();
        for (int i = 0; i + 1 < ts.size(); i++) {
            if (!StateAgents.contains(ts.get(i + 1).text()) || !table.isFree(s.index(), i, i + 1)) continue;
            Optional<Lexicon.Hit> country = lexicon.demonym(ts.get(i).text());
            if (country.isEmpty()) continue;
            Lexicon.Hit c = country.get();
            table.actor(c.actorId(), c.name(), c.type(), c.countryCode(), c.wikidata());
            table.mention(c.actorId(), s.index(), i, i + 1);
        }
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
