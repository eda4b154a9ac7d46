package entente.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import entente.Ingester;
import entente.article.Article;
import entente.extract.StandardExtractor;
import entente.store.Store;

/**
 * The Fuseki UI and the explore page in a real headless Chromium, over a store holding the founding article:
 * one browser session for all checks, screenshots in {@code target/screenshots/}. Skipped when Chromium or
 * chromedriver is not installed (CI installs them: see {@code .ci/run}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestBrowser {

    private static final Path CHROMIUM = Path.of(System.getProperty("entente.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("entente.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SAMPLE = Path.of("samples", "000_00bb0b47ee1a1f3c.txt");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Store store;
    private static EntenteServer server;
    private static Path profile;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "Browser tests skipped: no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                + " (install the chromium and chromium-driver packages)";
        if ( !installed )
            System.err.println(why);   // surefire shows no reason for a class skipped in @BeforeAll
        Assumptions.assumeTrue(installed, why);
        store = Store.inMemory();
        String text = Files.readString(SAMPLE);
        new Ingester(store, StandardExtractor.shared())
                .ingest(new Article("https://example.org/news/blinken-beijing", LocalDate.parse("2023-06-19"),
                        "Blinken to see Xi", text));
        server = EntenteServer.create().port(0).dataset(store.datasetGraph()).build().start();

        profile = Files.createTempDirectory("entente-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1500", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if ( browser != null ) browser.quit();
        if ( server != null ) server.stop();
        if ( store != null ) store.close();
        if ( profile != null ) deleteTree(profile);
    }

    @Test @Order(1)
    void fusekiUiListsTheDatasetAndRunsACatalogueQuery() throws Exception {
        browser.get(server.url());
        try {
            new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.tagName("body")).getText().contains("/entente"));
        } finally {
            shot("fuseki-datasets");
        }

        browser.get(server.url() + "#/dataset/entente/query");
        waitFor(By.cssSelector(".CodeMirror"));
        // Paste the catalogue query into the editor and press its run button.
        String query = Files.readString(Path.of("queries", "meetings.rq"));
        new WebDriverWait(browser, WAIT).until(d -> Boolean.TRUE.equals(js(
                "const cm = document.querySelector('.CodeMirror'); if (!cm || !cm.CodeMirror) return false;"
                        + "cm.CodeMirror.setValue(arguments[0]); return true;", query)));
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.cssSelector(".yasr tbody tr td")).isEmpty());
        String table = browser.findElement(By.cssSelector(".yasr tbody")).getText();
        assertTrue(table.contains("Antony Blinken"), table);
        shot("fuseki-query");
    }

    @Test @Order(2)
    void explorePageDrawsTheActorNetwork() throws Exception {
        openExplore();
        List<?> labels = (List<?>) js("return window.enteNetwork.nodes.map(n => n.label);");
        for ( String name : List.of("Antony Blinken", "Xi Jinping", "Wang Yi", "Qin Gang") )
            assertTrue(labels.contains(name), name + " not in " + labels);
        // The graph library drew what the query returned.
        assertEquals(((Number) js("return window.enteNetwork.nodes.length;")).longValue(),
                ((Number) js("return window.enteCy.nodes().length;")).longValue());
        assertEquals(Boolean.TRUE, js("return window.enteCy.nodes().every(n => n.renderedWidth() > 0);"));
        String edge = (String) js("const e = window.enteNetwork.edges.find(e => "
                + "[e.sourceLabel, e.targetLabel].sort().join('|') === 'Antony Blinken|Xi Jinping'); return e && e.id;");
        assertNotNull(edge, "no edge between Antony Blinken and Xi Jinping");
        shot("explore-network");

        // Clicking the edge lists its events with their sentences and article links.
        js("window.enteCy.getElementById(arguments[0]).emit('tap');", edge);
        waitFor(By.cssSelector("#edge-events li blockquote"));
        String details = browser.findElement(By.id("edge-details")).getText();
        assertTrue(details.contains("Antony Blinken – Xi Jinping") || details.contains("Xi Jinping – Antony Blinken"), details);
        assertFalse(browser.findElements(By.cssSelector("#edge-events a[href='https://example.org/news/blinken-beijing']")).isEmpty());
        shot("explore-edge");
    }

    @Test @Order(3)
    void filtersNarrowTheNetwork() {
        openExplore();
        long all = ((Number) js("return window.enteNetwork.edges.length;")).longValue();
        // Only events that happened: the planned Blinken–Xi meeting drops out.
        for ( String status : List.of("Planned", "Proposed", "Cancelled", "Declined") )
            browser.findElement(By.cssSelector("#status-filter input[value='" + status + "']")).click();
        new WebDriverWait(browser, WAIT).until(d -> Boolean.TRUE.equals(js(
                "return window.enteNetwork.edges.every(e => e.events.every(x => x.status === 'Occurred'));")));
        assertTrue(((Number) js("return window.enteNetwork.edges.length;")).longValue() < all);
        // A date range keeps only events dated inside it.
        js("const f = document.getElementById('filters'); f.from.value = '2023-06-18'; f.to.value = '2023-06-18';"
                + "f.dispatchEvent(new Event('change'));");
        new WebDriverWait(browser, WAIT).until(d -> Boolean.TRUE.equals(js(
                "return window.enteNetwork.edges.length > 0 && "
                        + "window.enteNetwork.edges.every(e => e.events.every(x => x.date.startsWith('2023-06-18')));")));
    }

    @Test @Order(4)
    void timelineShowsUnitedStatesAndChina() throws Exception {
        openExplore();
        Map<?, ?> timeline = (Map<?, ?>) js("return window.enteTimeline;");
        assertEquals("United States", timeline.get("labelA"));
        assertEquals("China", timeline.get("labelB"));
        assertFalse(((List<?>) timeline.get("events")).isEmpty(), "no events between the United States and China");
        assertFalse(browser.findElements(By.cssSelector("#timeline svg .event")).isEmpty(), "nothing drawn on the timeline");
        js("document.getElementById('timeline-view').scrollIntoView();");
        shot("explore-timeline");
    }

    @Test @Order(5)
    void copyAsSparqlOpensTheQueryInTheEditor() {
        openExplore();
        String href = browser.findElement(By.id("network-sparql")).getAttribute("href");
        assertTrue(href.startsWith(server.url() + "#/dataset/entente/query?query="), href);
        browser.get(href);
        new WebDriverWait(browser, WAIT).until(d -> {
            Object v = js("const cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : '';");
            return String.valueOf(v).contains("# Actor network");
        });
    }

    @Test @Order(6)
    void ontologyPageIsLinkedAndDrawn() throws Exception {
        openExplore();
        browser.findElement(By.linkText("Ontology")).click();
        waitFor(By.cssSelector("#diagram svg rect"));
        assertFalse(browser.findElements(By.id("Meeting")).isEmpty(), "no entry for ent:Meeting");
        assertFalse(browser.findElements(By.id("participant")).isEmpty(), "no entry for ent:participant");
        shot("ontology");
    }

    private static void openExplore() {
        browser.get(server.exploreUrl());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertTrue(browser.findElements(By.cssSelector(".error")).isEmpty(),
                () -> browser.findElement(By.cssSelector(".error")).getText());
    }

    private static void waitFor(By by) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
