package entente.extract.event;

import entente.extract.Actor;
import entente.extract.ActorMention;
import entente.extract.ActorType;
import entente.extract.Event;
import entente.extract.EventClass;
import entente.extract.Evidence;
import entente.extract.Participant;
import entente.extract.Role;
import entente.extract.Status;
import entente.extract.TimeExpression;
import entente.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds meetings, visits, disputes, alliances and agreements in tagged sentences whose actor mentions are known.
 *
 * <pre>
 *   List&lt;Event&gt; events = EventExtractor.standard().extract(new EventInput(sentences, mentions, actors, published));
 * </pre>
 *
 * <p>Triggers, status cues and word classes are data ({@code triggers.tsv}, {@code status.tsv}, {@code words.tsv});
 * roles come from the sentence's structure: the subject before the trigger, the object or "with"/"between" party
 * after it, a possessor ("Blinken's visit"), or the main clause's subject for a trigger in an introductory phrase.
 * Actors are never taken from another sentence. Immutable and thread-safe.
 */
public final class EventExtractor {
    private static final double STRUCTURAL = 0.9;
    private static final double NOMINAL = 0.75;
    private static final int OBJECT_REACH = 6;
    private static final int PLACE_REACH = 8;

    private static final class Holder { static final EventExtractor STANDARD = new EventExtractor(Lexicon.load()); }

    private final Lexicon lexicon;

    private EventExtractor(Lexicon lexicon) { this.lexicon = lexicon; }

    /** The extractor with the rules shipped in the jar; loaded once. */
    public static EventExtractor standard() { return Holder.STANDARD; }

    /** The events of an article, in sentence order. */
    public List<Event> extract(EventInput input) {
        Map<Integer, Integer> offsetOf = new HashMap<>();
        List<Sentence> units = Unit.joinCuts(input.sentences());
        Map<Integer, Integer> unitOf = new HashMap<>();
        int u = 0;
        for (Sentence s : input.sentences()) {
            while (u + 1 < units.size() && units.get(u + 1).index() <= s.index()) u++;
            unitOf.put(s.index(), u);
            offsetOf.put(s.index(), tokenOffset(units.get(u), s));
        }
        Map<Integer, List<ActorMention>> byUnit = new HashMap<>();
        for (ActorMention m : input.mentions()) {
            Integer unit = unitOf.get(m.sentence());
            if (unit == null) continue;
            int shift = offsetOf.get(m.sentence());
            byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(new ActorMention(m.actorId(), units.get(unit).index(),
                    m.tokenStart() + shift, m.tokenEnd() + shift, m.start(), m.end(), m.text()));
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            List<ActorMention> mentions = byUnit.getOrDefault(i, List.of());
            if (mentions.isEmpty()) continue;
            Unit unit = new Unit(units.get(i), mentions, lexicon);
            events.addAll(new Reader(unit, input, lexicon).events());
        }
        return events;
    }

    private static int tokenOffset(Sentence unit, Sentence s) {
        for (int k = 0; k < unit.size(); k++) if (unit.tokens().get(k).start() == s.tokens().get(0).start()) return k;
        return 0;
    }

    /** Reads the events of one sentence; not shared between threads. */
    private static final class Reader {
        private final Unit u;
        private final EventInput input;
        private final Lexicon lex;
        private List<TimeResolver.Found> times; // found when first asked: most sentences hold no trigger
        private final Map<String, Event> events = new LinkedHashMap<>();
        private final StatusReader statuses;
        private final SubjectFinder subjects;

        Reader(Unit u, EventInput input, Lexicon lex) {
            this.u = u;
            this.input = input;
            this.lex = lex;
            this.statuses = new StatusReader(u, lex);
            this.subjects = new SubjectFinder(u, lex);
        }

        List<Event> events() {
            int i = 0;
            while (i < u.tokens.size()) {
                int next = i + 1;
                for (Trigger t : lex.triggersAt(u.tokens.get(i))) {
                    int end = t.pattern().matchAt(u.tokens, i, u.tokens.size());
                    if (end < 0 || u.groupAt(i) != null) continue;
                    read(t, i, end);
                    next = end;
                    break;
                }
                i = next;
            }
            return List.copyOf(events.values());
        }

        private void read(Trigger t, int start, int end) {
            // A word after an article or a possessor is a noun, whatever the tagger said ("the President's impromptu visit").
            boolean determined = start > 0 && (u.pos(start - 1).equals("DET") || u.isPossessive(start - 1)
                    || (start > 1 && u.isPossessive(start - 2)));
            boolean nominal = (u.pos(start).equals("NOUN") || u.pos(start).equals("PROPN") || determined)
                    && !(start > 0 && u.word(start - 1).equals("to")) && !(!determined && verbBetweenNames(start, end));
            switch (t.frame()) {
                case NAMED -> { named(t, start, end); return; }
                case MEMBERSHIP -> { membership(t, start, end, nominal); return; }
                default -> { }
            }
            // "defeated host Italy", "Morning Joe host Joe Scarborough": the noun is a title, not a hosting.
            if (t.frame() == Frame.HOST && nominal) return;
            // "used the summit's opening": the noun names a time or part of the event, whose parties the clause omits.
            if (nominal && u.isPossessive(end)) return;
            Subject subject = subjects.subject(start, nominal);
            if (t.frame() == Frame.ACT && nominal && subject != null && !subject.structural()) return;
            // A pattern that spells out its object's preposition after other words ("agreement * sign by", "ban *
            // import from") governs the name right after it, whatever the frame allows otherwise.
            List<Group> objects = objects(t.frame(), end, t.pattern().parts().size() >= 3);
            String status = statuses.status(start, end, subject, nominal);
            if (status.equals("NEGATED")) return;
            // "urged Iran to meet": what one is asked to do has not happened.
            if (subject != null && subject.asked() && status.equals("OCCURRED")) status = "PROPOSED";
            double confidence = subject != null && subject.structural() ? STRUCTURAL : NOMINAL;
            switch (t.frame()) {
                case MEET, JOINT -> {
                    Set<String> ids = new LinkedHashSet<>();
                    boolean passive = t.frame() == Frame.JOINT && u.word(end - 1).equals("by"); // the subject was signed
                    if (subject != null && !passive) ids.addAll(ids(subject.group()));
                    for (Group g : objects) ids.addAll(ids(g));
                    if (ids.size() < 2) return;
                    // "a meeting between A and B": the parties are named; the clause's subject is not one of them.
                    boolean between = objects.stream().anyMatch(g -> "between".equals(u.preposition(g)) && g.members().size() >= 2);
                    // "His schedule includes talks with the King and the Prime Minister": talks of someone unnamed with
                    // each of them, not between them.
                    boolean withOthers = u.word(end - 1).equals("with") || objects.stream().allMatch(g -> "with".equals(u.preposition(g)));
                    if (subject == null && !between && withOthers) return;
                    if (between && subject != null) {
                        ids.clear();
                        for (Group g : objects) ids.addAll(ids(g));
                    }
                    if (!between && subject != null && t.eventClass() == EventClass.MEETING
                            && separateMeetings(t, subject, ids, objects, status, start, end, confidence)) return;
                    String mode = t.mode();
                    if (t.eventClass() == EventClass.MEETING && ids.size() >= 3) mode = "multilateral";
                    List<Participant> ps = ids.stream().map(id -> new Participant(id, Role.PARTICIPANT)).toList();
                    add(t.eventClass(), t.ploverType(), mode, Status.valueOf(status), ps, start, end, place(end, objects), topic(end, objects, false), null, confidence);
                }
                case VISIT, HOST -> {
                    // "Blinken was hosted by Xi": the "by" phrase hosts; "a summit hosted by Gadhafi" hosts no actor.
                    if (t.frame() == Frame.HOST && end < u.tokens.size() && u.word(end).equals("by")) {
                        Group by = byPhrase(end, 0);
                        if (by == null || subject == null || !passive(start)) return;
                        List<Participant> ps = new ArrayList<>();
                        for (String id : ids(by)) ps.add(new Participant(id, Role.HOST));
                        for (String id : ids(subject.group())) addOnce(ps, id, Role.VISITOR);
                        if (ps.stream().noneMatch(p -> p.role() == Role.VISITOR)) return;
                        add(t.eventClass(), t.ploverType(), t.mode(), Status.valueOf(status), ps, start, end,
                                place(end, List.of(by)), null, null, confidence);
                        return;
                    }
                    if (subject == null || objects.isEmpty()) return;
                    Group dest = objects.get(0);
                    List<Participant> ps = new ArrayList<>();
                    Role subjectRole = t.frame() == Frame.VISIT ? Role.VISITOR : Role.HOST;
                    Role objectRole = t.frame() == Frame.VISIT ? Role.HOST : Role.VISITOR;
                    for (String id : ids(subject.group())) ps.add(new Participant(id, subjectRole));
                    for (String id : ids(dest)) addOnce(ps, id, objectRole);
                    if (ps.stream().noneMatch(p -> p.role() == objectRole) || ps.stream().noneMatch(p -> p.role() == subjectRole)) return;
                    String place = t.frame() == Frame.VISIT ? dest.members().get(0).actorId() : place(end, objects);
                    add(t.eventClass(), t.ploverType(), t.mode(), Status.valueOf(status), ps, start, end, place, topic(end, objects, false), null, confidence);
                }
                case ACT -> act(t, start, end, subject, objects, status, confidence);
                default -> { }
            }
        }

        private void act(Trigger t, int start, int end, Subject subject, List<Group> objects, String status, double confidence) {
            if (status.equals("DECLINED")) return;
            // "over alleged Revolutionary Guards plots": a participle after a preposition or article modifies a noun.
            if (start > 0 && (u.pos(start - 1).equals("ADP") || u.pos(start - 1).equals("DET"))
                    && u.word(start).endsWith("ed")) return;
            // "refused to meet": the refusal is the status of the embedded event, not a dispute of its own.
            if (t.ploverType().equals("REJECT") && end + 1 < u.tokens.size() && u.word(end).equals("to")
                    && u.pos(end + 1).equals("VERB")) return;
            if (passive(start)) {
                // "X was sanctioned by Y": the subject is the target, the "by" phrase the source.
                Group by = byPhrase(end, 3);
                if (subject == null || by == null) return;
                objects = List.of(subject.group());
                subject = new Subject(by, true);
            }
            if (subject == null) return;
            Group target = null;
            int k = end;
            while (k < u.tokens.size() && (u.pos(k).equals("DET") || u.pos(k).equals("ADJ"))) k++;
            int requestEnd = k < u.tokens.size() ? u.matchWord(lex.words("request"), k) : -1;
            boolean request = false;
            if (requestEnd > 0 && requestEnd < u.tokens.size() && (u.word(requestEnd).equals("from") || u.word(requestEnd).equals("by"))) {
                for (Group g : u.groups) {
                    if (g.start() > requestEnd && g.start() <= requestEnd + OBJECT_REACH) { target = g; break; }
                }
                request = target != null;
            }
            if (target == null && !objects.isEmpty()) target = objects.get(0);
            // "demanded an explanation from Russia": whom a demand is made of.
            if (target == null && t.ploverType().equals("REQUEST") && u.pos(start).equals("VERB")) target = fromParty(end);
            if (target == null) return;
            List<Participant> ps = new ArrayList<>();
            for (String id : ids(subject.group())) ps.add(new Participant(id, Role.SOURCE));
            for (String id : ids(target)) addOnce(ps, id, Role.TARGET);
            if (ps.stream().noneMatch(p -> p.role() == Role.TARGET)) return;
            // "blamed the US side's erroneous perception": what the target owns is the grievance.
            boolean modifies = target.end() < u.tokens.size() && u.pos(target.end()).equals("NOUN");
            String topic = target.possessor() || modifies ? span(target.end() + (target.possessor() ? 1 : 0), u.clause[target.start()], 12)
                    : topic(target.end(), List.of(target), true);
            // "made another verbal attack on Blair": said so.
            boolean verbal = t.ploverType().equals("ASSAULT")
                    && (verbal(target) || (start > 0 && lex.matchesWord("verbal", u.tokens, start - 1)));
            add(EventClass.DISPUTE, verbal ? "ACCUSE" : t.ploverType(), null, Status.valueOf(status), ps, start, end,
                    place(end, List.of(target)), topic, null, confidence);
            // "rejected a request from X for a meeting": also a meeting that was declined.
            if (request && t.ploverType().equals("REJECT")) {
                int f = target.end();
                if (f < u.tokens.size() && u.word(f).equals("for")) {
                    int g = f + 1;
                    while (g < u.tokens.size() && u.pos(g).equals("DET")) g++;
                    for (Trigger meet : lex.triggers) {
                        if (meet.eventClass() != EventClass.MEETING) continue;
                        if (meet.pattern().matchAt(u.tokens, g, u.tokens.size()) < 0) continue;
                        List<Participant> parties = ps.stream().map(p -> new Participant(p.actorId(), Role.PARTICIPANT)).toList();
                        add(EventClass.MEETING, "CONSULT", meet.mode(), Status.DECLINED, parties, g, g + 1, place(g, List.of()), null, null, confidence);
                        break;
                    }
                }
            }
        }

        /** The name a "by" introduces within {@code reach} tokens of {@code from} (the agent of a passive), or null. */
        private Group byPhrase(int from, int reach) {
            for (int j = from; j < u.tokens.size() && j <= from + reach; j++) {
                if (!u.word(j).equals("by")) continue;
                int g = j + 1;
                while (g < u.tokens.size() && u.pos(g).equals("DET")) g++;
                Group by = g < u.tokens.size() ? u.groupAt(g) : null;
                if (by != null) return by;
            }
            return null;
        }

        /** Adds an actor in a role unless it already takes part in another. */
        private static void addOnce(List<Participant> ps, String id, Role role) {
            if (ps.stream().noneMatch(p -> p.actorId().equals(id))) ps.add(new Participant(id, role));
        }

        /** The first name after {@code end} that a "from" introduces, in the same phrase. */
        private Group fromParty(int end) {
            for (Group g : u.groups) {
                if (g.start() < end) continue;
                if (!attached(end, g.start(), OBJECT_REACH)) return null;
                if ("from".equals(u.preposition(g))) return g;
            }
            return null;
        }

        /**
         * Whether an attack on {@code target} is criticism rather than force: it gives a reason ("attacked Trump for the
         * tweet"), or a person is attacked on or over something that is no time ("attacked Trump on his taxes").
         */
        private boolean verbal(Group target) {
            int k = target.end();
            if (k >= u.tokens.size()) return false;
            if (lex.matchesWord("reason", u.tokens, k)) return true;
            Actor a = input.actors().get(target.members().get(0).actorId());
            return a != null && a.type() == ActorType.PERSON && lex.matchesWord("personreason", u.tokens, k)
                    && !startsTime(k + 1);
        }

        // "an alliance known as AUKUS, which stands for A, B and C"; "the AUKUS alliance of A, B and C".
        private void named(Trigger t, int start, int end) {
            ActorMention name = null;
            int k = end;
            if (k < u.tokens.size() && (u.word(k).equals("known") || u.word(k).equals("called") || u.word(k).equals("named"))) {
                k++;
                if (k < u.tokens.size() && u.word(k).equals("as")) k++;
                Group g = u.groupAt(k);
                if (g != null && g.start() == k) { name = g.members().get(0); k = g.end(); }
            }
            if (name == null) {
                Group before = start > 0 ? u.groupAt(start - 1) : null;
                if (before != null && before.end() == start) name = before.members().get(0);
            }
            Group members = null;
            for (int j = k; j < u.tokens.size() && j <= k + 5 && members == null; j++) {
                int w = u.matchWord(lex.words("member"), j);
                if (w < 0) continue;
                int m = w;
                while (m < u.tokens.size() && (u.pos(m).equals("DET") || u.isQuote(m))) m++;
                Group g = u.groupAt(m);
                if (g != null && g.start() == m) members = g;
            }
            if (members == null) return;
            Set<String> ids = new LinkedHashSet<>(ids(members));
            if (name != null) ids.remove(name.actorId());
            if (ids.size() < 2) return;
            List<Participant> ps = ids.stream().map(id -> new Participant(id, Role.MEMBER)).toList();
            add(EventClass.ALLIANCE, t.ploverType(), null, Status.OCCURRED, ps, start, end, null, null,
                    name == null ? null : name.text(), STRUCTURAL);
        }

        // "A and B are members of NATO"; "Finland joined NATO". Only an international organisation makes it an
        // alliance: a member of a party, parliament or committee is a fact of domestic politics.
        private void membership(Trigger t, int start, int end, boolean nominal) {
            int k = end;
            while (k < u.tokens.size() && (u.pos(k).equals("DET") || u.isQuote(k))) k++;
            Group org = u.groupAt(k);
            if (org == null || org.start() != k) return;
            ActorMention body = org.members().get(0);
            Actor actor = input.actors().get(body.actorId());
            if (actor == null || actor.type() != ActorType.INTERNATIONAL_ORGANIZATION) return;
            Subject subject = subjects.subject(start, false);
            if (subject == null) return;
            String status = statuses.status(start, end, subject, false);
            if (!status.equals("OCCURRED") && !status.equals("PLANNED")) return;
            List<Participant> ps = new ArrayList<>();
            for (String id : ids(subject.group())) if (!id.equals(body.actorId())) ps.add(new Participant(id, Role.MEMBER));
            if (ps.isEmpty()) return;
            ps.add(new Participant(body.actorId(), Role.PARTICIPANT));
            add(EventClass.ALLIANCE, t.ploverType(), null, Status.valueOf(status), ps, start, end, null, null, body.text(), STRUCTURAL);
        }

        /** A past participle after a form of "be": "was sanctioned", "had been attacked". */
        private boolean passive(int trigger) {
            if (!u.pos(trigger).equals("VERB") || !(u.word(trigger).endsWith("ed") || u.word(trigger).endsWith("en"))) return false;
            int k = trigger - 1;
            while (k >= 0 && u.pos(k).equals("ADV")) k--;
            return k >= 0 && TokenPattern.is(u.tokens.get(k), "be") && u.pos(k).equals("AUX");
        }

        /** Whether a phrase at {@code k} still belongs to what ends at {@code anchor}: near, with no verb between. */
        private boolean attached(int anchor, int k, int reach) {
            if (k - anchor > reach) return false;
            for (int j = anchor; j < k; j++) {
                if (u.pos(j).equals("VERB") || u.pos(j).equals("AUX")) return false;
                if (u.isComma(j) && j > anchor) return false;
            }
            return true;
        }

        /**
         * "Erdogan had separate meetings with Ahmadinejad and Vice President Davoodi": one meeting of the subject with
         * each of the others, added when "separate" is in the trigger or up to two words before it; false when not.
         */
        private boolean separateMeetings(Trigger t, Subject subject, Set<String> ids, List<Group> objects, String status,
                                         int start, int end, double confidence) {
            boolean separate = false;
            for (int k = Math.max(0, start - 2); k < end; k++) separate |= u.word(k).equals("separate");
            Set<String> own = new LinkedHashSet<>(ids(subject.group()));
            List<String> others = ids.stream().filter(id -> !own.contains(id)).toList();
            if (!separate || own.size() != 1 || others.size() < 2) return false;
            for (String other : others) {
                List<Participant> pair = List.of(new Participant(own.iterator().next(), Role.PARTICIPANT),
                        new Participant(other, Role.PARTICIPANT));
                add(t.eventClass(), t.ploverType(), t.mode(), Status.valueOf(status), pair, start, end,
                        place(end, objects), topic(end, objects, false), null, confidence);
            }
            return true;
        }

        /**
         * "India blames neighboring Pakistan", "US sanctions Iran": a word in -s the tagger read as a noun is a verb
         * when a name ends right before it and another begins after it, past adjectives and determiners.
         */
        private boolean verbBetweenNames(int start, int end) {
            if (start == 0 || end - start != 1 || !u.word(start).endsWith("s")) return false;
            Group before = u.groupAt(start - 1);
            if (before == null || before.end() != start || before.possessor()) return false;
            int k = end;
            while (k < u.tokens.size() && (u.pos(k).equals("ADJ") || u.pos(k).equals("DET")
                    || u.pos(k).equals("VERB") && u.word(k).endsWith("ing"))) k++;
            Group after = k < u.tokens.size() ? u.groupAt(k) : null;
            return after != null && after.start() == k;
        }

        private List<Group> objects(Frame frame, int end, boolean ownPreposition) {
            List<Group> out = new ArrayList<>();
            int k = end;
            int limit = Math.min(u.tokens.size(), end + OBJECT_REACH);
            boolean sawNoun = false;
            while (k < limit) {
                Group g = u.groupAt(k);
                if (g != null) {
                    if (u.clause[g.start()] != u.clause[end - 1] && frame != Frame.ACT) break;
                    String p = u.preposition(g);
                    // "a treaty signed by Russia and Ukraine" (a passive's agents are the parties), "banned imports from
                    // Ukraine": the trigger's own last word is the name's preposition.
                    int at = end;
                    while (at < g.start() && u.pos(at).equals("DET")) at++;
                    boolean own = ownPreposition && g.start() == at && p != null && p.equals(u.word(end - 1));
                    if (allowed(frame, p) || own) { out.add(g); break; }
                    // "allegations from Washington that Beijing ...": the agent phrase is passed over.
                    if (frame == Frame.ACT && ("from".equals(p) || "by".equals(p))) { k = g.end(); continue; }
                    break;
                }
                String pos = u.pos(k);
                // "neighboring Pakistan": a participle right before a name modifies it.
                boolean modifier = pos.equals("VERB") && u.word(k).endsWith("ing") && u.groupAt(k + 1) != null
                        && u.groupAt(k + 1).start() == k + 1;
                if (modifier) { k++; continue; }
                if (u.isComma(k) || pos.equals("VERB") || pos.equals("AUX") || pos.equals("CCONJ")
                        || (pos.equals("PUNCT") && !u.isQuote(k) && !u.word(k).equals("-"))) break;
                // "go to both countries after his visit": past a noun, a new preposition starts another phrase.
                if (sawNoun && (pos.equals("ADP") || pos.equals("SCONJ"))) break;
                if (pos.equals("NOUN")) sawNoun = true;
                k++;
            }
            return out;
        }

        private static boolean allowed(Frame frame, String preposition) {
            if (preposition == null) return frame != Frame.JOINT;
            return switch (frame) {
                case MEET, JOINT -> Set.of("with", "between", "and").contains(preposition);
                case VISIT -> Set.of("to", "in", "for").contains(preposition);
                case ACT -> Set.of("against", "on", "upon", "to", "that", "of", "with").contains(preposition);
                default -> false;
            };
        }

        private String place(int end, List<Group> objects) {
            int anchor = end;
            for (Group g : objects) anchor = Math.max(anchor, g.end());
            for (Group g : u.groups) {
                if (g.start() < end || objects.contains(g) || u.clause[g.start()] != u.clause[end - 1]) continue;
                if (!attached(anchor, g.start(), PLACE_REACH)) break;
                String p = u.preposition(g);
                if (!"in".equals(p) && !"at".equals(p)) continue;
                Actor a = input.actors().get(g.members().get(0).actorId());
                if (a != null && (a.type() == ActorType.PLACE || a.type() == ActorType.COUNTRY)) return a.id();
            }
            return null;
        }

        private String topic(int after, List<Group> objects, boolean clauseAfterTarget) {
            int from = after;
            for (Group g : objects) from = Math.max(from, g.end());
            int clause = u.clause[Math.min(from, u.tokens.size()) - 1];
            for (int k = from; k < u.tokens.size() && u.clause[k] == clause && attached(from, k, PLACE_REACH); k++) {
                int w = u.matchWord(lex.words("topic"), k);
                if (w > 0 && startsTime(w)) continue;
                if (w > 0) return span(w, clause, 14);
                if (u.isComma(k) && !clauseAfterTarget) break;
            }
            if (clauseAfterTarget && from < u.tokens.size()) {
                String w = u.word(from);
                if (w.equals("to") || w.equals("that") || w.equals("for") || w.equals("of") || u.pos(from).equals("VERB")) {
                    return span(w.equals("to") || u.pos(from).equals("VERB") ? from : from + 1, clause, 16);
                }
            }
            return null;
        }

        private String span(int from, int clause, int max) {
            int to = from;
            while (to < u.tokens.size() && to < from + max && u.clause[to] == clause && !u.isComma(to)
                    && !(u.pos(to).equals("PUNCT") && !u.isQuote(to) && !u.word(to).equals("-") && !u.isPossessive(to))) to++;
            String s = u.sentence.coveredText(from, to).replaceAll("[\"\u201c\u201d]", "").strip();
            return s.isEmpty() ? null : s;
        }

        private TimeExpression time(int start, Status status) {
            int tokenClause = u.clause[start];
            TimeResolver.Found best = null;
            int bestDistance = Integer.MAX_VALUE;
            int triggerChar = u.tokens.get(start).start() - u.sentence.start();
            for (TimeResolver.Found f : times()) {
                int k = tokenAt(f.start());
                if (k < 0 || u.clause[k] != tokenClause) continue;
                // Prefer a phrase after the trigger: "met Wang on Monday".
                int distance = f.start() >= triggerChar ? f.start() - triggerChar : 2 * (triggerChar - f.end()) + 1000;
                if (distance < bestDistance) { best = f; bestDistance = distance; }
            }
            if (best == null) return null;
            boolean future = status == Status.PLANNED || status == Status.PROPOSED;
            return TimeResolver.expression(best.phrase(), input.published(), future);
        }

        private List<TimeResolver.Found> times() {
            if (times == null) times = TimeResolver.find(u.sentence.text());
            return times;
        }

        // Whether a token lies inside a time phrase ("on Monday" is no topic).
        private boolean startsTime(int token) {
            if (token >= u.tokens.size()) return false;
            int at = u.tokens.get(token).start() - u.sentence.start();
            for (TimeResolver.Found f : times()) if (f.start() <= at && at < f.end()) return true;
            return false;
        }

        private boolean afterPublication(TimeExpression time) {
            if (time == null || time.value() == null || input.published() == null) return false;
            String value = time.value();
            String published = input.published().toString();
            int n = Math.min(value.length(), published.length());
            return value.substring(0, n).compareTo(published.substring(0, n)) > 0;
        }

        private int tokenAt(int charInSentence) {
            int abs = charInSentence + u.sentence.start();
            for (int k = 0; k < u.tokens.size(); k++) if (u.tokens.get(k).end() > abs) return k;
            return -1;
        }

        /** The actor ids of a group; a city with a country code stands for its country ("Beijing insisted"). */
        private List<String> ids(Group g) {
            List<String> out = new ArrayList<>();
            for (ActorMention m : g.members()) {
                String id = m.actorId();
                Actor a = input.actors().get(id);
                if (a != null && a.type() == ActorType.PLACE && a.countryCode() != null) id = countryId(a.countryCode());
                if (!out.contains(id)) out.add(id);
            }
            return out;
        }

        private String countryId(String code) {
            for (Actor a : input.actors().values()) {
                if (a.type() == ActorType.COUNTRY && code.equals(a.countryCode())) return a.id();
            }
            return "country/" + code;
        }

        private void add(EventClass cls, String plover, String mode, Status status, List<Participant> ps, int start, int end,
                         String place, String topic, String name, double confidence) {
            String key = cls + "|" + plover + "|" + status + "|" + ps.stream().map(p -> p.actorId() + ":" + p.role()).sorted().toList();
            if (events.containsKey(key)) return;
            String trigger = u.sentence.coveredText(start, end);
            Evidence evidence = new Evidence(u.sentence.index(), u.sentence.start(), u.sentence.end(), u.sentence.text(), confidence);
            TimeExpression time = time(start, status);
            // "meets Xi next week": a present-tense event dated after publication lies ahead.
            if (status == Status.OCCURRED && afterPublication(time)) status = Status.PLANNED;
            events.put(key, new Event(cls, plover, mode, status, ps, time, place, topic, name, trigger, evidence));
        }
    }
}
