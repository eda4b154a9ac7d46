package entente.ingest;

import entente.article.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small generated articles: a few diplomatic sentences each, different actors per article. */
final class Corpora {
    private static final String[][] PAIRS = {
            {"President Emmanuel Macron of France", "Chancellor Olaf Scholz of Germany", "Berlin"},
            {"Japanese Prime Minister Fumio Kishida", "South Korean President Yoon Suk Yeol", "Tokyo"},
            {"Indian Prime Minister Narendra Modi", "Australian Prime Minister Anthony Albanese", "New Delhi"},
            {"Brazilian President Luiz Inacio Lula da Silva", "Argentine President Alberto Fernandez", "Brasilia"},
    };

    private Corpora() {}

    /** Article {@code i} of a generated corpus; {@code variant} changes its text but not its URL. */
    static Article article(int i, String variant) {
        String[] p = PAIRS[i % PAIRS.length];
        String text = p[0] + " met " + p[1] + " in " + p[2] + " on Monday to discuss trade and security. "
                + "The two leaders signed an agreement on energy cooperation. " + variant;
        return new Article("https://news.test/article/" + i, LocalDate.of(2023, 6, 1 + i % 28), "Talks in " + p[2] + " " + i, text);
    }

    static List<Article> articles(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(article(i, ""));
        return out;
    }

    /** The articles as JSON lines. */
    static String jsonl(List<Article> articles) {
        StringBuilder sb = new StringBuilder();
        var gson = new com.google.gson.Gson();
        for (Article a : articles) {
            var o = new com.google.gson.JsonObject();
            o.addProperty("url", a.locator());
            o.addProperty("published", a.published().toString());
            o.addProperty("title", a.title());
            o.addProperty("text", a.text());
            sb.append(gson.toJson(o)).append('\n');
        }
        return sb.toString();
    }
}
