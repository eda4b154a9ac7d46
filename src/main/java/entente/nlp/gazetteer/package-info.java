/**
 * Gazetteers: countries and territories, organisations, places, posts and titles kept as data files under
 * {@code /entente/gazetteer/}, the {@link entente.nlp.gazetteer.Gazetteer} that reads them, and the
 * {@link entente.nlp.gazetteer.GazetteerNameFinder} that finds their names in tagged sentences.
 */
package entente.nlp.gazetteer;
