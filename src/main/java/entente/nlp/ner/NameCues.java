package entente.nlp.ner;

import entente.nlp.NameType;
import entente.nlp.Sentence;
import java.util.List;
import java.util.Optional;

/**
 * Context and content cues for the type of a capitalised phrase: a title or honorific before it or a verb of saying
 * next to it means a person ("President Obama", "Mr Osborne", "Tarlo explains"); a keyword inside it means an
 * organisation ("Republican Party") or a location ("Celtic Sea"). The word lists are data files under
 * {@code /entente/nlp/ner/}. Stateless and thread-safe.
 */
public final class NameCues {
    private static final WordList SPEECH = WordList.load("/entente/nlp/ner/speech-verbs.txt");
    private static final WordList ORG = WordList.load("/entente/nlp/ner/org-keywords.txt");
    private static final WordList LOC = WordList.load("/entente/nlp/ner/loc-keywords.txt");
    private static final WordList NEVER_SURNAMES = WordList.load("/entente/nlp/ner/keywords-never-surnames.txt");

    private NameCues() {}

    private static final java.util.Set<String> WEEKDAYS =
            java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Whether a word is a verb of saying ("said", "told", "explains"; {@code speech-verbs.txt}). */
    public static boolean isSpeechVerb(String word) { return SPEECH.contains(word); }

    /** Whether a word is a day of the week, which follows names in news ("Mr. Chavez Thursday accused") but is none. */
    public static boolean isWeekday(String word) { return WEEKDAYS.contains(word.toLowerCase(java.util.Locale.ROOT)); }

    /** Whether a title or honorific comes right before token {@code start}. */
    public static boolean titleBefore(Sentence s, int start) {
        return start > 0 && PersonTitles.isTitle(s.tokens().get(start - 1).text());
    }

    /** Whether a verb of saying comes right after the phrase (or after a comma) or right before it. */
    public static boolean speechNextTo(Sentence s, int start, int end) {
        List<entente.nlp.Token> t = s.tokens();
        if (end - start == 1 && isAcronym(t.get(start).text())) return false; // "NATO said", "B.C. said"
        if (end < t.size() && SPEECH.contains(t.get(end).text())) return true;
        if (start > 0 && SPEECH.contains(t.get(start - 1).text())) {
            // "says Pall ." but not "said Google 's ..." or "told Reuters news agency"
            return end == t.size() || !Character.isLetterOrDigit(t.get(end).text().charAt(0));
        }
        return false;
    }

    /**
     * The type a keyword inside a phrase of two or more tokens gives it; the last keyword decides ("University of North
     * Carolina" is an organisation, "Bank Street" a location).
     */
    public static Optional<NameType> keywordType(Sentence s, int start, int end) {
        if (end - start < 2) return Optional.empty();
        for (int i = end - 1; i >= start; i--) {
            String w = s.tokens().get(i).text();
            if (ORG.contains(w)) return Optional.of(NameType.ORG);
            if (LOC.contains(w)) return Optional.of(NameType.LOC);
        }
        return Optional.empty();
    }

    /** Whether a phrase of two or more tokens ends in an organisation's keyword ("Michigan Taxpayers Party"). */
    public static boolean endsWithOrgKeyword(Sentence s, int start, int end) {
        return end - start >= 2 && ORG.contains(s.tokens().get(end - 1).text());
    }

    /**
     * The type a phrase of two words or more takes from a last word that ends organisations' or places' names but no
     * person's ("Princeton University", "Bradley Airport"), whatever cues point to a person; null for any other.
     */
    public static NameType institutionOrPlaceEnd(Sentence s, int start, int end) {
        if (end - start < 2) return null;
        String last = s.tokens().get(end - 1).text();
        if (!NEVER_SURNAMES.contains(last)) return null;
        return ORG.contains(last) ? NameType.ORG : LOC.contains(last) ? NameType.LOC : null;
    }

    private static final java.util.Set<String> PLACE_PREPOSITIONS =
        java.util.Set.of("in", "near", "outside", "inside", "across", "throughout");

    /** Whether a preposition of place ("in", "near", "outside") comes right before token {@code start}. */
    public static boolean placePrepositionBefore(Sentence s, int start) {
        return start > 0 && PLACE_PREPOSITIONS.contains(s.tokens().get(start - 1).text().toLowerCase());
    }

    /** Whether a person cue applies to the phrase. */
    public static boolean personCue(Sentence s, int start, int end) {
        return titleBefore(s, start) || speechNextTo(s, start, end) || appositionAfter(s, end);
    }

    /** Whether the word is written in capitals, such as "NATO" or "B.C.". */
    static boolean isAcronym(String w) {
        return w.chars().anyMatch(Character::isLetter) && w.chars().noneMatch(Character::isLowerCase);
    }

    /** Whether ", who" or ", whose" follows the phrase: a relative clause about a person. */
    public static boolean appositionAfter(Sentence s, int end) {
        List<entente.nlp.Token> t = s.tokens();
        if (end + 1 >= t.size() || !t.get(end).text().equals(",")) return false;
        String next = t.get(end + 1).text().toLowerCase();
        return next.equals("who") || next.equals("whose");
    }
}
