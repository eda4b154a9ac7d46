package entente.extract.actor;

import entente.extract.ActorType;
import entente.nlp.Sentence;
import entente.nlp.gazetteer.Gazetteer;
import entente.nlp.gazetteer.GazetteerEntry;
import entente.nlp.gazetteer.GazetteerHit;
import entente.nlp.gazetteer.GazetteerNameFinder;
import entente.nlp.gazetteer.HitKind;
import entente.nlp.gazetteer.PostEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@link Lexicon} of the shipped gazetteers. Immutable and thread-safe. */
public final class GazetteerLexicon implements Lexicon {
    private static final class Holder { static final GazetteerLexicon SHARED = new GazetteerLexicon(Gazetteer.shared()); }

    private final Gazetteer gazetteer;
    private final GazetteerNameFinder finder;
    private final int longestPost;

    public GazetteerLexicon(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new GazetteerNameFinder(gazetteer);
        this.longestPost = gazetteer.posts().stream().flatMap(p -> p.phrases().stream())
                .mapToInt(p -> p.split("\\s+").length).max().orElse(1);
    }

    public static GazetteerLexicon shared() { return Holder.SHARED; }

    @Override
    public List<Hit> names(Sentence sentence) {
        List<Hit> out = new ArrayList<>();
        for (GazetteerHit h : finder.lookup(sentence)) {
            int from = h.span().tokenStart(), to = h.span().tokenEnd();
            if (h.kind() == HitKind.CAPITAL && !h.metonym()) {
                // "a trip to Beijing": the city, which belongs to its country.
                out.add(new Hit(from, to, h.placeId(), h.span().text(), ActorType.PLACE, h.countryIso3(), null));
            } else {
                out.add(hit(from, to, h.entry()));
            }
        }
        return out;
    }

    @Override
    public Optional<Hit> demonym(String token) {
        return gazetteer.countryByDemonym(token).map(c -> hit(0, 1, c));
    }

    @Override
    public Optional<Hit> byId(String actorId) {
        if (actorId.startsWith("country/")) return gazetteer.countryByCode(actorId.substring(8)).map(c -> hit(0, 1, c));
        return gazetteer.organisationById(actorId).map(o -> hit(0, 1, o));
    }

    @Override
    public Optional<Post> post(List<String> words) {
        return gazetteer.postByPhrase(String.join(" ", words)).map(GazetteerLexicon::post);
    }

    @Override
    public boolean mayStartPost(String word) { return gazetteer.mayStartPost(word); }

    @Override
    public int longestPost() { return longestPost; }

    @Override
    public boolean isHonorific(String token) { return gazetteer.isTitle(token); }

    private static Post post(PostEntry p) { return new Post(p.key(), p.label(), p.headOfStateOrGovernment()); }

    private static Hit hit(int from, int to, GazetteerEntry e) {
        return new Hit(from, to, e.actorId(), e.name(), e.actorType(), e.countryIso3(), e.wikidata());
    }

}
