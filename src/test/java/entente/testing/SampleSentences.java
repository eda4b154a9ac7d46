package entente.testing;

import static org.junit.jupiter.api.Assertions.fail;

import entente.article.Article;
import entente.article.ArticleReader;
import entente.nlp.Pipeline;
import entente.nlp.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sentences of the Wikinews articles shipped in samples/, annotated by the pipeline: real news for NLP tests. */
public final class SampleSentences {
    private SampleSentences() {}

    public static final Path ARTICLES = Path.of("samples", "wikinews-international.jsonl");

    public static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        ArticleReader.create().read(ARTICLES, articles::add, p -> fail(p.toString()));
        return articles;
    }

    public static List<Sentence> all() {
        List<Sentence> out = new ArrayList<>();
        for (Article a : articles()) out.addAll(Pipeline.shared().annotate(a.text()));
        return out;
    }
}
