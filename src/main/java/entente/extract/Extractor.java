package entente.extract;

import entente.article.Article;

/** Finds actors, posts and events in an article. Implementations state their thread safety. */
public interface Extractor {
    /** Everything found in the article; never null. */
    Extraction extract(Article article);
}
