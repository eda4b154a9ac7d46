package entente.article;

import java.time.LocalDate;

/** Reads a plain-text article: furniture lines dropped; without a given title, the first headline-like line is the title. */
final class TextArticles {
    private TextArticles() {}

    static Article read(String content, String locator, LocalDate published, String title) {
        String text = Boilerplate.standard().clean(content);
        return new Article(locator, published, title != null ? title : headline(text), text);
    }

    /** The first line that reads as a headline: not a lone upper-case section label, not ending a sentence with ".". */
    static String headline(String text) {
        for (String line : text.lines().limit(5).toList()) {
            String t = line.strip();
            if (t.isEmpty() || t.equals(t.toUpperCase()) && !t.contains(" ")) continue;
            if (t.length() <= 200 && !t.endsWith(".")) return t;
            return "";
        }
        return "";
    }
}
