package entente.extract.event;

import static org.junit.jupiter.api.Assertions.*;

import entente.extract.ActorType;
import entente.extract.Event;
import entente.nlp.Pipeline;
import entente.nlp.Sentence;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over Wikinews articles with a crude country marker: every event must be anchored in its
 * sentence, and diplomatic news must yield events. Prints what it finds, for the report.
 */
class TestWikinews {
    private static final Set<String> DIPLOMATIC = Set.of("met with", "visited", "talks", "summit", "sanction", "accused", "condemned", "urged", "President", "Minister");

    private static MentionMarker countries() throws Exception {
        MentionMarker m = new MentionMarker(Set.of());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TestWikinews.class.getResourceAsStream("/entente/extract/event/countries.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                if (f[0].equals("ORG")) {
                    for (int i = 1; i < f.length; i++) m.actor("org/" + f[i].toLowerCase(Locale.ROOT).replace(' ', '-'), ActorType.INTERNATIONAL_ORGANIZATION, null, f[i]);
                } else {
                    m.actor("country/" + f[0], ActorType.COUNTRY, f[0], java.util.Arrays.copyOfRange(f, 1, f.length));
                }
            }
        }
        return m;
    }

    @Test
    void diplomaticNewsYieldsAnchoredEvents() throws Exception {
        Path dir = Path.of(System.getProperty("entente.shared", "../shared"), "data/wikinews");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared data absent: " + dir);
        MentionMarker marker = countries().withProperNamesAsPersons();
        List<Event> all = new ArrayList<>();
        int articles = 0;
        for (String year : List.of("2019", "2020"))
        try (var reader = Files.newBufferedReader(dir.resolve("wikinews_" + year + ".csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                String text = rec.get("text");
                if (DIPLOMATIC.stream().noneMatch(text::contains) || articles >= 80) continue;
                articles++;
                List<Sentence> sentences = Pipeline.shared().annotate(text);
                List<Event> events = EventExtractor.standard().extract(
                        new EventInput(sentences, marker.mark(sentences), marker.actors(), LocalDate.parse(rec.get("date"))));
                for (Event e : events) {
                    assertTrue(e.evidence().quote().contains(e.trigger()), "trigger outside its sentence: " + e);
                    assertEquals(text.substring(e.evidence().start(), e.evidence().start() + 10), e.evidence().quote().substring(0, 10));
                    System.out.println("WIKINEWS " + rec.get("date") + " " + e.eventClass() + " " + e.ploverType() + " " + e.status()
                            + " " + e.participants().stream().map(p -> p.actorId() + ":" + p.role().label()).toList()
                            + " time=" + (e.time() == null ? null : e.time().value()) + " | " + e.trigger() + " | " + e.evidence().quote());
                }
                all.addAll(events);
                Set<Integer> withEvent = new java.util.HashSet<>();
                for (Event e : events) withEvent.add(e.evidence().sentence());
                for (Sentence sentence : sentences) {
                    boolean cue = sentence.tokens().stream().anyMatch(t -> Set.of("meet", "visit", "sanction", "accuse", "condemn", "talk").contains(t.lemma()));
                    if (cue && !withEvent.contains(sentence.index())) System.out.println("NOEVENT " + sentence.text().replace('\n', ' '));
                }
            }
        }
        assertTrue(all.size() >= 10, all.size() + " events in " + articles + " articles");
    }
}
