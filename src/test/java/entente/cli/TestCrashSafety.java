package entente.cli;

import static org.junit.jupiter.api.Assertions.*;

import entente.article.SyntheticCorpus;
import entente.store.Store;
import entente.store.StoreAudit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code entente ingest} with SIGKILL part-way, in a child JVM, then checks the store: it opens, validates,
 * holds only whole articles (at least every one the child reported as stored), and a rerun completes it.
 */
class TestCrashSafety {
    static final int ARTICLES = 80;
    /** Kill once the child has reported this many stored articles. */
    static final int KILL_AFTER = 10;

    @Test
    void killedIngestLeavesAValidStoreOfWholeArticlesAndARerunCompletesIt(@TempDir Path tmp) throws Exception {
        Path corpus = SyntheticCorpus.write(tmp.resolve("corpus.jsonl"), 0, ARTICLES);
        Path store = tmp.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "entente.cli.EntenteCmd", "ingest", "--store", store.toString(), "--batch", "5", corpus.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicInteger stored = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.contains(" triples, ") && stored.incrementAndGet() >= KILL_AFTER) enough.countDown();
                }
            } catch (IOException e) {
                // the pipe closes when the child is killed
            }
        });
        reader.start();
        boolean reached = enough.await(60, TimeUnit.SECONDS);
        child.destroyForcibly();   // SIGKILL: no shutdown hooks, no transaction clean-up
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        reader.join(5000);
        assertTrue(reached, "child reported " + stored.get() + " stored articles within 60 s");
        int reported = stored.get();

        StoreAudit afterKill;
        try (Store s = Store.open(store)) {
            afterKill = StoreAudit.of(s);
        }
        assertTrue(afterKill.consistent(), "every article graph is whole: " + afterKill);
        int kept = afterKill.withArticle().size();
        assertTrue(kept >= reported, "every article reported stored survived: " + kept + " >= " + reported);
        assertTrue(kept < ARTICLES, "killed part-way: " + kept);

        Cli validate = Cli.run("validate", "--store", store.toString());
        assertEquals(0, validate.exit(), validate.out() + validate.err());
        assertTrue(validate.out().contains(kept + " of " + kept + " article graph(s) conform"), validate.out());

        Cli rerun = Cli.run("ingest", "--store", store.toString(), "--resume", corpus.toString());
        assertEquals(0, rerun.exit(), rerun.err());
        assertTrue(rerun.out().contains(kept + " skipped"), "the rerun skips what the killed run stored: " + rerun.out());
        StoreAudit complete;
        try (Store s = Store.open(store)) {
            complete = StoreAudit.of(s);
        }
        assertTrue(complete.consistent(), complete.toString());
        assertEquals(ARTICLES, complete.withArticle().size());
        // a graph that survived the kill is exactly as large as the rerun's complete write of the same article
        for (Map.Entry<String, Long> e : afterKill.sizes().entrySet())
            assertEquals(complete.sizes().get(e.getKey()), e.getValue(), "size of " + e.getKey());
        assertEquals(0, Cli.run("validate", "--store", store.toString()).exit());
    }
}
