package entente.extract.event;

import entente.extract.ActorMention;
import entente.nlp.ner.NameCues;
import java.util.List;

/**
 * Finds who does what a trigger says: the subject before a verb, a possessor or a name before a noun ("Blinken's
 * visit"), the object of a verb of asking ("called on Iran to cooperate"), the subject of the verb an infinitive or a
 * verb after "and" hangs on, or the main clause's subject for a trigger in an introductory phrase. One per sentence;
 * not shared between threads.
 */
final class SubjectFinder {
    private static final int INTRO_REACH = 14;

    private final Unit u;
    private final Lexicon lex;

    SubjectFinder(Unit u, Lexicon lex) {
        this.u = u;
        this.lex = lex;
    }

    /** The subject of the trigger at token {@code trigger}, or null when the sentence names no actor for it. */
    Subject subject(int trigger, boolean nominal) {
        // "called on Iran to cooperate": the object of a verb of asking is who would act; "called on the President to
        // demand": someone the text does not name as an actor.
        if (!nominal && trigger > 1 && u.word(trigger - 1).equals("to")) {
            int object = askedObject(trigger - 1);
            if (object >= 0) {
                for (Group g : u.groups) if (g.start() >= object && g.end() < trigger) return new Subject(g, true, true);
                return null;
            }
        }
        if (nominal) {
            // "Blinken's visit", "US allegations": a possessor or a name right before the trigger.
            int k = trigger - 1;
            while (k >= 0 && (u.pos(k).equals("ADJ") || u.pos(k).equals("NUM") || u.pos(k).equals("NOUN")
                    || (u.pos(k).equals("VERB") && u.word(k).endsWith("ed"))
                    || (u.pos(k).equals("PUNCT") && u.word(k).equals("-")) || u.isQuote(k) || u.pos(k).equals("ADV")
                    || (k > 0 && u.isPossessive(k - 1)))) k--; // a word right after a possessor modifies the noun
            boolean possessor = k >= 0 && u.isPossessive(k);
            if (possessor) k--;
            Group g = k >= 0 ? u.groupAt(k) : null;
            if (g != null && g.end() >= k) return new Subject(g, true);
            // "the President's visit": the visit is someone's whom the text does not name; not the clause's subject.
            if (possessor) return null;
            // "levied sanctions against X", "made allegations": the light verb's subject is the agent.
            for (int v = trigger - 1; v >= 0 && v >= trigger - 4 && u.groupAt(v) == null && !u.pos(v).equals("PUNCT"); v--) {
                if (!lex.matchesWord("lightverb", u.tokens, v)) continue;
                Subject verbSubject = subject(v, false);
                if (verbSubject != null) return verbSubject;
                break;
            }
            for (int j = trigger + 1; j < u.tokens.size() && j <= trigger + 3; j++) {
                if (u.matchWord(lex.words("agent"), j) > 0) {
                    Group a = u.groupAt(j + 1);
                    if (a != null && a.start() == j + 1) return new Subject(a, true);
                }
            }
        }
        // "India has blamed X and has accused Pakistan": a verb after "and" has the subject of the verb before it.
        // When that subject is no actor ("He ended a tour of Burkina Faso, and visited Nigeria"), there is none.
        int c = nominal ? -1 : u.conjunction(trigger);
        if (c > 0) {
            int verb = c - 1;
            while (verb >= 0 && !u.pos(verb).equals("VERB")) verb--;
            if (verb >= 0) {
                Group shared = lastSubjectBefore(verb, trigger);
                return shared == null ? null : new Subject(shared, true);
            }
        }
        // "plans to visit Mongolia to meet Enkhbayar", "says Rice is to meet Brown": an infinitive's subject is that of
        // the verb it hangs on.
        if (!nominal && trigger > 1 && u.word(trigger - 1).equals("to")) {
            int verb = trigger - 2;
            while (verb >= 0 && !(u.pos(verb).equals("VERB") || u.pos(verb).equals("AUX"))) verb--;
            Group main = verb < 0 ? null : lastSubjectBefore(verb, trigger);
            // "Hundreds of women gathered in the capital, Islamabad, to denounce": no actor before the verb, none acts.
            if (verb >= 0 && u.clause[verb] == u.clause[trigger]) return main == null ? null : new Subject(main, true);
        }
        Group best = null;
        for (Group g : u.groups) {
            if (g.end() > trigger) break;
            if (u.clause[g.start()] != u.clause[trigger] || !subjectLike(g)) continue;
            if (g.possessor() && !nominal) continue;
            // For a noun trigger ("ended a trip to X") the clause's subject is a phrase a verb follows.
            if (nominal && !followedByVerb(g)) continue;
            best = g;
        }
        // "Carme Chacon said the first 200 troops will leave": a verb reported after a verb of saying has its own
        // subject, here no actor; the speaker is not it. A pronoun there is mostly the speaker ("officials say they
        // have detained").
        if (best != null && !nominal) {
            for (int k = best.end(); k < trigger; k++) {
                if (!NameCues.isSpeechVerb(u.word(k)) || !u.pos(k).equals("VERB")) continue;
                int next = k + 1;
                while (next < trigger && (u.word(next).equals("that") || u.isQuote(next) || u.pos(next).equals("PUNCT"))) next++;
                if (next < trigger && !u.pos(next).equals("PRON")) return null;
            }
        }
        if (best != null) return new Subject(best, !nominal);
        // "General Musharraf, who has been meeting with President Bush": a relative clause's verb is its antecedent's.
        if (!nominal) {
            int open = trigger;
            while (open > 0 && u.clause[open - 1] == u.clause[trigger]) open--;
            if (open > 0 && (u.word(open).equals("who") || u.word(open).equals("which"))) {
                int before = open - 1;
                if (before > 0 && u.isComma(before)) before--;
                Group antecedent = u.groupAt(before);
                if (antecedent != null && antecedent.end() == before + 1 && !antecedent.possessor()) return new Subject(antecedent, true);
            }
        }
        // A trigger in an introductory phrase ("In a meeting with X, Y said") belongs to the main clause's subject.
        if (!lex.matchesWord("intro", u.tokens, 0) && !lex.matchesWord("subordinator", u.tokens, 0)) return null;
        for (int j = 1; j < trigger; j++) if (u.pos(j).equals("VERB") || u.pos(j).equals("AUX")) return null;
        int comma = -1;
        for (int j = trigger + 1; j < u.tokens.size() && j <= trigger + INTRO_REACH; j++) {
            Group g = u.groupAt(j);
            if (g != null) {
                // "In a meeting with Bill Gates, co-founder of Microsoft Corp., Xi hinted": the names after the
                // phrase's comma, read as one list with those in it, are the main clause's subject.
                Group after = followedByVerb(g) ? afterLastComma(g) : null;
                if (after != null) return new Subject(after, false);
                j = g.end() - 1;
                continue;
            }
            if (u.isComma(j)) { comma = j; break; }
            if (u.pos(j).equals("VERB") || u.pos(j).equals("AUX")) return null;
        }
        if (comma < 0) return null;
        int k = comma + 1;
        while (k < u.tokens.size() && (u.pos(k).equals("DET") || u.pos(k).equals("ADV") || u.isComma(k))) k++;
        Group g = u.groupAt(k);
        return g != null && g.start() >= k - 1 && !g.possessor() ? new Subject(g, false) : null;
    }

    /**
     * Where the object of a verb of asking starts when it ends right before {@code to} ("urged the Chinese government
     * to", "called on Iran to"), or -1 when no such verb comes before the phrase.
     */
    private int askedObject(int to) {
        int np = to;
        while (np > 0) {
            Group g = u.groupAt(np - 1);
            String pos = u.pos(np - 1);
            if (g != null) np = Math.min(np - 1, g.start());
            else if (pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN")
                    || pos.equals("PRON") || pos.equals("NUM")) np--;
            else break;
        }
        if (np == to) return -1;
        for (int j = Math.max(0, np - 3); j < np; j++) if (u.matchWord(lex.words("asking"), j) == np) return np;
        return -1;
    }

    /** The members of a group that follow its last comma not followed by a conjunction, as a group; null if none. */
    private Group afterLastComma(Group g) {
        int comma = -1;
        for (int k = g.start(); k < g.end(); k++) {
            if (u.isComma(k) && !(k + 1 < g.end() && u.pos(k + 1).equals("CCONJ"))) comma = k;
        }
        if (comma < 0) return null;
        final int c = comma;
        List<ActorMention> after = g.members().stream().filter(m -> m.tokenStart() > c).toList();
        if (after.isEmpty() || after.size() == g.members().size()) return null;
        return new Group(after, after.get(0).tokenStart(), g.end(), g.possessor());
    }

    /** The last group that can be a subject, in the trigger's clause, ending by token {@code verb}. */
    private Group lastSubjectBefore(int verb, int trigger) {
        Group last = null;
        for (Group g : u.groups) {
            if (g.end() > verb) break;
            if (u.clause[g.start()] == u.clause[trigger] && subjectLike(g) && !g.possessor()) last = g;
        }
        return last;
    }

    private boolean followedByVerb(Group g) {
        int k = g.end();
        while (k < u.tokens.size() && (u.pos(k).equals("ADV") || u.isQuote(k) || u.isComma(k))) k++;
        return k < u.tokens.size() && (u.pos(k).equals("VERB") || u.pos(k).equals("AUX"));
    }

    private boolean subjectLike(Group g) {
        String p = u.preposition(g);
        if (p == null) return true;
        if (p.equals("of") && u.nounBeforeOf(g)) return true;
        return (p.equals("for") || p.equals("that")) && g.end() < u.tokens.size() && (u.word(g.end()).equals("to") || !p.equals("for"));
    }
}
