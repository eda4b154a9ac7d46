package entente.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import entente.export.CameoCodes;
import entente.kg.PLOVER;
import entente.kg.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente export --format plover|cameo} and {@code entente docs} over a store holding the founding article. */
class TestExportFormats {

    @TempDir static Path dir;
    static Path store;
    static final Model PLOVER_SCHEMES = Vocabulary.plover();

    @BeforeAll
    static void ingest() {
        store = dir.resolve("store");
        Cli r = Cli.run("ingest", "--store", store.toString(), "--published", "2023-06-19",
                "--url", "https://example.org/news/blinken-beijing", "samples/000_00bb0b47ee1a1f3c.txt");
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void ploverLinesAreJsonWithTheFieldsAndPloverTypes() {
        Cli r = Cli.run("export", "--store", store.toString(), "--format", "plover");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() >= 10, "too few events: " + lines.size());
        boolean blinkenAndXi = false;
        for (String line : lines) {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            for (String field : List.of("id", "date", "event_type", "mode", "context", "actor", "recipient", "event_text", "link"))
                assertTrue(o.has(field), field + " missing in " + line);
            assertTrue(PLOVER.TYPES.contains(o.get("event_type").getAsString()), line);
            assertTrue(o.get("date").getAsString().matches("\\d{4}-\\d{2}-\\d{2}"), line);
            assertFalse(o.getAsJsonArray("actor").isEmpty(), line);
            assertFalse(o.getAsJsonArray("event_text").isEmpty(), line);
            assertEquals("https://example.org/news/blinken-beijing", o.get("link").getAsString());
            for (JsonElement e : o.getAsJsonArray("actor")) {
                JsonObject entity = e.getAsJsonObject();
                assertTrue(entity.has("entity_name") && entity.has("country_code") && entity.has("wikidata_id"), line);
            }
            Set<String> names = names(o, "actor");
            names.addAll(names(o, "recipient"));
            blinkenAndXi |= names.containsAll(Set.of("Antony Blinken", "Xi Jinping"));
        }
        assertTrue(blinkenAndXi, "no event between Antony Blinken and Xi Jinping");
        // Countries carry their ISO code and Wikidata id.
        assertTrue(r.out().contains("{\"entity_name\":\"United States\",\"entity_type\":\"Country\",\"country_code\":\"USA\",\"wikidata_id\":\"Q30\""),
                r.out());
    }

    @Test
    void cameoRowsHaveNineColumnsAndCodesOfTheirPloverType() {
        Cli r = Cli.run("export", "--store", store.toString(), "--format", "cameo");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(entente.export.CameoWriter.HEADER, lines.get(0));
        assertTrue(lines.size() > 10, r.out());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            assertEquals(9, f.length, line);
            assertTrue(f[0].matches("\\d{8}"), line);
            assertFalse(f[1].isEmpty(), line);
            assertTrue(f[2].isEmpty() || f[2].matches("[A-Z]{3}"), line);
            assertTrue(cameoCodes().contains(f[5]), "not a CAMEO code: " + line);
            assertEquals(CameoCodes.quadClass(f[5]), Integer.parseInt(f[6]));
            double score = Double.parseDouble(f[7]);
            assertTrue(score >= -10 && score <= 10, line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("Antony Blinken\tUSA\t") && l.contains("\t04")), r.out());
    }

    @Test
    void everyPloverTypeHasACameoCodeItMatches() {
        for (String type : PLOVER.TYPES) {
            String code = CameoCodes.code(type, List.of());
            Resource concept = PLOVER_SCHEMES.getResource(PLOVER.TYPE_NS + type);
            assertTrue(PLOVER_SCHEMES.contains(concept, SKOS.closeMatch, PLOVER_SCHEMES.getResource(PLOVER.CAMEO_NS + code)),
                    type + " has no skos:closeMatch to CAMEO " + code);
        }
        assertEquals("042", CameoCodes.code("CONSULT", List.of("visit")));
        assertEquals(1, CameoCodes.quadClass("042"));
        assertEquals(3, CameoCodes.quadClass("112"));
        assertEquals(4, CameoCodes.quadClass("180"));
    }

    @Test
    void docsWritesTheOntologyPage() throws Exception {
        Path out = dir.resolve("docs");
        Cli r = Cli.run("docs", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("ontology.html"));
        assertTrue(html.contains("<svg"), "no diagram");
        for (String id : List.of("id=\"Meeting\"", "id=\"participant\"", "id=\"cooperationScore\"", "href=\"#DiplomaticEvent\""))
            assertTrue(html.contains(id), id);
        assertTrue(html.contains("sem:hasActor"), "sub-property link to sem:hasActor missing");
    }

    private static Set<String> names(JsonObject o, String side) {
        Set<String> out = new java.util.HashSet<>();
        o.getAsJsonArray(side).forEach(e -> out.add(e.getAsJsonObject().get("entity_name").getAsString()));
        return out;
    }

    private static Set<String> cameoCodes() {
        return PLOVER_SCHEMES.listSubjectsWithProperty(SKOS.inScheme, PLOVER.CAMEO_SCHEME).toList().stream()
                .map(c -> c.getProperty(SKOS.notation).getString()).collect(Collectors.toSet());
    }
}
