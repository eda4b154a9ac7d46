package entente.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's dataset query processor with a cap on the rows a query may return: a SELECT, CONSTRUCT or DESCRIBE
 * without a LIMIT, or with a larger one, runs with {@code LIMIT cap}. With the query timeout this bounds what one
 * request can cost. ARQ has no context setting for a result limit, so the query itself is rewritten.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long cap;

    CappedQuery(long cap) {
        if ( cap <= 0 )
            throw new IllegalArgumentException("Result cap must be positive: " + cap);
        this.cap = cap;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        return Pair.create(decided.getLeft(), capped(decided.getRight(), cap));
    }

    /** The query, or a copy limited to {@code cap} rows when it could return more. */
    static Query capped(Query query, long cap) {
        if ( query.isAskType() || query.isJsonType() )
            return query;
        if ( query.hasLimit() && query.getLimit() <= cap )
            return query;
        Query q = query.cloneQuery();
        q.setLimit(cap);
        return q;
    }
}
