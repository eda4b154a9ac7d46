package entente.nlp.gazetteer;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.NameSpan;
import entente.nlp.NameType;
import entente.nlp.Pipeline;
import entente.nlp.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestGazetteerNameFinder {
    private final GazetteerNameFinder finder = new GazetteerNameFinder(Gazetteer.shared());

    private static Sentence sentence(String text) {
        List<Sentence> sentences = Pipeline.shared().annotate(text);
        assertEquals(1, sentences.size(), text);
        return sentences.get(0);
    }

    private List<GazetteerHit> hits(String text) { return finder.lookup(sentence(text)); }

    /** "text=actorId" for each hit, to compare whole results at once. */
    private List<String> summary(String text) {
        return hits(text).stream().map(h -> h.span().text() + "=" + h.actorId()).toList();
    }

    @Test
    void countryNamesAndShortForms() {
        assertEquals(List.of("U.S.=country/USA", "Britain=country/GBR", "America=country/USA", "US=country/USA"),
                summary("The U.S. and Britain agreed, and America said the US would act."));
        GazetteerHit hit = hits("Talks were held in Jordan on Monday.").get(0);
        assertEquals(NameType.LOC, hit.span().type());
        assertEquals(HitKind.COUNTRY, hit.kind());
    }

    @Test
    void namesDoNotStraddleWordsTheTextSeparates() {
        assertEquals(List.of(), summary("Before I ran for office, I was a teacher."));
    }

    @Test
    void capitalAsMetonym() {
        GazetteerHit hit = hits("Beijing said it would respond.").get(0);
        assertEquals("country/CHN", hit.actorId());
        assertEquals(HitKind.CAPITAL, hit.kind());
        assertEquals(NameType.LOC, hit.span().type());
        assertEquals("place/beijing", hit.placeId());
        assertTrue(hit.metonym());
        GazetteerHit city = hits("Blinken ended a two-day trip to Beijing on Monday.").get(0);
        assertEquals(HitKind.CAPITAL, city.kind());
        assertTrue(city.locative());
        assertFalse(city.metonym());
    }

    @Test
    void capitalsInsideLongerNamesAreNotMetonyms() {
        assertEquals(List.of(), summary("The Paris Agreement will slow climate change."));
        assertEquals(List.of("Paris=country/FRA"), summary("Paris rejected the proposal."));
    }

    @Test
    void washingtonPostIsANewspaper() {
        assertEquals(List.of("Washington Post=org/washington-post"), summary("The Washington Post reported the talks."));
        assertEquals(NameType.ORG, hits("The Washington Post reported the talks.").get(0).span().type());
        assertEquals(List.of(), summary("George Washington crossed the river."));
    }

    @Test
    void jordanThePersonIsNotTheCountry() {
        assertEquals(List.of(), summary("Michael Jordan said he would retire."));
        assertEquals(List.of(), summary("Jordan Peterson spoke on Monday."));
        assertEquals(List.of(), summary("Mr. Jordan spoke on Monday."));
        assertEquals(List.of("Jordan=country/JOR"), summary("The king of Jordan met the delegation."));
        assertEquals(List.of("Jordan=country/JOR", "Amman=country/JOR"), summary("Jordan said talks in Amman went well."));
        assertEquals(List.of("Jordan's Foreign Ministry=org/jor-foreign-ministry"),
                summary("Jordan's Foreign Ministry condemned the attack."));
    }

    @Test
    void governmentBodies() {
        GazetteerHit chinese = hits("The Chinese Ministry of Foreign Affairs said it was concerned.").get(0);
        assertEquals("Chinese Ministry of Foreign Affairs", chinese.span().text());
        assertEquals(HitKind.BODY, chinese.kind());
        assertEquals(NameType.ORG, chinese.span().type());
        assertEquals("CHN", chinese.countryIso3());
        assertEquals("Ministry of Foreign Affairs of China", chinese.entry().name());
        assertEquals(List.of("China's foreign ministry=org/chn-foreign-ministry"),
                summary("China's foreign ministry said it was concerned."));
        assertEquals(List.of("Ministry of Defence of Japan=org/jpn-defence-ministry"),
                summary("The Ministry of Defence of Japan said so."));
        assertEquals(List.of("State Department=org/us-department-of-state"),
                summary("A spokesman for the State Department said so."));
        assertEquals(List.of(), summary("The Chinese army moved."), "lower-case armed forces are not a named body");
    }

    @Test
    void postsFollowCountries() {
        Gazetteer g = Gazetteer.shared();
        Sentence s = sentence("US Secretary of State Antony Blinken met America\u2019s top diplomat.");
        assertEquals(List.of("US=country/USA", "America=country/USA"),
                finder.lookup(s).stream().map(h -> h.span().text() + "=" + h.actorId()).toList());
        assertEquals("foreign-minister", g.postAt(s.tokens(), 1).orElseThrow().first().key());
        int america = finder.lookup(s).get(1).span().tokenStart();
        assertEquals("\u2019s", s.tokens().get(america + 1).text());
        var post = g.postAt(s.tokens(), america + 2).orElseThrow();
        assertEquals("foreign-minister", post.first().key());
        assertEquals(2, post.length());
    }

    @Test
    void aNameDoesNotSwallowTheStartOfAPost() {
        Sentence s = sentence("U.S. Treasury Secretary Janet Yellen arrived.");
        assertEquals(List.of("U.S.=country/USA"),
                finder.lookup(s).stream().map(h -> h.span().text() + "=" + h.actorId()).toList());
        assertEquals("finance-minister", Gazetteer.shared().postAt(s.tokens(), 1).orElseThrow().first().key());
    }

    @Test
    void longestMatchForSeasAndRegions() {
        assertEquals(List.of("South China Sea=place/south-china-sea", "Taiwan Strait=place/taiwan-strait"),
                summary("Tensions rose in the South China Sea and the Taiwan Strait."));
        assertEquals(List.of("Indo-Pacific=place/indo-pacific", "Hong Kong=country/HKG"),
                summary("The Indo-Pacific strategy worried Hong Kong."));
    }

    @Test
    void demonymsAreNotNamesButAreReported() {
        Sentence s = sentence("Chinese President Xi Jinping met American officials.");
        assertEquals(List.of(), finder.find(s));
        List<DemonymHit> demonyms = finder.demonyms(s);
        assertEquals(2, demonyms.size());
        assertEquals("country/CHN", demonyms.get(0).actorId());
        assertFalse(demonyms.get(0).noun());
        assertEquals("country/USA", demonyms.get(1).actorId());

        DemonymHit noun = finder.demonyms(sentence("Officials said the Chinese would not attend.")).get(0);
        assertEquals("Chinese", noun.text());
        assertTrue(noun.noun());
        assertTrue(finder.demonyms(sentence("Many Americans travelled.")).get(0).noun());
        assertEquals(List.of(), finder.demonyms(sentence("He met Latin American leaders.")));
        assertEquals(List.of(), finder.demonyms(sentence("The Chinese Foreign Ministry spoke.")),
                "a demonym inside a body is part of the body's name");
    }

    @Test
    void spansAreOrderedAndDisjointWithOffsets() {
        String text = "NATO, the EU and the UN Security Council met as Russia, Ukraine and Gaza Strip officials "
                + "watched from Washington, Moscow and the Kremlin.";
        Sentence s = sentence(text);
        List<NameSpan> spans = finder.find(s);
        assertEquals(List.of("NATO", "EU", "UN Security Council", "Russia", "Ukraine", "Gaza Strip", "Washington",
                "Moscow", "Kremlin"), spans.stream().map(NameSpan::text).toList());
        for (int i = 1; i < spans.size(); i++) assertTrue(spans.get(i - 1).tokenEnd() <= spans.get(i).tokenStart());
        for (NameSpan span : spans) assertEquals(span.text(), s.coveredText(span.tokenStart(), span.tokenEnd()));
        assertEquals(NameType.ORG, spans.get(2).type());
        assertEquals(NameType.ORG, spans.get(8).type());
    }
}
