package entente.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the article out of an HTML page with jsoup: headline, date, URL and body paragraphs, without page furniture. */
final class HtmlArticles {
    // Elements that never hold the article body.
    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, form, nav, header, footer, "
            + "aside, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    // Class or id fragments of sidebars, share bars, comment sections and related-article lists.
    private static final String FURNITURE_NAMES =
            "(?i).*\\b(related|share|sharing|social|comment|comments|sidebar|menu|breadcrumb|cookie|newsletter|subscribe|advert|promo|footer|header|nav)\\b.*";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption";

    private HtmlArticles() {}

    static Article read(String html, String locator, LocalDate published, String title) {
        Document doc = Jsoup.parse(html);
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]", "content"));
        String headline = firstNonBlank(title, attr(doc, "meta[property=og:title]", "content"), text(doc.selectFirst("h1")), doc.title());
        LocalDate date = published != null ? published : parseDate(firstNonBlank(
                attr(doc, "meta[property=article:published_time]", "content"), attr(doc, "time[datetime]", "datetime"),
                attr(doc, "meta[name=date]", "content")));
        Element body = doc.body();
        body.select(FURNITURE).remove();
        for (Element e : body.select("[class], [id]")) {
            if ((e.className() + " " + e.id()).matches(FURNITURE_NAMES) && e.parent() != null) e.remove();
        }
        Element main = firstNonNull(body.selectFirst("article"), body.selectFirst("main"), body);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : main.select(BLOCKS)) {
            if (!block.children().select(BLOCKS).isEmpty()) continue; // a container: its inner blocks are read instead
            String t = block.text().strip();
            if (!t.isEmpty()) paragraphs.add(t);
        }
        if (paragraphs.isEmpty()) {
            String t = main.wholeText().strip();
            if (!t.isEmpty()) paragraphs.add(t);
        }
        String text = Boilerplate.standard().clean(String.join("\n\n", paragraphs));
        return new Article(url != null && !url.isBlank() ? url : locator, date, headline, text);
    }

    private static String attr(Document d, String css, String attr) {
        Element e = d.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    private static String text(Element e) { return e == null ? null : e.text(); }

    @SafeVarargs
    private static <T> T firstNonNull(T... xs) {
        for (T x : xs) if (x != null) return x;
        return null;
    }

    private static String firstNonBlank(String... xs) {
        for (String x : xs) if (x != null && !x.isBlank()) return x.strip();
        return null;
    }

    static LocalDate parseDate(String s) {
        if (s == null || s.length() < 10) return null;
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
