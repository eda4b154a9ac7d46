package entente.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestExtractionEvaluator {
    static final List<Gold.GoldActor> ACTORS = List.of(
            new Gold.GoldActor("Antony Blinken", "Person", null, List.of("America's top diplomat"), false),
            new Gold.GoldActor("China", "Country", "CHN", List.of("Beijing"), false),
            new Gold.GoldActor("Beijing", "Place", null, List.of(), false),
            new Gold.GoldActor("United States", "Country", "USA", List.of("US"), false));

    @Test
    void namesMatchByNameAliasSurnameAndCode() {
        NameMatcher m = new NameMatcher(ACTORS, Map.of("U.S.A.", "USA"));
        assertEquals("Antony Blinken", m.resolve("Blinken"));
        assertEquals("Antony Blinken", m.resolve("America\u2019s Top Diplomat"));
        assertEquals("United States", m.resolve("U.S.A."));
        assertEquals("Beijing", m.find("Beijing", null, "Place").name(), "the name of the same type");
        assertEquals("Beijing", m.find("Beijing", null, null).name(), "a canonical name wins over an alias");
        assertEquals("China", m.find("Beijing", null, "Country").name(), "an alias of the same type");
        assertTrue(m.resolve("Wang Yi").startsWith("?"));
    }

    @Test
    void twoPartySetsMatchExactlyAndLargerOnesByJaccard() {
        assertTrue(ExtractionEvaluator.setMatch(Set.of("a", "b"), Set.of("b", "a")));
        assertFalse(ExtractionEvaluator.setMatch(Set.of("a", "b"), Set.of("a", "b", "c")));
        assertTrue(ExtractionEvaluator.setMatch(Set.of("a", "b", "c"), Set.of("a", "b", "c", "d")), "3/4 = 0.75");
        assertFalse(ExtractionEvaluator.setMatch(Set.of("a", "b", "c"), Set.of("a", "d", "e")));
    }

    @Test
    void optionalGoldCountsNeitherWayAndStatusMatters() {
        Gold gold = new Gold("a.txt", null, ACTORS, List.of(
                new Gold.GoldItem("meetings", List.of("Antony Blinken", "China"), List.of(), "occurred", null, false, false, List.of(), List.of()),
                new Gold.GoldItem("meetings", List.of("Antony Blinken", "United States"), List.of(), "planned", null, false, true, List.of(), List.of())));
        var rows = Map.of("meetings", List.of(
                Map.of("participants", "Blinken | China", "status", "planned", "evidence", "x"),
                Map.of("participants", "Blinken | US", "status", "planned", "evidence", "y")));
        var s = ExtractionEvaluator.evaluate(gold, rows).get("meetings");
        assertEquals(new Score(0, 1, 1), s.strict(), "wrong status: strict miss, and the optional match is no false positive");
        assertEquals(new Score(1, 0, 0), s.lenient());
    }
}
