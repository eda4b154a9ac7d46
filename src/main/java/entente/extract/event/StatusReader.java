package entente.extract.event;

/**
 * How an event stands, read from the cue words around its trigger ({@code status.tsv}): occurred, planned, proposed,
 * cancelled, declined, or NEGATED (did not happen). One per sentence; not shared between threads.
 */
final class StatusReader {
    private static final int WINDOW = 12;

    private final Unit u;
    private final Lexicon lex;

    StatusReader(Unit u, Lexicon lex) {
        this.u = u;
        this.lex = lex;
    }

    /**
     * The status of the event whose trigger spans {@code [start, end)}; {@code who} acts (or null), {@code nominal}
     * whether the trigger is a noun.
     */
    String status(int start, int end, Subject who, boolean nominal) {
        Group subject = who == null ? null : who.group();
        boolean structural = who != null && who.structural();
        int from = Math.max(0, start - WINDOW);
        // An infinitive or a verb after "and" takes the cues of the verbs it hangs on, however far its subject is
        // ("Bush is expected to meet Roh on November 17 and hold bilateral meetings").
        boolean dependent = !nominal && subject != null && structural && subject.end() <= start
                && u.clause[subject.start()] == u.clause[start]
                && ((start > 0 && u.word(start - 1).equals("to")) || u.conjunction(start) > 0);
        if (dependent) from = Math.min(from, subject.end());
        while (from < start && u.clause[from] != u.clause[start]) from++;
        // The cues of another list item or phrase ("China's refusal to denounce X, and US allegations") stay out.
        for (int k = start - 1; k > from; k--) if (u.isComma(k)) { from = k + 1; break; }
        if (!nominal && subject != null && structural && subject.end() <= start && subject.end() > from
                && !"for".equals(u.preposition(subject))) from = subject.end();
        int to = Math.min(u.tokens.size(), end + 5);
        int clauseStart = start;
        while (clauseStart > 0 && u.clause[clauseStart - 1] == u.clause[start]) clauseStart--;
        // A negation, refusal or cancellation decides wherever it is; among the cues of things to come, the one
        // nearest the trigger does, as the innermost says how the event stands ("will seek a renewal of talks").
        // Nearest means ending nearest; of two ending at the same word the longer is the more specific ("accepted
        // Blinken's offer to visit" is planned, though "offer" alone is proposed).
        String nearest = null;
        int nearestEnd = -1, nearestStart = -1;
        for (StatusCue cue : lex.cues) {
            int a = switch (cue.where()) { case AFTER -> end; case CLAUSE -> clauseStart; case BEFORE -> from; };
            int b = cue.where() == StatusCue.Where.AFTER ? to : start;
            boolean coming = cue.status().equals("PLANNED") || cue.status().equals("PROPOSED");
            // A cue after the trigger starts within five tokens of it and may run on ("talks between China and
            // Japan will be held").
            int limit = cue.where() == StatusCue.Where.AFTER ? u.tokens.size() : b;
            for (int k = a; k < b; k++) {
                int matchEnd = cue.pattern().matchAt(u.tokens, k, limit);
                if (matchEnd < 0) continue;
                if (!coming) return cue.status();
                // After the trigger, a cue is farther than any before it ("later this week").
                if (cue.where() == StatusCue.Where.AFTER) matchEnd = -2;
                if (nearest == null || matchEnd > nearestEnd || (matchEnd == nearestEnd && k < nearestStart)) {
                    nearest = cue.status();
                    nearestEnd = matchEnd;
                    nearestStart = k;
                }
            }
        }
        return nearest == null ? "OCCURRED" : nearest;
    }
}
