package entente.extract;

import entente.article.Article;
import entente.extract.actor.ActorExtractor;
import entente.extract.actor.GazetteerLexicon;
import entente.extract.event.EventExtractor;
import entente.extract.event.EventInput;
import entente.nlp.Pipeline;
import entente.nlp.Sentence;
import entente.nlp.gazetteer.Gazetteer;
import entente.nlp.ner.NameFinders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extractor ingest uses: OpenNLP sentences, tokens, tags and lemmas; names from the news NER model combined
 * with the gazetteers; actors, posts and mentions; then events on top of them, kept when a political actor takes part
 * ({@link EventScope}).
 *
 * <p>Thread-safe: models and word lists are shared and immutable; each call keeps its own state.
 */
public final class StandardExtractor implements Extractor {
    private static final class Holder { static final StandardExtractor SHARED = new StandardExtractor(); }

    private final ActorExtractor actors = new ActorExtractor(NameFinders.standard(), GazetteerLexicon.shared());
    private final EventExtractor events = EventExtractor.standard();
    private final EventScope scope = new EventScope(Gazetteer.shared());

    private StandardExtractor() {}

    /** The process-wide extractor; models load on first use. */
    public static StandardExtractor shared() { return Holder.SHARED; }

    @Override
    public Extraction extract(Article article) {
        List<Sentence> sentences = Pipeline.shared().annotate(article.text());
        ActorExtractor.Result found = actors.extract(sentences, article.published());
        Map<String, Actor> byId = new LinkedHashMap<>();
        for (Actor a : found.actors()) byId.put(a.id(), a);
        List<Event> all = events.extract(new EventInput(sentences, found.mentions(), byId, article.published()));
        List<Event> evs = SameEventMerger.merge(scope.keep(all, byId, found.posts()), byId);
        return new Extraction(article, sentences, found.actors(), found.mentions(), found.posts(), evs);
    }
}
