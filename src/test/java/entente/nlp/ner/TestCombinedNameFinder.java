package entente.nlp.ner;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.NameFinder;
import entente.nlp.NameSpan;
import entente.nlp.NameType;
import entente.nlp.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestCombinedNameFinder {
    private static NameFinder fixed(int start, int end, NameType type) {
        return s -> List.of(new NameSpan(s.index(), start, end, type, s.coveredText(start, end)));
    }

    private static final Sentence SENTENCE =
        Sentences.fromTokens(0, List.of("Officials", "of", "the", "Bank", "of", "England", "met", "on", "Monday", "."));

    @Test
    void authoritativeFinderWinsOverlaps() {
        CombinedNameFinder f = CombinedNameFinder.builder()
            .add(fixed(5, 6, NameType.LOC))
            .add(fixed(3, 6, NameType.ORG), NameType.ORG)
            .only().build();
        assertEquals(List.of(new NameSpan(0, 3, 6, NameType.ORG, "Bank of England")), f.find(SENTENCE));
    }

    @Test
    void earlierFinderWinsAmongEquals() {
        CombinedNameFinder f = CombinedNameFinder.builder()
            .add(fixed(5, 6, NameType.LOC))
            .add(fixed(3, 6, NameType.ORG))
            .only().build();
        assertEquals(List.of(new NameSpan(0, 5, 6, NameType.LOC, "England")), f.find(SENTENCE));
    }

    @Test
    void cleanupDropsTheAndTitles() {
        Sentence s = Sentences.fromTokens(0, List.of("He", "met", "President", "Obama", "at", "the", "White", "House"));
        CombinedNameFinder f = CombinedNameFinder.builder()
            .add(fixed(2, 4, NameType.PER)).add(fixed(5, 8, NameType.LOC))
            .only(CombinedNameFinder.Rule.CLEANUP).build();
        assertEquals(List.of(new NameSpan(0, 3, 4, NameType.PER, "Obama"),
            new NameSpan(0, 6, 8, NameType.LOC, "White House")), f.find(s));
    }

    @Test
    void cleanupDropsAFaithAloneAndAWeekdayAfterAPerson() {
        Sentence s = Sentences.fromTokens(0, List.of("Chavez", "Thursday", "criticised", "Islam", "and", "the", "Muslim", "Brotherhood"));
        CombinedNameFinder f = CombinedNameFinder.builder()
            .add(fixed(0, 2, NameType.PER)).add(fixed(3, 4, NameType.PER)).add(fixed(6, 8, NameType.ORG))
            .only(CombinedNameFinder.Rule.CLEANUP).build();
        assertEquals(List.of(new NameSpan(0, 0, 1, NameType.PER, "Chavez"),
            new NameSpan(0, 6, 8, NameType.ORG, "Muslim Brotherhood")), f.find(s));
    }

    @Test
    void cleanupDropsAnAnswerWordAloneButKeepsItInAName() {
        Sentence s = Sentences.fromTokens(0, List.of("(", "(", "Gazzola", ")", ")", "Yeah", ",", "Will", "Smith", "came", "."));
        CombinedNameFinder f = CombinedNameFinder.builder()
            .add(fixed(5, 6, NameType.PER)).add(fixed(7, 9, NameType.PER))
            .only(CombinedNameFinder.Rule.CLEANUP).build();
        assertEquals(List.of(new NameSpan(0, 7, 9, NameType.PER, "Will Smith")), f.find(s));
    }

    @Test
    void speechVerbMakesAProperNounAPerson() {
        Sentence s = Sentences.fromTokens(0, List.of("The", "market", "is", "political", ",", "says", "Tarlo", "."));
        CombinedNameFinder f = CombinedNameFinder.builder().add(x -> List.of()).build();
        assertEquals(List.of(new NameSpan(0, 6, 7, NameType.PER, "Tarlo")), f.find(s));
    }

    @Test
    void surnameFollowsTheFullNameInTheDocument() {
        Sentence first = Sentences.fromTokens(0, List.of("Steven", "Seagal", "visited", "Moscow", "."));
        Sentence second = Sentences.fromTokens(1, List.of("Later", ",", "Seagal", "left", "."));
        NameFinder model = s -> s.index() == 0
            ? List.of(new NameSpan(0, 0, 2, NameType.PER, "Steven Seagal"))
            : List.of(new NameSpan(1, 2, 3, NameType.LOC, "Seagal"));
        CombinedNameFinder f =
            CombinedNameFinder.builder().add(model).only(CombinedNameFinder.Rule.CONSISTENCY).build();
        List<List<NameSpan>> names = f.findAll(List.of(first, second));
        assertEquals(List.of(new NameSpan(1, 2, 3, NameType.PER, "Seagal")), names.get(1));
    }

    @Test
    void knownNamesAreNotTakenFromLongerNames() {
        KnownNameFinder known = new KnownNameFinder(java.util.Map.of("Paris", NameType.LOC));
        Sentence s =
            Sentences.fromTokens(0, List.of("They", "signed", "the", "Paris", "Agreement", "in", "Paris", "."));
        assertEquals(List.of(new NameSpan(0, 6, 7, NameType.LOC, "Paris")), known.find(s));
    }

    @Test
    void personTakesInTheNextWordAndTitlesSplitNames() {
        Sentence s = Sentences.fromTokens(0, List.of("FBI", "Director", "Robert", "Mueller", "met", "Sergei", "Lavrov",
            "and", "Lavrov", "left", "."));
        NameFinder model = x -> List.of(new NameSpan(0, 0, 4, NameType.ORG, "FBI Director Robert Mueller"),
            new NameSpan(0, 5, 6, NameType.PER, "Sergei"), new NameSpan(0, 6, 7, NameType.ORG, "Lavrov"),
            new NameSpan(0, 8, 9, NameType.ORG, "Lavrov"));
        CombinedNameFinder f = CombinedNameFinder.builder().add(model)
            .only(CombinedNameFinder.Rule.CLEANUP, CombinedNameFinder.Rule.CONSISTENCY).build();
        assertEquals(List.of(new NameSpan(0, 0, 1, NameType.ORG, "FBI"),
            new NameSpan(0, 2, 4, NameType.PER, "Robert Mueller"),
            new NameSpan(0, 5, 7, NameType.PER, "Sergei Lavrov"),
            new NameSpan(0, 8, 9, NameType.PER, "Lavrov")), f.find(s));
    }

    /** The names CLEANUP leaves of one span a finder proposed over the words. */
    private static List<String> cleaned(String words, int start, int end, NameType type) {
        Sentence s = Sentences.fromTokens(0, List.of(words.split(" ")));
        return CombinedNameFinder.builder().add(fixed(start, end, type)).only(CombinedNameFinder.Rule.CLEANUP).build()
            .find(s).stream().map(n -> n.type() + " " + n.text()).toList();
    }

    @Test
    void cleanupDropsWordsThatOpenASentenceButNoName() {
        assertEquals(List.of("PER Lorenzo"), cleaned("Though Lorenzo weakened , it hit Ireland .", 0, 2, NameType.PER));
        assertEquals(List.of("PER Biden"), cleaned("Unlike Biden , Trump spoke .", 0, 2, NameType.PER));
        assertEquals(List.of("PER Rocky Linux"), cleaned("Saying Rocky Linux is ready , he left .", 0, 3, NameType.PER));
        assertEquals(List.of("ORG Red Hat"), cleaned("Will Red Hat survive ?", 0, 3, NameType.ORG));
        assertEquals(List.of("PER Will Smith"), cleaned("Will Smith said so .", 0, 2, NameType.PER), "no question: a name");
        assertEquals(List.of(), cleaned("He met E. at the station .", 2, 3, NameType.PER), "an initial alone names no one");
        // The tagger takes this first name for an adverb: the name stays whole.
        assertEquals(List.of("PER Sophie Obadia"), cleaned("Sophie Obadia , another lawyer , told reporters .", 0, 2, NameType.PER));
    }

    @Test
    void cleanupDropsOccupationsBeforeAPersonAndCaptionLabels() {
        assertEquals(List.of("PER Don Blankenship"), cleaned("Businessman Don Blankenship said so .", 0, 3, NameType.PER));
        assertEquals(List.of("PER Chris Wright"), cleaned("Technical Officer Chris Wright said so .", 0, 4, NameType.PER));
        assertEquals(List.of("PER Thomas Davies"), cleaned("Image : Thomas Davies of the club .", 0, 4, NameType.PER));
        assertEquals(List.of("PER Gary Johnson", "PER Gary Johnson"),
            cleaned("Gary Johnson Image : Gary Johnson spoke .", 0, 6, NameType.PER));
    }

    @Test
    void cleanupStartsAPersonOfTwoWordsAfterAPossessive() {
        assertEquals(List.of("PER Nicholas Moreau"), cleaned("Wikinews' Nicholas Moreau asked .", 0, 3, NameType.PER));
        assertEquals(List.of("PER Boris Johnson"), cleaned("Britain 's Boris Johnson spoke .", 0, 4, NameType.PER));
        assertEquals(List.of("ORG Lloyd 's of London"), cleaned("Lloyd 's of London insured it .", 0, 4, NameType.ORG), "not an organisation");
    }

    @Test
    void aPersonEndingInAWordThatEndsNoOnesNameIsThatOrganisationOrPlace() {
        assertEquals(List.of("ORG Princeton University"), cleaned("Princeton University said so .", 0, 2, NameType.PER));
        assertEquals(List.of("LOC Bradley Airport"), cleaned("They landed at Bradley Airport .", 3, 5, NameType.PER));
        assertEquals(List.of("PER Michael Bay"), cleaned("Michael Bay said so .", 0, 2, NameType.PER), "Bay is a surname too");
    }
}
