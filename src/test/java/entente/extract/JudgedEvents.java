package entente.extract;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Events judged by hand, read from a test resource, and the same key made for the events an extraction finds: class,
 * PLOVER type, status, participants (labels, sorted) and the sentence's first 60 characters. Rows are tab-separated:
 * verdict (right or wrong), class, type, status, participants, sentence, why wrong.
 */
final class JudgedEvents {
    record Key(String eventClass, String plover, String status, String participants, String sentence) {}

    /** What the judged events tell of the events found. */
    record Score(Set<Key> found, List<Key> unjudged, List<Key> rightNotFound, long right, long judgedRight) {
        double precision() { return found.isEmpty() ? 0 : (double) right / found.size(); }
        double rightFound() { return judgedRight == 0 ? 0 : (double) right / judgedRight; }

        @Override public String toString() {
            return String.format("%d found, %d right (precision %.2f), %d of %d judged right found (%.2f); not found: %s",
                    found.size(), right, precision(), right, judgedRight, rightFound(), rightNotFound);
        }
    }

    private final Map<Key, Boolean> verdicts;

    private JudgedEvents(Map<Key, Boolean> verdicts) { this.verdicts = verdicts; }

    static JudgedEvents load(String resource) throws Exception {
        Map<Key, Boolean> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                JudgedEvents.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                out.put(new Key(f[1], f[2], f[3], f[4], f[5].strip()), f[0].equals("right"));
            }
        }
        return new JudgedEvents(out);
    }

    /** The keys of an extraction's events. */
    static Set<Key> keys(Extraction x) {
        Map<String, String> labels = new HashMap<>();
        for (Actor actor : x.actors()) labels.put(actor.id(), actor.name());
        Set<Key> out = new LinkedHashSet<>();
        for (Event e : x.events()) {
            String parties = e.participants().stream().map(p -> labels.getOrDefault(p.actorId(), p.actorId()))
                    .sorted().collect(Collectors.joining(" | "));
            String quote = e.evidence().quote().replace('\n', ' ');
            out.add(new Key(e.eventClass().name(), e.ploverType(), e.status().name(), parties,
                    quote.substring(0, Math.min(60, quote.length())).strip()));
        }
        return out;
    }

    Score score(Set<Key> found) {
        List<Key> unjudged = found.stream().filter(k -> !verdicts.containsKey(k)).toList();
        long right = found.stream().filter(k -> verdicts.getOrDefault(k, false)).count();
        List<Key> rightNotFound = verdicts.entrySet().stream().filter(e -> e.getValue() && !found.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
        return new Score(found, unjudged, rightNotFound, right, right + rightNotFound.size());
    }
}
