package entente.extract.event;

import static org.junit.jupiter.api.Assertions.*;

import entente.extract.ActorType;
import entente.extract.Event;
import entente.extract.EventClass;
import entente.extract.Role;
import entente.extract.Status;
import entente.nlp.Pipeline;
import entente.nlp.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestEventExtractor {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 19);

    private static MentionMarker marker() {
        return new MentionMarker(Set.of("Chinese"))
                .actor("person/blinken", ActorType.PERSON, "USA", "Antony Blinken", "Blinken")
                .actor("person/xi", ActorType.PERSON, "CHN", "Xi Jinping", "Xi")
                .actor("person/wang", ActorType.PERSON, "CHN", "Wang Yi", "Wang", "China's top diplomat")
                .actor("person/austin", ActorType.PERSON, "USA", "Lloyd Austin", "Austin")
                .actor("person/li", ActorType.PERSON, "CHN", "Li Shangfu", "China's defence minister")
                .actor("country/USA", ActorType.COUNTRY, "USA", "United States", "US")
                .actor("country/CHN", ActorType.COUNTRY, "CHN", "China", "the Chinese")
                .actor("country/JPN", ActorType.COUNTRY, "JPN", "Japan")
                .actor("country/PHL", ActorType.COUNTRY, "PHL", "Philippines")
                .actor("country/AUS", ActorType.COUNTRY, "AUS", "Australia")
                .actor("country/GBR", ActorType.COUNTRY, "GBR", "United Kingdom")
                .actor("org/aukus", ActorType.INTERNATIONAL_ORGANIZATION, null, "AUKUS")
                .actor("org/parliament", ActorType.ORGANIZATION, null, "Parliament")
                .actor("place/beijing", ActorType.PLACE, "CHN", "Beijing")
                .actor("place/vienna", ActorType.PLACE, "AUT", "Vienna");
    }

    private static List<Event> events(String text) {
        MentionMarker m = marker();
        List<Sentence> s = Pipeline.shared().annotate(text);
        return EventExtractor.standard().extract(new EventInput(s, m.mark(s), m.actors(), PUBLISHED));
    }

    /** The one dispute a sentence yields, with its one source and one target checked. */
    private static Event onlyDispute(String sentence, String source, String target) {
        List<Event> e = of(events(sentence), EventClass.DISPUTE);
        assertEquals(1, e.size(), sentence + ": " + e);
        assertEquals(List.of(source), e.get(0).actorsIn(Role.SOURCE));
        assertEquals(List.of(target), e.get(0).actorsIn(Role.TARGET));
        return e.get(0);
    }

    private static List<Event> of(List<Event> events, EventClass c) {
        return events.stream().filter(e -> e.eventClass() == c).toList();
    }

    @Test
    void pastMeetingWithTimeAndPlace() {
        List<Event> e = of(events("Wang Yi met with Blinken in Vienna on Monday."), EventClass.MEETING);
        assertEquals(1, e.size(), e.toString());
        assertEquals(Status.OCCURRED, e.get(0).status());
        assertEquals(Set.of("person/wang", "person/blinken"), Set.copyOf(e.get(0).actorsIn(Role.PARTICIPANT)));
        assertEquals("place/vienna", e.get(0).placeId());
        assertEquals("2023-06-19", e.get(0).time().value());
    }

    @Test
    void wouldMeetIsPlannedAndWantedIsProposed() {
        assertEquals(Status.PLANNED, of(events("Blinken would meet with Xi at 4:30 pm on Monday."), EventClass.MEETING).get(0).status());
        assertEquals(Status.PROPOSED, of(events("Blinken said that he wanted to meet with Xi."), EventClass.MEETING).get(0).status());
        assertEquals(Status.PLANNED, of(events("Blinken meets Xi next week."), EventClass.MEETING).get(0).status());
    }

    @Test
    void refusedToMeetIsDeclinedAndDidNotMeetIsNoMeeting() {
        List<Event> refused = of(events("Xi refused to meet Blinken."), EventClass.MEETING);
        assertEquals(1, refused.size(), refused.toString());
        assertEquals(Status.DECLINED, refused.get(0).status());
        assertTrue(of(events("Xi did not meet Blinken."), EventClass.MEETING).isEmpty());
    }

    @Test
    void contractedNegationsAndFuturesCountAsTheirFullForms() {
        for (String apostrophe : List.of("'", "\u2019")) {
            assertTrue(of(events("Xi didn" + apostrophe + "t meet Blinken."), EventClass.MEETING).isEmpty(), apostrophe);
            assertTrue(of(events("Xi won" + apostrophe + "t meet Blinken."), EventClass.MEETING).isEmpty(), apostrophe);
            List<Event> planned = of(events("Blinken said he" + apostrophe + "ll meet Xi."), EventClass.MEETING);
            assertEquals(1, planned.size(), planned.toString());
            assertEquals(Status.PLANNED, planned.get(0).status(), apostrophe);
        }
    }

    @Test
    void threePartiesAreOneMultilateralMeeting() {
        List<Event> e = of(events("The national security advisers of the United States, Japan, and the Philippines met last week."), EventClass.MEETING);
        assertEquals(1, e.size(), e.toString());
        assertEquals(3, e.get(0).participants().size());
        assertEquals("multilateral", e.get(0).mode());
        assertEquals("2023-06-12/2023-06-18", e.get(0).time().value());
    }

    @Test
    void visitMapsCapitalToHostCountry() {
        List<Event> e = of(events("Blinken ended a two-day trip to Beijing."), EventClass.VISIT);
        assertEquals(1, e.size(), e.toString());
        assertEquals(List.of("person/blinken"), e.get(0).actorsIn(Role.VISITOR));
        assertEquals(List.of("country/CHN"), e.get(0).actorsIn(Role.HOST));
        assertEquals("place/beijing", e.get(0).placeId());
    }

    @Test
    void rejectedRequestIsADisputeAndADeclinedMeeting() {
        List<Event> e = events("China's defence minister rejected a request from Lloyd Austin for a meeting in Vienna.");
        Event reject = of(e, EventClass.DISPUTE).get(0);
        assertEquals("REJECT", reject.ploverType());
        assertEquals(List.of("person/li"), reject.actorsIn(Role.SOURCE));
        assertEquals(List.of("person/austin"), reject.actorsIn(Role.TARGET));
        assertEquals(Status.DECLINED, of(e, EventClass.MEETING).get(0).status());
    }

    @Test
    void requestHasSourceTargetAndTopic() {
        Event e = of(events("Blinken urged the Chinese to free American nationals."), EventClass.DISPUTE).get(0);
        assertEquals("REQUEST", e.ploverType());
        assertEquals(List.of("person/blinken"), e.actorsIn(Role.SOURCE));
        assertEquals(List.of("country/CHN"), e.actorsIn(Role.TARGET));
        assertEquals("to free American nationals", e.topic());
    }

    @Test
    void twoEventsInOneSentence() {
        List<Event> e = of(events("While Wang Yi visited the US in May, Blinken visited China."), EventClass.VISIT);
        assertEquals(2, e.size(), e.toString());
        assertEquals("2023-05", e.get(0).time().value());
        assertEquals(List.of("country/CHN"), e.get(1).actorsIn(Role.HOST));
    }

    @Test
    void namedAllianceWithMembers() {
        List<Event> e = of(events("The deal is part of a nuclear alliance known as AUKUS, which stands for Australia, the United Kingdom, and the United States."), EventClass.ALLIANCE);
        assertEquals(1, e.size(), e.toString());
        assertEquals("AUKUS", e.get(0).name());
        assertEquals(Set.of("country/AUS", "country/GBR", "country/USA"), Set.copyOf(e.get(0).actorsIn(Role.MEMBER)));
    }

    @Test
    void aListOfDisagreementsIsNoAlliance() {
        List<Event> e = events("Disagreements between the US and China range from trade to Taiwan.");
        assertTrue(of(e, EventClass.ALLIANCE).isEmpty() && of(e, EventClass.AGREEMENT).isEmpty(), e.toString());
    }

    @Test
    void passiveVoiceSwapsSourceAndTarget() {
        Event e = of(events("Japan was sanctioned by the United States on Monday."), EventClass.DISPUTE).get(0);
        assertEquals(List.of("country/USA"), e.actorsIn(Role.SOURCE));
        assertEquals(List.of("country/JPN"), e.actorsIn(Role.TARGET));
        assertTrue(of(events("Japan was sanctioned last year."), EventClass.DISPUTE).isEmpty(), "no source, no dispute");
    }

    @Test
    void nounTriggerTakesItsVerbsSubject() {
        Event e = of(events("The United States had also levied individual sanctions against China."), EventClass.DISPUTE).get(0);
        assertEquals("SANCTION", e.ploverType());
        assertEquals(List.of("country/USA"), e.actorsIn(Role.SOURCE));
        assertEquals(List.of("country/CHN"), e.actorsIn(Role.TARGET));
        Event visit = of(events("Blinken's trip to China was postponed in February."), EventClass.VISIT).get(0);
        assertEquals(Status.CANCELLED, visit.status());
        assertEquals("2023-02", visit.time().value());
    }

    @Test
    void aTitleBetweenTheConjunctionAndTheNameKeepsTheList() {
        List<Event> e = of(events("Blinken and Chinese Foreign Minister Wang Yi met in Vienna on Monday."), EventClass.MEETING);
        assertEquals(1, e.size(), e.toString());
        assertEquals(Set.of("person/blinken", "person/wang"), Set.copyOf(e.get(0).actorsIn(Role.PARTICIPANT)));
    }

    @Test
    void anAgreementSignedByTwoPartiesIsTheirs() {
        List<Event> e = of(events("The agreement was signed by Japan and the Philippines in 2021."), EventClass.AGREEMENT);
        assertEquals(1, e.size(), e.toString());
        assertEquals(Set.of("country/JPN", "country/PHL"), Set.copyOf(e.get(0).participants().stream().map(p -> p.actorId()).toList()));
        assertEquals(Status.OCCURRED, e.get(0).status());
        // A letter is no agreement, nor is one party's signature.
        assertTrue(of(events("The letter, signed by Japan and the Philippines, urged China to stop."), EventClass.AGREEMENT).isEmpty());
        assertTrue(of(events("The agreement was signed by Blinken on Monday."), EventClass.AGREEMENT).isEmpty());
    }

    @Test
    void aVerbInSTheTaggerReadAsANounBetweenTwoNamesIsAVerb() {
        onlyDispute("Japan blames neighboring China for the incident.", "country/JPN", "country/CHN");
    }

    @Test
    void aBanOnImportsFromACountryIsASanctionOnIt() {
        assertEquals("SANCTION", onlyDispute("Japan banned poultry imports from China on Monday.", "country/JPN", "country/CHN").ploverType());
    }

    @Test
    void recallingAnAmbassadorReducesRelationsWithTheCountryOfTheEmbassy() {
        for (String sentence : List.of("Japan recalled its ambassador to China on Monday.", "Japan recalled its envoy from China.")) {
            assertEquals("SANCTION", onlyDispute(sentence, "country/JPN", "country/CHN").ploverType());
        }
    }

    @Test
    void meetsNextIsPlanned() {
        List<Event> e = of(events("Wang Yi meets next with Blinken, who arrived on Sunday."), EventClass.MEETING);
        assertEquals(1, e.size(), e.toString());
        assertEquals(Status.PLANNED, e.get(0).status());
    }

    @Test
    void separateMeetingsAreOneWithEach() {
        List<Event> e = of(events("Blinken held separate meetings on Monday with Wang Yi and Li Shangfu."), EventClass.MEETING);
        assertEquals(Set.of(Set.of("person/blinken", "person/wang"), Set.of("person/blinken", "person/li")),
                e.stream().map(x -> Set.copyOf(x.actorsIn(Role.PARTICIPANT))).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void talksOfSomeoneUnnamedWithTwoPeopleAreNoMeetingOfThem() {
        assertTrue(of(events("His schedule includes talks with Wang Yi and Lloyd Austin."), EventClass.MEETING).isEmpty());
        // The noun names a part of the event, whose parties the clause does not give.
        assertTrue(of(events("Wang Yi and Blinken used the summit's opening to call for reform."), EventClass.MEETING).isEmpty());
    }

    @Test
    void meetingInAnIntroductoryPhraseBelongsToTheMainSubject() {
        Event e = of(events("In a meeting with Wang Yi, Xi hinted at a readiness to ease tensions."), EventClass.MEETING).get(0);
        assertEquals(Set.of("person/wang", "person/xi"), Set.copyOf(e.actorsIn(Role.PARTICIPANT)));
        assertTrue(of(events("In a meeting that day he said Xi and Blinken, among others, were present."), EventClass.MEETING).isEmpty());
    }

    @Test
    void phoneCallsTalksHostingAndMembership() {
        Event phone = of(events("Blinken spoke by phone with Wang Yi on Sunday."), EventClass.MEETING).get(0);
        assertEquals("phone", phone.mode());
        assertEquals("2023-06-18", phone.time().value());
        Event talks = of(events("Japan held talks with the Philippines regarding the South China Sea."), EventClass.MEETING).get(0);
        assertEquals(Set.of("country/JPN", "country/PHL"), Set.copyOf(talks.actorsIn(Role.PARTICIPANT)));
        assertEquals("the South China Sea", talks.topic());
        Event host = of(events("Xi hosted Blinken in Beijing."), EventClass.VISIT).get(0);
        assertEquals("host", host.mode());
        assertEquals(List.of("person/xi"), host.actorsIn(Role.HOST));
        assertEquals(List.of("person/blinken"), host.actorsIn(Role.VISITOR));
        Event member = of(events("Japan and Australia are members of AUKUS."), EventClass.ALLIANCE).get(0);
        assertEquals(Set.of("country/JPN", "country/AUS"), Set.copyOf(member.actorsIn(Role.MEMBER)));
        assertEquals("AUKUS", member.name());
    }

    @Test
    void membershipOfADomesticBodyIsNoAlliance() {
        assertTrue(of(events("Japan joined AUKUS in 2024."), EventClass.ALLIANCE).size() == 1);
        assertTrue(of(events("Blinken was elected as a member of Parliament."), EventClass.ALLIANCE).isEmpty());
        assertTrue(of(events("Blinken joined Parliament in 2001."), EventClass.ALLIANCE).isEmpty());
    }

    @Test
    void anAttackWithAReasonIsCriticism() {
        assertEquals("ACCUSE", of(events("Wang Yi attacked Blinken for the remarks."), EventClass.DISPUTE).get(0).ploverType());
        assertEquals("ACCUSE", of(events("Wang Yi attacked Blinken on his record."), EventClass.DISPUTE).get(0).ploverType());
        assertEquals("ASSAULT", of(events("China attacked the Philippines on Monday."), EventClass.DISPUTE).get(0).ploverType());
        assertEquals("ASSAULT", of(events("Wang Yi attacked Blinken on Monday."), EventClass.DISPUTE).get(0).ploverType());
        assertEquals("ASSAULT", of(events("China attacked Japan over the weekend."), EventClass.DISPUTE).get(0).ploverType());
    }

    @Test
    void aParticipleThatModifiesANounIsNoAccusation() {
        List<Event> e = of(events("Japan sanctioned China over alleged Philippines plots."), EventClass.DISPUTE);
        assertEquals(List.of("SANCTION"), e.stream().map(Event::ploverType).toList(), e.toString());
    }

    @Test
    void aSubordinatorTaggedAsAPrepositionStillOpensAClause() {
        onlyDispute("The move comes after the United States sanctioned China in May.", "country/USA", "country/CHN");
    }

    @Test
    void aDemandFromSomeoneIsMadeOfThem() {
        Event e = of(events("Blinken demanded an explanation from China."), EventClass.DISPUTE).get(0);
        assertEquals("REQUEST", e.ploverType());
        assertEquals(List.of("person/blinken"), e.actorsIn(Role.SOURCE));
        assertEquals(List.of("country/CHN"), e.actorsIn(Role.TARGET));
    }

    @Test
    void speakingWithSigningBetweenAndArranging() {
        Event spoke = of(events("Blinken spoke with Wang Yi about fentanyl."), EventClass.MEETING).get(0);
        assertEquals(Set.of("person/blinken", "person/wang"), Set.copyOf(spoke.actorsIn(Role.PARTICIPANT)));
        Event signed = of(events("In 2017, a memorandum was signed between Japan and the Philippines."), EventClass.AGREEMENT).get(0);
        assertEquals(Set.of("country/JPN", "country/PHL"), Set.copyOf(signed.actorsIn(Role.PARTICIPANT)));
        Event deal = of(events("Australia welcomed the deal between Japan and the Philippines."), EventClass.AGREEMENT).get(0);
        assertEquals(Set.of("country/JPN", "country/PHL"), Set.copyOf(deal.actorsIn(Role.PARTICIPANT)));
        assertEquals(Status.PLANNED, of(events("Austin worked to arrange a meeting with Li Shangfu."), EventClass.MEETING).get(0).status());
    }

    @Test
    void aVisitOfSomeoneUnnamedIsNotTheClauseSubjects() {
        assertTrue(of(events("Wang Yi questioned whether the President's impromptu visit to Vienna was wise."), EventClass.VISIT).isEmpty());
        Event e = of(events("Wang Yi praised Blinken's visit to Beijing."), EventClass.VISIT).get(0);
        assertEquals(List.of("person/blinken"), e.actorsIn(Role.VISITOR));
    }

    @Test
    void whoIsAskedToActIsTheSubjectAndTheActIsOnlyProposed() {
        Event meet = of(events("Japan urged China to meet the Philippines."), EventClass.MEETING).get(0);
        assertEquals(Set.of("country/CHN", "country/PHL"), Set.copyOf(meet.actorsIn(Role.PARTICIPANT)));
        assertEquals(Status.PROPOSED, meet.status());
        // Someone the text does not name as an actor is asked: the asker does not become the one who demands.
        List<Event> d = of(events("Blinken called on the President to demand that China stop."), EventClass.DISPUTE);
        assertTrue(d.stream().noneMatch(e -> e.actorsIn(Role.SOURCE).contains("person/blinken") && e.ploverType().equals("REQUEST")
                && e.actorsIn(Role.TARGET).contains("country/CHN")), d.toString());
    }

    @Test
    void aVerbAfterAndHasTheSubjectOfTheVerbBeforeIt() {
        Event a = of(events("Japan has blamed the attacks on a militant group, Abu Sayyaf and has accused China of spying."), EventClass.DISPUTE)
                .stream().filter(e -> e.ploverType().equals("ACCUSE") && e.actorsIn(Role.TARGET).contains("country/CHN")).findFirst().orElseThrow();
        assertEquals(List.of("country/JPN"), a.actorsIn(Role.SOURCE));
        assertTrue(of(events("He ended a two-day tour of Japan on Sunday, and visited China."), EventClass.VISIT).isEmpty(),
                "the subject of both verbs is no actor, not the country toured");
        List<Event> meetings = of(events("Blinken met Wang Yi and later met Xi."), EventClass.MEETING);
        assertTrue(meetings.stream().anyMatch(e -> Set.copyOf(e.actorsIn(Role.PARTICIPANT)).equals(Set.of("person/blinken", "person/xi"))), meetings.toString());
        assertTrue(meetings.stream().noneMatch(e -> Set.copyOf(e.actorsIn(Role.PARTICIPANT)).equals(Set.of("person/wang", "person/xi"))), meetings.toString());
    }

    @Test
    void hostingPassivesAndHostsAsTitles() {
        Event hosted = of(events("Blinken was hosted by Xi in Beijing."), EventClass.VISIT).get(0);
        assertEquals(List.of("person/xi"), hosted.actorsIn(Role.HOST));
        assertEquals(List.of("person/blinken"), hosted.actorsIn(Role.VISITOR));
        assertTrue(of(events("Leaders met at a summit hosted by Xi in Beijing."), EventClass.VISIT).isEmpty());
        assertTrue(of(events("Japan defeated host Australia in the final."), EventClass.VISIT).isEmpty());
    }

    @Test
    void plannedSlatedAndPreferredAreNotYetEvents() {
        assertEquals(Status.PLANNED, of(events("Xi signed the law ahead of a planned trip to Japan."), EventClass.VISIT).get(0).status());
        assertEquals(Status.PLANNED, of(events("Blinken is slated to arrive in Vienna on Sunday."), EventClass.VISIT).get(0).status());
        assertEquals(Status.PROPOSED, of(events("Japan would prefer an agreement with China."), EventClass.AGREEMENT).get(0).status());
        assertEquals(Status.PROPOSED, of(events("Japan is willing to cooperate with China."), EventClass.AGREEMENT).get(0).status());
        assertEquals(Status.PROPOSED, of(events("Japan repeated its willingness to cooperate with China."), EventClass.AGREEMENT).get(0).status());
        assertEquals(Status.PROPOSED, of(events("China has shown an interest in opening talks with Japan."), EventClass.MEETING).get(0).status());
        // A verb after the talks' participants says they are to come.
        assertEquals(Status.PLANNED, of(events("Talks between China and Japan will be held in Tokyo."), EventClass.MEETING).get(0).status());
        assertEquals(Status.PLANNED, of(events("Talks between China and Japan will take place in Beijing."), EventClass.MEETING).get(0).status());
    }

    @Test
    void anInfinitiveHasTheSubjectAndTheStatusOfTheVerbItHangsOn() {
        Event rice = of(events("A spokesman says Blinken is to meet Wang Yi."), EventClass.MEETING).get(0);
        assertEquals(Set.of("person/blinken", "person/wang"), Set.copyOf(rice.actorsIn(Role.PARTICIPANT)));
        Event purpose = of(events("Blinken also plans to make his first visit to Japan on Monday to meet with Wang Yi."), EventClass.MEETING).get(0);
        assertEquals(Set.of("person/blinken", "person/wang"), Set.copyOf(purpose.actorsIn(Role.PARTICIPANT)));
        assertEquals(Status.PLANNED, purpose.status());
        Event second = of(events("Blinken is expected to meet with Wang Yi on November 17 in Vienna and hold talks with Xi."), EventClass.MEETING)
                .stream().filter(e -> e.actorsIn(Role.PARTICIPANT).contains("person/xi")).findFirst().orElseThrow();
        assertEquals(Set.of("person/blinken", "person/xi"), Set.copyOf(second.actorsIn(Role.PARTICIPANT)));
        assertEquals(Status.PLANNED, second.status());
    }

    @Test
    void deniedCounterfactualConditionalAndComingEvents() {
        assertTrue(of(events("The Japanese are denying reports that Japan met with China."), EventClass.MEETING).isEmpty());
        assertTrue(of(events("Japan withdrew a text that would have condemned China."), EventClass.DISPUTE).isEmpty());
        assertEquals(Status.PROPOSED, of(events("Japan threatened action if China fails to cooperate with the Philippines."), EventClass.AGREEMENT).get(0).status());
        assertEquals(Status.PLANNED, of(events("Japan eased rules ahead of a trip to China by Wang Yi."), EventClass.VISIT).get(0).status());
        assertEquals(Status.PLANNED, of(events("Xi is preparing to meet Blinken."), EventClass.MEETING).get(0).status());
        assertEquals(Status.PROPOSED, of(events("Japan and China are making progress on reaching a deal."), EventClass.AGREEMENT).get(0).status());
        // The cue nearest the trigger decides among things to come; a longer cue ending at the same word is more specific.
        assertEquals(Status.PROPOSED, of(events("Xi says he will seek a renewal of talks with Japan."), EventClass.MEETING).get(0).status());
        assertEquals(Status.PLANNED, of(events("Wang Yi accepted Blinken's offer to visit Japan."), EventClass.VISIT).get(0).status());
    }

    @Test
    void aNameBetweenAPatternsWordsIsSkippedWholeAndRelationsAreEstablished() {
        Event signed = of(events("Japan and Australia signed the Comprehensive Economic Partnership (CEP) agreement."), EventClass.AGREEMENT).get(0);
        assertEquals(Set.of("country/JPN", "country/AUS"), Set.copyOf(signed.actorsIn(Role.PARTICIPANT)));
        assertTrue(of(events("Japan signed the long and very complicated agreement."), EventClass.AGREEMENT).isEmpty(), "at most three words");
        Event relations = of(events("Australia helped establish diplomatic relations between Japan and the Philippines."), EventClass.AGREEMENT).get(0);
        assertEquals("COOPERATE", relations.ploverType());
        assertEquals(Set.of("country/JPN", "country/PHL"), Set.copyOf(relations.actorsIn(Role.PARTICIPANT)));
        assertEquals(Status.PLANNED, of(events("Austin is also scheduled to meet with Li Shangfu."), EventClass.MEETING).get(0).status());
    }

    @Test
    void aReportedVerbWithANounSubjectIsNotTheSpeakers() {
        assertTrue(of(events("Austin said the first 200 troops will leave for Japan on Friday."), EventClass.VISIT).isEmpty());
        Event own = of(events("Japan says it will cooperate with the Philippines."), EventClass.AGREEMENT).get(0);
        assertEquals(Set.of("country/JPN", "country/PHL"), Set.copyOf(own.actorsIn(Role.PARTICIPANT)), "a pronoun is the speaker");
        assertTrue(of(events("Hundreds of women gathered in the capital, Vienna, to denounce Blinken."), EventClass.DISPUTE).isEmpty(),
                "the infinitive's subject is the women's, no actor");
    }

    @Test
    void aVerbalAttackIsCriticismAndResidentsOfACitySpeakForNoState() {
        assertEquals("ACCUSE", of(events("Xi made another verbal attack on Blinken."), EventClass.DISPUTE).get(0).ploverType());
        List<Event> d = of(events("Residents near the city of Vienna are blaming Japan for the shooting."), EventClass.DISPUTE);
        assertTrue(d.stream().noneMatch(e -> e.actorsIn(Role.SOURCE).contains("country/AUT")), d.toString());
    }

    @Test
    void aRelativeClausesVerbHasItsAntecedentForSubject() {
        Event e = of(events("Wang Yi, who has been meeting with Blinken in Vienna, said talks went well."), EventClass.MEETING).get(0);
        assertEquals(Set.of("person/wang", "person/blinken"), Set.copyOf(e.actorsIn(Role.PARTICIPANT)));
    }

    @Test
    void accusationAndAgreement() {
        Event accuse = of(events("China accused the United States of spying."), EventClass.DISPUTE).get(0);
        assertEquals("ACCUSE", accuse.ploverType());
        assertEquals(List.of("country/CHN"), accuse.actorsIn(Role.SOURCE));
        assertEquals(List.of("country/USA"), accuse.actorsIn(Role.TARGET));
        Event deal = of(events("The United States signed an agreement with Australia and the United Kingdom."), EventClass.AGREEMENT).get(0);
        assertEquals("AGREE", deal.ploverType());
        assertEquals(3, deal.participants().size());
        Event coop = of(events("Japan and the Philippines decided to increase their defence cooperation."), EventClass.AGREEMENT).get(0);
        assertEquals("COOPERATE", coop.ploverType());
        assertEquals(Status.OCCURRED, coop.status());
    }

    @Test
    void aCountryBeforeATitleAndNameOnlyModifiesIt() {
        MentionMarker m = new MentionMarker(Set.of())
                .actor("country/USA", ActorType.COUNTRY, "USA", "US")
                .actor("country/CHN", ActorType.COUNTRY, "CHN", "China")
                .actor("person/austin", ActorType.PERSON, "USA", "Lloyd Austin");
        List<Sentence> s = Pipeline.shared().annotate("China rejected a request from US Defence Secretary Lloyd Austin for a meeting.");
        List<Event> e = EventExtractor.standard().extract(new EventInput(s, m.mark(s), m.actors(), PUBLISHED));
        assertEquals(List.of("person/austin"), of(e, EventClass.DISPUTE).get(0).actorsIn(Role.TARGET), e.toString());
    }
}
