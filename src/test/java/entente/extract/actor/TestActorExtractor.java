package entente.extract.actor;

import static org.junit.jupiter.api.Assertions.*;

import entente.extract.Actor;
import entente.extract.ActorMention;
import entente.extract.ActorType;
import entente.extract.PostHolding;
import entente.nlp.Pipeline;
import entente.nlp.ner.NameFinders;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestActorExtractor {
    private static final ActorExtractor EXTRACTOR = new ActorExtractor(NameFinders.standard(), GazetteerLexicon.shared());

    private static ActorExtractor.Result run(String text) {
        return EXTRACTOR.extract(Pipeline.shared().annotate(text), null);
    }

    private static Optional<Actor> actor(ActorExtractor.Result r, String id) {
        return r.actors().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private static List<String> mentionsOf(ActorExtractor.Result r, String id) {
        return r.mentions().stream().filter(m -> m.actorId().equals(id)).map(ActorMention::text).toList();
    }

    private static Optional<PostHolding> post(ActorExtractor.Result r, String personId) {
        return r.posts().stream().filter(p -> p.personId().equals(personId)).findFirst();
    }

    @Test
    void titlesBeforeNamesGivePostsAndCountries() {
        var r = run("US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday.");
        PostHolding blinken = post(r, "person/antony-blinken").orElseThrow(() -> new AssertionError(r.toString()));
        assertEquals("foreign-minister", blinken.postKey());
        assertEquals("country/USA", blinken.ofActorId());
        PostHolding xi = post(r, "person/xi-jinping").orElseThrow(() -> new AssertionError(r.toString()));
        assertEquals("president", xi.postKey());
        assertEquals("country/CHN", xi.ofActorId());
        assertEquals("USA", actor(r, "person/antony-blinken").orElseThrow().countryCode(), "a person's country follows from the post");
        assertEquals(ActorType.PLACE, actor(r, "place/beijing").orElseThrow().type(), "'in Beijing' is the city");
    }

    @Test
    void aDemonymBeforeThoseWhoActForAStateNamesTheState() {
        var r = run("British officials accused Iran of supplying explosives.");
        assertEquals(List.of("British"), mentionsOf(r, "country/GBR"), r.toString());
        assertTrue(actor(r, "org/british").isEmpty(), r.toString());
        // One official is a person, not the state.
        assertTrue(mentionsOf(run("He is the first American official to visit the region."), "country/USA").isEmpty());
    }

    @Test
    void aPostFollowedByANameInAppositionIsThatPerson() {
        var r = run("Boris Johnson met the Iraqi Foreign Minister, Hoshyar Zebari, in London today.");
        PostHolding p = post(r, "person/hoshyar-zebari").orElseThrow(() -> new AssertionError(r.toString()));
        assertEquals("foreign-minister", p.postKey());
        assertEquals("country/IRQ", p.ofActorId());
        assertTrue(r.actors().stream().noneMatch(a -> a.id().startsWith("role/")), "no unnamed office holder beside him: " + r);
        assertTrue(actor(r, "org/iraqi").isEmpty(), "a lone demonym is no organisation: " + r);
    }

    @Test
    void aPersonsNameEndsInACapitalisedOrHyphenatedWord() {
        var r = run("Republicans attacked the inquiry, with Steve Scalise of Louisiana calling it Soviet-style.");
        assertEquals(List.of("Steve Scalise"), mentionsOf(r, "person/steve-scalise"), r.toString());
        assertEquals(ActorType.PLACE, actor(r, "place/louisiana").orElseThrow(() -> new AssertionError(r.toString())).type());
        var thai = run("The Thai Raksa Chart Party did not say whom they would support to run against Chan-o-cha.");
        assertEquals(List.of("Chan-o-cha"), mentionsOf(thai, "person/chan-o-cha"), thai.toString());
    }

    @Test
    void aPlaceEndingAnOrganisationsNameIsPartOfIt() {
        var r = run("Chip Taylor of the University of Kansas said the count fell.");
        assertEquals(List.of("University of Kansas"), mentionsOf(r, "org/university-of-kansas"), r.toString());
        assertTrue(mentionsOf(r, "place/kansas").isEmpty(), r.toString());
        // A country stays: the Government of Iran speaks for Iran.
        assertEquals(List.of("Iran"), mentionsOf(run("The Government of Iran rejected the proposal."), "country/IRN"));
    }

    @Test
    void aRegnalNumberIsPartOfTheName() {
        var r = run("Queen Elizabeth II met Pope Benedict XVI in Rome, and I spoke.");
        assertEquals(List.of("Elizabeth II"), mentionsOf(r, "person/elizabeth-ii"), r.toString());
        assertEquals(List.of("Benedict XVI"), mentionsOf(r, "person/benedict-xvi"), r.toString());
    }

    @Test
    void aWeekdayAfterATitledNameIsNoPartOfIt() {
        var r = run("Mr. Chavez Thursday accused the United States of spreading lies.");
        assertEquals(List.of("Chavez"), mentionsOf(r, "person/chavez"), r.toString());
    }

    @Test
    void appositionsGivePosts() {
        var r = run("Qin Gang, the foreign minister of China, met Bill Gates, co-founder of Microsoft Corp., on Friday.");
        assertEquals("country/CHN", post(r, "person/qin-gang").orElseThrow(() -> new AssertionError(r.toString())).ofActorId());
        PostHolding gates = post(r, "person/bill-gates").orElseThrow(() -> new AssertionError(r.toString()));
        assertTrue(gates.ofActorId().startsWith("org/"), gates.toString());
    }

    @Test
    void surnamesAndDescriptionsResolveWithinTheArticle() {
        var r = run("America\u2019s top diplomat landed in the capital. US Secretary of State Antony Blinken said talks went well. "
                + "Later Blinken left.");
        List<String> mentions = mentionsOf(r, "person/antony-blinken");
        assertTrue(mentions.contains("Blinken"), mentions.toString());
        assertTrue(mentions.stream().anyMatch(m -> m.contains("top diplomat")), mentions.toString());
        assertEquals(1, r.actors().stream().filter(a -> a.type() == ActorType.PERSON).count(), r.actors().toString());
    }

    @Test
    void aQuantifiedGroupMemberIsNoActor() {
        var r = run("Sanders said: I'm asking every Democrat, I'm asking every Independent to support Joe Biden.");
        assertTrue(r.actors().stream().noneMatch(a -> a.type() == ActorType.ORGANIZATION), r.actors().toString());
        assertEquals(List.of("Joe Biden"), mentionsOf(r, "person/joe-biden"));
    }

    @Test
    void unnamedOfficeHoldersAreRoleOnlyPersons() {
        var r = run("China\u2019s defence minister rejected a request for a meeting.");
        Actor minister = actor(r, "role/chn/defence-minister").orElseThrow(() -> new AssertionError(r.toString()));
        assertEquals(ActorType.PERSON, minister.type());
        assertEquals("China's defence minister", minister.name());
    }

    @Test
    void capitalsAsSubjectsAreTheirStates() {
        var r = run("Beijing insisted that relations were at a low point.");
        assertEquals(List.of("Beijing"), mentionsOf(r, "country/CHN"));
    }

    @Test
    void newspapersAreNotCountries() {
        var r = run("The Washington Post reported the talks.");
        assertTrue(mentionsOf(r, "country/USA").isEmpty(), r.mentions().toString());
    }

    @Test
    void demonymNounsNameTheirCountry() {
        var r = run("Blinken also urged the Chinese to free American nationals.");
        assertEquals(List.of("the Chinese"), mentionsOf(r, "country/CHN"));
    }

    @Test
    void jordanThePersonIsNotTheCountry() {
        var r = run("Michael Jordan said he would retire.");
        assertTrue(mentionsOf(r, "country/JOR").isEmpty(), r.mentions().toString());
        var c = run("The talks took place in Jordan last week.");
        assertEquals(List.of("Jordan"), mentionsOf(c, "country/JOR"));
    }
}
