package entente.ingest;

import entente.article.Article;
import entente.article.ArticleReader;
import entente.article.ReadProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where batch ingest gets its articles: files read by an {@link ArticleReader}, or articles already in hand (the
 * benchmark's corpus). A source pushes articles one at a time, so a corpus never has to fit in memory.
 */
@FunctionalInterface
public interface ArticleSource {
    /** Hands every article to {@code sink} and every unreadable record to {@code problems}, in reading order. */
    void read(Consumer<Article> sink, Consumer<ReadProblem> problems);

    /** The articles under these paths (files, corpora or directories), read with {@code reader}. */
    static ArticleSource files(ArticleReader reader, List<Path> paths) {
        return (sink, problems) -> {
            for (Path p : paths) reader.read(p, sink, problems);
        };
    }

    /** Articles already in hand. */
    static ArticleSource of(Iterable<Article> articles) {
        return (sink, problems) -> articles.forEach(sink);
    }
}
