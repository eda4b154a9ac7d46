package entente.nlp.gazetteer;

import entente.EntenteException;
import entente.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's gazetteers: countries and territories, organisations, places, posts, government body kinds and
 * titles, read from the data files under {@code /entente/gazetteer/} on the classpath (see the README there).
 *
 * <pre>
 *   Gazetteer g = Gazetteer.shared();
 *   g.countryByName("U.S.").map(CountryEntry::actorId);     // Optional[country/USA]
 *   g.postByPhrase("top diplomat").map(PostEntry::key);     // Optional[foreign-minister]
 * </pre>
 *
 * <p>Lookups by name are case-sensitive (so "US" is not "us") but ignore dots, curly apostrophes and a leading
 * "the". Lookups of posts and body phrases ignore case.
 *
 * <p>Immutable, so safe to share between threads; {@link #shared()} loads the files once per process.
 */
public final class Gazetteer {
    private static final String DIR = "/entente/gazetteer/";

    private static final class Holder { static final Gazetteer SHARED = new Gazetteer(); }

    /** A name in the name matcher: the entry, how it was named, and whether the name needs more evidence. */
    record Candidate(GazetteerEntry entry, HitKind kind, boolean ambiguous) {}

    private final List<CountryEntry> countries;
    private final Map<String, CountryEntry> byCode = new HashMap<>();
    private final Map<String, CountryEntry> byName = new HashMap<>();
    private final Map<String, CountryEntry> byDemonym = new HashMap<>();
    private final Map<String, CountryEntry> byCapital = new HashMap<>();
    private final Set<String> pluralDemonyms = new HashSet<>();
    private final List<OrganisationEntry> organisations;
    private final Map<String, OrganisationEntry> organisationById = new HashMap<>();
    private final Map<String, OrganisationEntry> organisationByName = new HashMap<>();
    private final Map<String, OrganisationEntry> bodyOfCountry = new HashMap<>();
    private final List<PlaceEntry> places;
    private final Map<String, PlaceEntry> placeByName = new HashMap<>();
    private final List<PostEntry> posts;
    private final Map<String, PostEntry> postByKey = new HashMap<>();
    private final List<BodyKind> bodyKinds;
    private final List<String> titles;
    private final TokenMatcher<Candidate> nameMatcher;
    private final TokenMatcher<CountryEntry> demonymMatcher;
    private final TokenMatcher<PostEntry> postMatcher;
    private final TokenMatcher<BodyKind> bodyMatcher;
    private final TokenMatcher<String> titleMatcher;

    private Gazetteer() {
        countries = TsvTable.read(DIR + "countries.tsv").stream().map(Gazetteer::country).toList();
        organisations = TsvTable.read(DIR + "organisations.tsv").stream().map(Gazetteer::organisation).toList();
        places = TsvTable.read(DIR + "places.tsv").stream().map(Gazetteer::place).toList();
        posts = TsvTable.read(DIR + "posts.tsv").stream().map(Gazetteer::post).toList();
        bodyKinds = TsvTable.read(DIR + "bodies.tsv").stream()
                .map(r -> new BodyKind(r.required("key"), r.required("label"), r.required("lowercase").equals("yes"),
                        r.list("phrases"))).toList();
        titles = TsvTable.readLines(DIR + "titles.txt");

        TokenMatcher.Builder<Candidate> names = TokenMatcher.builder(true);
        TokenMatcher.Builder<CountryEntry> demonyms = TokenMatcher.builder(true);
        // Earlier additions win ties of equal length, so countries come before organisations, places and capitals.
        for (CountryEntry c : countries) {
            putUnique(byCode, c.iso3(), c, "code");
            putUnique(byCode, c.iso2(), c, "code");
            for (String n : c.allNames()) {
                putUnique(byName, Names.key(n), c, "country name");
                names.add(n, new Candidate(c, HitKind.COUNTRY, c.isAmbiguous(n)));
            }
            for (String d : c.demonyms()) {
                putUnique(byDemonym, Names.key(d), c, "demonym");
                demonyms.add(d, c);
                String plural = plural(d);
                if (plural != null && byDemonym.putIfAbsent(Names.key(plural), c) == null) {
                    pluralDemonyms.add(Names.key(plural));
                    demonyms.add(plural, c);
                }
            }
        }
        for (OrganisationEntry o : organisations) {
            putUnique(organisationById, o.id(), o, "organisation id");
            if (o.bodyKind() != null && o.countryIso3() != null) {
                putUnique(bodyOfCountry, o.countryIso3() + "/" + o.bodyKind(), o, "body of country");
            }
            for (String n : withAliases(o.name(), o.aliases())) {
                putUnique(organisationByName, Names.key(n), o, "organisation name");
                names.add(n, new Candidate(o, HitKind.ORGANISATION, o.isAmbiguous(n)));
            }
        }
        for (PlaceEntry p : places) {
            for (String n : withAliases(p.name(), p.aliases())) {
                putUnique(placeByName, Names.key(n), p, "place name");
                names.add(n, new Candidate(p, HitKind.PLACE, false));
            }
        }
        for (CountryEntry c : countries) {
            for (String capital : c.capitals()) {
                putUnique(byCapital, Names.key(capital), c, "capital");
                names.add(capital, new Candidate(c, HitKind.CAPITAL, c.isAmbiguous(capital)));
            }
        }
        TokenMatcher.Builder<PostEntry> postPhrases = TokenMatcher.builder(false);
        for (PostEntry p : posts) {
            putUnique(postByKey, p.key(), p, "post key");
            for (String phrase : p.phrases()) postPhrases.add(phrase, p);
        }
        TokenMatcher.Builder<BodyKind> bodyPhrases = TokenMatcher.builder(false);
        for (BodyKind b : bodyKinds) for (String phrase : b.phrases()) bodyPhrases.add(phrase, b);
        TokenMatcher.Builder<String> titleWords = TokenMatcher.builder(true);
        for (String t : titles) titleWords.add(t, t);

        nameMatcher = names.build();
        demonymMatcher = demonyms.build();
        postMatcher = postPhrases.build();
        bodyMatcher = bodyPhrases.build();
        titleMatcher = titleWords.build();
    }

    /** The process-wide gazetteer; the files are read on first call. */
    public static Gazetteer shared() { return Holder.SHARED; }

    // ---- countries

    /** Every country and territory, in code order. */
    public List<CountryEntry> countries() { return countries; }

    /** The country with this alpha-3 or alpha-2 code, in any case ("CHN", "cn"). */
    public Optional<CountryEntry> countryByCode(String code) {
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The country with this name or short name: "United States", "the U.S.", "America", "People’s Republic of China". */
    public Optional<CountryEntry> countryByName(String name) { return Optional.ofNullable(byName.get(Names.key(name))); }

    /** The country of this demonym or adjective, singular or plural: "Chinese", "British", "Americans". */
    public Optional<CountryEntry> countryByDemonym(String demonym) {
        return Optional.ofNullable(byDemonym.get(Names.key(demonym)));
    }

    /** The country whose capital or seat of government this is: "Beijing", "Washington". */
    public Optional<CountryEntry> countryByCapital(String capital) {
        return Optional.ofNullable(byCapital.get(Names.key(capital)));
    }

    /** The country this word or phrase stands for in any way: name, demonym or capital ("Britain", "British", "London"). */
    public Optional<CountryEntry> countryByAnyName(String mention) {
        return countryByName(mention).or(() -> countryByDemonym(mention)).or(() -> countryByCapital(mention));
    }

    /** True for a plural demonym ("Americans"), which is always a noun. */
    public boolean isPluralDemonym(String demonym) { return pluralDemonyms.contains(Names.key(demonym)); }

    // ---- organisations, bodies and places

    public List<OrganisationEntry> organisations() { return organisations; }

    /** The organisation with this name or alias: "NATO", "State Department", "the Pentagon". */
    public Optional<OrganisationEntry> organisationByName(String name) {
        return Optional.ofNullable(organisationByName.get(Names.key(name)));
    }

    /** The organisation with this actor id ("org/nato"). */
    public Optional<OrganisationEntry> organisationById(String id) { return Optional.ofNullable(organisationById.get(id)); }

    public List<BodyKind> bodyKinds() { return bodyKinds; }

    /** The kind of government body this phrase names, ignoring case: "Foreign Ministry", "ministry of defence". */
    public Optional<BodyKind> bodyKindByPhrase(String phrase) { return postLike(bodyMatcher, phrase); }

    /**
     * The government body of this kind for this country: the listed one when there is one (the State Department
     * is the US foreign ministry), else "org/&lt;iso3&gt;-&lt;kind&gt;" named "&lt;label&gt; of &lt;country&gt;".
     */
    public OrganisationEntry body(CountryEntry country, BodyKind kind) {
        OrganisationEntry listed = bodyOfCountry.get(country.iso3() + "/" + kind.key());
        if (listed != null) return listed;
        return new OrganisationEntry("org/" + country.iso3().toLowerCase(Locale.ROOT) + "-" + kind.key(),
                kind.label() + " of " + country.name(), OrganisationEntry.Type.GOVERNMENT, country.iso3(), List.of(),
                null, kind.key(), Set.of());
    }

    public List<PlaceEntry> places() { return places; }

    /** The place with this name or alias: "South China Sea", "Gaza". */
    public Optional<PlaceEntry> placeByName(String name) { return Optional.ofNullable(placeByName.get(Names.key(name))); }

    // ---- posts and titles

    public List<PostEntry> posts() { return posts; }

    /** The normalised post this phrase denotes, ignoring case: "Secretary of State", "top diplomat", "PM". */
    public Optional<PostEntry> postByPhrase(String phrase) { return postLike(postMatcher, phrase); }

    /** False only when no post phrase starts with this word ("top" may start one, "ship" cannot). */
    public boolean mayStartPost(String word) { return postMatcher.mayStartWith(word); }

    /** The post with this key ("foreign-minister"). */
    public Optional<PostEntry> postByKey(String key) { return Optional.ofNullable(postByKey.get(key)); }

    /** Honorifics and titles stripped from the front of names ("Mr.", "President", "Gen."). */
    public List<String> titles() { return titles; }

    /** True when the phrase is a title, as written ("President", "Dr."). */
    public boolean isTitle(String phrase) { return !titleMatcher.get(phrase).isEmpty(); }

    // ---- matching over tokens

    /** The longest post phrase starting at token {@code from}: "Secretary of State", "top diplomat". */
    public Optional<TokenMatcher.Match<PostEntry>> postAt(List<Token> tokens, int from) {
        return postMatcher.longestAt(tokens, from);
    }

    /** The longest title starting at token {@code from}: "Prime Minister", "Gen.". */
    public Optional<TokenMatcher.Match<String>> titleAt(List<Token> tokens, int from) {
        return titleMatcher.longestAt(tokens, from);
    }

    /** The longest demonym starting at token {@code from}: "Chinese", "South African". */
    public Optional<TokenMatcher.Match<CountryEntry>> demonymAt(List<Token> tokens, int from) {
        return demonymMatcher.longestAt(tokens, from);
    }

    /** The longest body phrase starting at token {@code from}, ignoring case: "Ministry of Foreign Affairs". */
    public Optional<TokenMatcher.Match<BodyKind>> bodyKindAt(List<Token> tokens, int from) {
        return bodyMatcher.longestAt(tokens, from);
    }

    /** The longest country, capital, organisation or place name starting at token {@code from}. */
    Optional<TokenMatcher.Match<Candidate>> nameAt(List<Token> tokens, int from) {
        return nameMatcher.longestAt(tokens, from);
    }

    /** True when the word alone is a country, capital, organisation or place name. */
    boolean isName(String word) { return !nameMatcher.get(word).isEmpty(); }

    // ---- reading

    private static CountryEntry country(TsvTable.Row r) {
        String iso3 = r.required("iso3");
        String iso2 = r.required("iso2");
        if (!iso3.matches("[A-Z]{3}") || !iso2.matches("[A-Z]{2}")) {
            throw new EntenteException(r.file() + " line " + r.line() + ": bad code " + iso3 + "/" + iso2);
        }
        CountryEntry.Kind kind = CountryEntry.Kind.valueOf(r.required("kind").toUpperCase(Locale.ROOT));
        return new CountryEntry(iso3, iso2, r.required("name"), kind, r.list("names"), r.list("demonyms"),
                r.list("capitals"), r.optional("wikidata"), new HashSet<>(r.list("ambiguous")));
    }

    private static OrganisationEntry organisation(TsvTable.Row r) {
        return new OrganisationEntry("org/" + Names.slug(r.required("id")), r.required("name"),
                OrganisationEntry.Type.of(r.required("type")), r.optional("country"), r.list("aliases"),
                r.optional("wikidata"), r.optional("body"), new HashSet<>(r.list("ambiguous")));
    }

    private static PlaceEntry place(TsvTable.Row r) {
        return new PlaceEntry("place/" + Names.slug(r.required("id")), r.required("name"), r.required("type"),
                r.optional("country"), r.list("aliases"));
    }

    private static PostEntry post(TsvTable.Row r) {
        return new PostEntry(r.required("key"), r.required("label"), r.list("phrases"), r.required("head").equals("yes"));
    }

    private static List<String> withAliases(String name, List<String> aliases) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(name);
        all.addAll(aliases);
        return new ArrayList<>(all);
    }

    /** A regular English plural of a demonym: "American" → "Americans"; none for "Chinese", "British", "Swiss". */
    private static String plural(String demonym) {
        if (demonym.endsWith("ese") || demonym.endsWith("s") || demonym.endsWith("sh") || demonym.endsWith("ch")
                || demonym.endsWith("men") || demonym.contains(" ") && !demonym.matches(".*(an|er|i)$")) {
            return null;
        }
        return demonym + "s";
    }

    /** Exactly this phrase (the whole of it) in a case-insensitive phrase matcher. */
    private static <V> Optional<V> postLike(TokenMatcher<V> matcher, String phrase) {
        List<V> values = matcher.get(phrase);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Data errors that would make lookups silently depend on file order fail loudly instead. */
    private static <V> void putUnique(Map<String, V> map, String key, V value, String what) {
        V old = map.putIfAbsent(key, value);
        if (old != null && !old.equals(value)) {
            throw new EntenteException("gazetteer: " + what + " '" + key + "' is given to both " + describe(old)
                    + " and " + describe(value));
        }
    }

    private static String describe(Object entry) {
        return entry instanceof GazetteerEntry e ? e.actorId() : entry instanceof PostEntry p ? p.key() : entry.toString();
    }
}
