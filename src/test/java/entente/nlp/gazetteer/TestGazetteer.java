package entente.nlp.gazetteer;

import static org.junit.jupiter.api.Assertions.*;

import entente.extract.ActorType;
import entente.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestGazetteer {
    private final Gazetteer g = Gazetteer.shared();

    private String iso3(java.util.Optional<CountryEntry> c) { return c.map(CountryEntry::iso3).orElse(null); }

    @Test
    void everyIsoCountryOnceWithValidCodes() {
        List<CountryEntry> countries = g.countries();
        assertTrue(countries.size() >= 249 && countries.size() <= 252, "countries: " + countries.size());
        Set<String> iso3 = new HashSet<>(), iso2 = new HashSet<>();
        for (CountryEntry c : countries) {
            assertTrue(c.iso3().matches("[A-Z]{3}"), c.iso3());
            assertTrue(c.iso2().matches("[A-Z]{2}"), c.iso2());
            assertTrue(iso3.add(c.iso3()), "duplicate " + c.iso3());
            assertTrue(iso2.add(c.iso2()), "duplicate " + c.iso2());
            assertTrue(c.wikidata() == null || c.wikidata().matches("Q[1-9][0-9]*"), c.iso3() + " " + c.wikidata());
            assertFalse(c.name().isBlank());
        }
        assertEquals(CountryEntry.Kind.TERRITORY, g.countryByCode("HKG").orElseThrow().kind());
        assertEquals(ActorType.PLACE, g.countryByCode("HKG").orElseThrow().actorType());
        assertEquals(ActorType.COUNTRY, g.countryByCode("CN").orElseThrow().actorType());
        assertEquals("country/USA", g.countryByCode("us").orElseThrow().actorId());
    }

    @Test
    void countryNamesToleratePunctuationAndArticles() {
        for (String us : List.of("United States", "the United States", "U.S.", "US", "USA", "America",
                "United States of America")) {
            assertEquals("USA", iso3(g.countryByName(us)), us);
        }
        assertEquals("GBR", iso3(g.countryByName("Britain")));
        assertEquals("GBR", iso3(g.countryByName("U.K.")));
        assertEquals("CHN", iso3(g.countryByName("People\u2019s Republic of China")));
        assertEquals("CHN", iso3(g.countryByName("PRC")));
        assertEquals("RUS", iso3(g.countryByName("Russian Federation")));
        assertTrue(g.countryByName("us").isEmpty(), "the pronoun is not the country");
        assertTrue(g.countryByName("Atlantis").isEmpty());
    }

    @Test
    void wellKnownWikidataIds() {
        assertEquals("Q30", g.countryByCode("USA").orElseThrow().wikidata());
        assertEquals("Q148", g.countryByCode("CHN").orElseThrow().wikidata());
        assertEquals("Q865", g.countryByCode("TWN").orElseThrow().wikidata());
        assertEquals("Q7184", g.organisationByName("NATO").orElseThrow().wikidata());
    }

    @Test
    void demonymsAndCapitals() {
        assertEquals("CHN", iso3(g.countryByDemonym("Chinese")));
        assertEquals("GBR", iso3(g.countryByDemonym("British")));
        assertEquals("USA", iso3(g.countryByDemonym("Americans")));
        assertTrue(g.isPluralDemonym("Americans"));
        assertFalse(g.isPluralDemonym("Chinese"));
        assertEquals("CHN", iso3(g.countryByCapital("Beijing")));
        assertEquals("USA", iso3(g.countryByCapital("Washington")));
        assertEquals("RUS", iso3(g.countryByCapital("Moscow")));
        assertTrue(g.countryByCapital("Kremlin").isEmpty(), "the Kremlin is a body, not a capital");
        assertEquals("GBR", iso3(g.countryByAnyName("British")));
        assertEquals("GBR", iso3(g.countryByAnyName("London")));
        assertEquals("org/kremlin", g.organisationByName("the Kremlin").orElseThrow().id());
    }

    @Test
    void organisations() {
        OrganisationEntry state = g.organisationByName("the State Department").orElseThrow();
        assertEquals("org/us-department-of-state", state.id());
        assertEquals("USA", state.countryIso3());
        assertEquals(ActorType.GOVERNMENT_BODY, state.actorType());
        OrganisationEntry post = g.organisationByName("Washington Post").orElseThrow();
        assertEquals(ActorType.COMPANY, post.actorType());
        assertEquals(ActorType.INTERNATIONAL_ORGANIZATION, g.organisationByName("AUKUS").orElseThrow().actorType());
        assertEquals("org/islamic-state", g.organisationByName("Daesh").orElseThrow().id());
        assertEquals("org/microsoft", g.organisationByName("Microsoft Corp.").orElseThrow().id());
        for (OrganisationEntry o : g.organisations()) {
            assertTrue(o.id().matches("org/[a-z0-9]+(-[a-z0-9]+)*"), o.id());
            assertTrue(o.countryIso3() == null || g.countryByCode(o.countryIso3()).isPresent(), o.id());
            assertTrue(o.bodyKind() == null || g.bodyKinds().stream().anyMatch(b -> b.key().equals(o.bodyKind())), o.id());
        }
        for (PlaceEntry p : g.places()) {
            assertTrue(p.id().matches("place/[a-z0-9]+(-[a-z0-9]+)*"), p.id());
            assertTrue(p.countryIso3() == null || g.countryByCode(p.countryIso3()).isPresent(), p.id());
        }
    }

    @Test
    void bodiesOfCountries() {
        BodyKind foreign = g.bodyKindByPhrase("foreign ministry").orElseThrow();
        assertEquals("foreign-ministry", foreign.key());
        OrganisationEntry chinese = g.body(g.countryByCode("CHN").orElseThrow(), foreign);
        assertEquals("Ministry of Foreign Affairs of China", chinese.name());
        assertEquals("org/chn-foreign-ministry", chinese.id());
        assertEquals("CHN", chinese.countryIso3());
        assertEquals("org/us-department-of-state", g.body(g.countryByCode("USA").orElseThrow(), foreign).id());
    }

    @Test
    void postsAreNormalised() {
        assertEquals("foreign-minister", g.postByPhrase("Secretary of State").orElseThrow().key());
        assertEquals("foreign-minister", g.postByPhrase("top diplomat").orElseThrow().key());
        assertEquals("foreign-minister", g.postByPhrase("Foreign Minister").orElseThrow().key());
        assertEquals("defence-minister", g.postByPhrase("Defence Secretary").orElseThrow().key());
        assertEquals("defence-minister", g.postByPhrase("defense secretary").orElseThrow().key());
        assertEquals("national-security-adviser", g.postByPhrase("National Security Adviser").orElseThrow().key());
        assertEquals("chief-executive", g.postByPhrase("CEO").orElseThrow().key());
        assertTrue(g.postByKey("president").orElseThrow().headOfStateOrGovernment());
        assertFalse(g.postByKey("foreign-minister").orElseThrow().headOfStateOrGovernment());
        for (PostEntry p : g.posts()) {
            for (String phrase : p.phrases()) {
                assertEquals(p.key(), g.postByPhrase(phrase).orElseThrow().key(), "phrase '" + phrase + "' has two posts");
            }
        }
    }

    @Test
    void titles() {
        assertTrue(g.isTitle("Mr."));
        assertTrue(g.isTitle("President"));
        assertTrue(g.isTitle("Gen."));
        assertFalse(g.isTitle("Jordan"));
    }

    @Test
    void tokenMatcherTakesTheLongestPhraseAtTokenBoundaries() {
        TokenMatcher<String> m = TokenMatcher.<String>builder(true)
                .add("South China Sea", "sea").add("China", "country").add("U.S.", "us").build();
        List<String> tokens = List.of("the", "South", "China", "Sea", "and", "China", "and", "the", "US", ".");
        assertTrue(m.longestAtWords(tokens, 0).isEmpty());
        TokenMatcher.Match<String> sea = m.longestAtWords(tokens, 1).orElseThrow();
        assertEquals(List.of(1, 4, "sea"), List.of(sea.start(), sea.end(), sea.first()));
        assertEquals("country", m.longestAtWords(tokens, 5).orElseThrow().first());
        assertEquals(9, m.longestAtWords(tokens, 8).orElseThrow().end(), "the full stop is not part of the name");
        assertTrue(m.longestAtWords(List.of("Chin", "a"), 0).isEmpty(), "words apart are not one word");
        assertTrue(m.longestAtWords(List.of("Chinatown"), 0).isEmpty());
        // Tokens read from text keep their spacing: "U.S" + "." is "U.S.", and "China" + "'s" needs no space.
        List<Token> adjacent = List.of(Token.of("U.S", 0), Token.of(".", 3));
        assertEquals(1, m.longestAt(adjacent, 0).orElseThrow().end());
        TokenMatcher<String> people = TokenMatcher.<String>builder(true).add("People's Republic", "prc").build();
        assertTrue(people.longestAt(List.of(Token.of("People", 0), Token.of("'s", 6), Token.of("Republic", 9)), 0)
                .isPresent());
        assertTrue(people.longestAt(List.of(Token.of("People", 0), Token.of("'s", 7), Token.of("Republic", 10)), 0)
                .isPresent(), "a clitic spaced out by a tokenized corpus");
        assertTrue(m.longestAt(List.of(Token.of("Ch", 0), Token.of("ina", 3)), 0).isEmpty(),
                "a space the phrase does not have");
    }
}
