package entente.extract.event;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import entente.extract.Actor;
import entente.extract.ActorMention;
import entente.extract.ActorType;
import entente.extract.Event;
import entente.extract.EventClass;
import entente.extract.Participant;
import entente.nlp.Pipeline;
import entente.nlp.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over re3d with its gold entities as mentions and compares the actor pairs of the events with
 * re3d's gold relations of a matching kind (CommWith for meetings and visits, FightingAgainst and Dislikes for
 * disputes, AlliesOf for alliances and agreements). Entities are not linked across spellings, so the figures are
 * a loose lower bound; they are printed for the report.
 */
class TestRe3d {
    private static final Map<String, ActorType> TYPES = Map.of("Person", ActorType.PERSON, "Organisation", ActorType.ORGANIZATION,
            "Location", ActorType.PLACE, "Nationality", ActorType.COUNTRY);

    private record Pair(String doc, String a, String b, String kind) {}

    @Test
    void eventsAgreeWithGoldRelations() throws IOException {
        Path root = Path.of(System.getProperty("entente.shared", "../shared"), "data/re3d");
        Assumptions.assumeTrue(Files.isDirectory(root), "shared data absent: " + root);
        Map<String, JsonObject> docs = new HashMap<>();
        Map<String, List<JsonObject>> entities = new HashMap<>();
        Set<Pair> relations = new HashSet<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                for (JsonObject d : lines(dir.resolve("documents.json"))) docs.put(d.get("_id").getAsString(), d);
                for (JsonObject e : lines(dir.resolve("entities.json"))) {
                    if (TYPES.containsKey(e.get("type").getAsString())) entities.computeIfAbsent(e.get("documentId").getAsString(), k -> new ArrayList<>()).add(e);
                }
                for (JsonObject r : lines(dir.resolve("relations.json"))) {
                    String kind = switch (r.get("type").getAsString()) {
                        case "CommWith" -> "meet";
                        case "FightingAgainst", "Dislikes" -> "dispute";
                        case "AlliesOf" -> "ally";
                        default -> null;
                    };
                    if (kind != null) relations.add(pair(r.get("documentId").getAsString(), key(r.get("source").getAsString()), key(r.get("target").getAsString()), kind));
                }
            }
        }
        int events = 0, agreeing = 0;
        Set<Pair> found = new HashSet<>();
        for (JsonObject d : docs.values()) {
            String id = d.get("_id").getAsString();
            List<Sentence> sentences = Pipeline.shared().annotate(d.get("text").getAsString());
            Map<String, Actor> actors = new HashMap<>();
            List<ActorMention> mentions = new ArrayList<>();
            for (JsonObject e : entities.getOrDefault(id, List.of())) {
                String value = e.get("value").getAsString();
                ActorType type = TYPES.get(e.get("type").getAsString());
                String actorId = key(value);
                actors.putIfAbsent(actorId, new Actor(actorId, value, type, null, null, List.of()));
                ActorMention m = mention(sentences, actorId, e.get("begin").getAsInt(), e.get("end").getAsInt(), value);
                if (m != null) mentions.add(m);
            }
            for (Event e : EventExtractor.standard().extract(new EventInput(sentences, mentions, actors, null))) {
                events++;
                String kind = switch (e.eventClass()) {
                    case MEETING, VISIT -> "meet";
                    case DISPUTE -> "dispute";
                    default -> "ally";
                };
                List<String> ids = e.participants().stream().map(Participant::actorId).distinct().toList();
                boolean agrees = false;
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        Pair p = pair(id, ids.get(i), ids.get(j), kind);
                        if (relations.contains(p)) { agrees = true; found.add(p); }
                    }
                }
                if (agrees) agreeing++;
                System.out.println("RE3D " + (agrees ? "AGREES " : "OTHER  ") + e.eventClass() + " " + e.ploverType() + " " + e.status() + " " + ids
                        + " | " + e.trigger() + " | " + e.evidence().quote().replace('\n', ' '));
            }
        }
        System.out.printf("RE3D %d events, %d with a gold relation of the same kind; %d of %d gold relations found%n",
                events, agreeing, found.size(), relations.size());
        assertTrue(events >= 20, "events in re3d: " + events);
        assertTrue(agreeing * 4 >= events, "events agreeing with a gold relation: " + agreeing + " of " + events);
    }

    private static Pair pair(String doc, String a, String b, String kind) {
        return a.compareTo(b) <= 0 ? new Pair(doc, a, b, kind) : new Pair(doc, b, a, kind);
    }

    private static String key(String value) { return value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip(); }

    private static ActorMention mention(List<Sentence> sentences, String actorId, int begin, int end, String text) {
        for (Sentence s : sentences) {
            if (begin < s.start() || end > s.end()) continue;
            int from = -1, to = -1;
            for (int k = 0; k < s.size(); k++) {
                if (from < 0 && s.tokens().get(k).end() > begin) from = k;
                if (s.tokens().get(k).start() < end) to = k + 1;
            }
            return from >= 0 && to > from ? new ActorMention(actorId, s.index(), from, to, begin, end, text) : null;
        }
        return null;
    }

    private static List<JsonObject> lines(Path file) throws IOException {
        List<JsonObject> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) if (!line.isBlank()) out.add(JsonParser.parseString(line).getAsJsonObject());
        return out;
    }
}
