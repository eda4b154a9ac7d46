package entente.article;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small, varied English diplomatic articles as JSON lines, for crash, concurrency and load tests. */
public final class SyntheticCorpus {
    private static final List<String> COUNTRIES = List.of("France", "Germany", "Japan", "Brazil", "Kenya", "India",
            "Canada", "Mexico", "Egypt", "Norway", "Chile", "Vietnam", "Poland", "Turkey", "Ghana", "Peru");
    private static final List<String> CITIES = List.of("Geneva", "Vienna", "Nairobi", "Lima", "Hanoi", "Oslo", "Cairo");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

    private SyntheticCorpus() {}

    /** The i-th article as one JSON line. */
    public static String line(int i) {
        String a = COUNTRIES.get(i % COUNTRIES.size()), b = COUNTRIES.get((i * 7 + 3) % COUNTRIES.size());
        if (a.equals(b)) b = COUNTRIES.get((i + 1) % COUNTRIES.size());
        String city = CITIES.get(i % CITIES.size()), day = DAYS.get(i % DAYS.size());
        String text = "The foreign minister of " + a + " met her counterpart from " + b + " in " + city + " on " + day
                + ". The two ministers discussed trade and said that talks would continue next month. "
                + a + " and " + b + " signed an agreement on fishing rights. Report number " + i + ".";
        return "{\"url\": \"https://news.test/synthetic/" + i + "\", \"published\": \"2023-06-" + (10 + i % 19)
                + "\", \"title\": \"" + a + " and " + b + " hold talks\", \"text\": \"" + text + "\"}";
    }

    /** Writes articles {@code from} (inclusive) to {@code to} (exclusive) to a .jsonl file. */
    public static Path write(Path file, int from, int to) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = from; i < to; i++) w.write(line(i) + "\n");
        }
        return file;
    }
}
