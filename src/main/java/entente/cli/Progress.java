package entente.cli;

import entente.Ingester;
import entente.article.Article;
import entente.ingest.IngestListener;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Ingest progress for people: on a terminal a progress bar (count, rate, and total and ETA once {@link #expect} has
 * them), otherwise a plain log line every so many articles. Failures always go to the error stream with their location.
 *
 * <p>An article counts once, when it is first written: into the open write transaction (a transaction stays open up
 * to a minute, so waiting for its commit would hold progress still that long), or into an N-Quads part.
 */
final class Progress implements IngestListener, AutoCloseable {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean perArticle;
    private final int every;
    private final ProgressBar bar;
    private final long start = System.nanoTime();
    private long seen;
    /** How many articles and unreadable records the run will report, once counted; -1 until then. */
    private volatile long total = -1;
    /** Articles written in the open transaction and counted already, by locator, until their commit or failure. */
    private final Set<String> uncommitted = new HashSet<>();

    Progress(PrintWriter out, PrintWriter err, boolean terminal, boolean perArticle, int every) {
        this.out = out;
        this.err = err;
        this.perArticle = perArticle;
        this.every = Math.max(1, every);
        this.bar = terminal ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1).setUnit(" articles", 1)
                .showSpeed(new DecimalFormat("0.0")).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build() : null;
    }

    /**
     * The number of articles and unreadable records the run will report, from a count made beside the ingest: from
     * then on the bar shows the total and an ETA, and log lines how many are left. Callable from any thread.
     */
    void expect(long count) {
        total = count;
        if (bar != null) bar.maxHint(count);
    }

    @Override
    public void written(Ingester.Result r) {
        uncommitted.add(r.article().locator());
        step();
    }

    @Override
    public void ingested(Ingester.Result r) {
        if (perArticle) out.println(r.summary());
        if (!uncommitted.remove(r.article().locator())) step();
    }

    @Override
    public void skipped(Article a) {
        if (perArticle) out.println(a.locator() + ": unchanged, skipped");
        step();
    }

    @Override
    public void failed(String location, String message) {
        err.println("entente: " + location + ": " + message);
        if (!uncommitted.remove(location)) step();
    }

    private void step() {
        seen++;
        if (bar != null) bar.step();
        else if (seen % every == 0) {
            double s = (System.nanoTime() - start) / 1e9;
            long of = total;
            boolean known = of >= seen;
            err.println(String.format(Locale.ROOT, "entente: %d%s article(s) done in %.0f s (%.1f articles/s%s)", seen,
                    known ? " of " + of : "", s, seen / s,
                    known ? String.format(Locale.ROOT, ", about %.0f s left", (of - seen) / (seen / s)) : ""));
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
