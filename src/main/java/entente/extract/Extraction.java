package entente.extract;

import entente.article.Article;
import entente.nlp.Sentence;
import java.util.List;

/** Everything extracted from one article; the RDF mapper turns it into the article's named graph. */
public record Extraction(Article article, List<Sentence> sentences, List<Actor> actors, List<ActorMention> mentions,
                         List<PostHolding> posts, List<Event> events) {
    public Extraction {
        sentences = List.copyOf(sentences);
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        posts = List.copyOf(posts);
        events = List.copyOf(events);
    }
}
