/**
 * Lemmas by dictionary lookup. {@link entente.nlp.lemma.LemmaDictionaryBuilder} runs OpenNLP's statistical UD
 * English-EWT lemmatizer once over the Groningen Meaning Bank sentences (public-domain Voice of America news) and
 * keeps, for each (word, UD tag), the lemma it gives most often in context, corrected where it is plainly wrong;
 * {@link entente.nlp.lemma.NewsLemmatizer} looks lemmas up there and applies {@code suffix-rules.tsv} to words it has
 * not seen. On 40 Wikinews articles (not in GMB) it agrees with the statistical lemmatizer on 98.4% of content words
 * (nouns, verbs, auxiliaries, adjectives, adverbs), 6% of which it had not seen; most disagreements are the
 * statistical lemmatizer's errors ("deleted" → "delet", "troops" → "troops"). The statistical lemmatizer took three
 * quarters of the pipeline's time.
 */
package entente.nlp.lemma;
