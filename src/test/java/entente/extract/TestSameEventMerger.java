package entente.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestSameEventMerger {
    private static final Map<String, Actor> ACTORS = Map.of(
            "person/blinken", new Actor("person/blinken", "Antony Blinken", ActorType.PERSON, "USA", null, List.of()),
            "person/qin", new Actor("person/qin", "Qin Gang", ActorType.PERSON, "CHN", null, List.of()),
            "person/kishida", new Actor("person/kishida", "Fumio Kishida", ActorType.PERSON, "JPN", null, List.of()),
            "country/CHN", new Actor("country/CHN", "China", ActorType.COUNTRY, "CHN", null, List.of()));

    private static Event meeting(Status status, String sentence, String... ids) {
        return new Event(EventClass.MEETING, "CONSULT", null, status,
                java.util.Arrays.stream(ids).map(id -> new Participant(id, Role.PARTICIPANT)).toList(), null, null, null, null,
                "met", new Evidence(0, 0, sentence.length(), sentence, 0.9));
    }

    @Test
    void aMeetingWithACountryGoesWhenTheArticleNamesWhomOfItWasMet() {
        Event coarse = meeting(Status.OCCURRED, "Blinken held talks with Chinese officials.", "person/blinken", "country/CHN");
        Event fine = meeting(Status.OCCURRED, "Blinken met Qin Gang.", "person/blinken", "person/qin");
        assertEquals(List.of(fine), SameEventMerger.merge(List.of(coarse, fine), ACTORS));
    }

    @Test
    void itStaysWhenThePersonIsOfAnotherCountryOrTheStatusDiffers() {
        Event coarse = meeting(Status.OCCURRED, "Blinken held talks with Chinese officials.", "person/blinken", "country/CHN");
        Event other = meeting(Status.OCCURRED, "Blinken met Kishida.", "person/blinken", "person/kishida");
        Event planned = meeting(Status.PLANNED, "Blinken will meet Qin Gang.", "person/blinken", "person/qin");
        assertEquals(3, SameEventMerger.merge(List.of(coarse, other, planned), ACTORS).size());
    }
}
