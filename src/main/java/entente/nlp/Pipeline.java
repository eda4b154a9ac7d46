package entente.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import entente.nlp.lemma.NewsLemmatizer;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits text into paragraphs, sentences and tokens, then tags and lemmatises them with OpenNLP.
 *
 * <pre>
 *   List&lt;Sentence&gt; sentences = Pipeline.shared().annotate(article.text());
 * </pre>
 *
 * <p>Thread-safe: the OpenNLP components are the {@code ThreadSafe*} variants, one instance per thread; the
 * lemmatizer is an immutable dictionary.
 */
public final class Pipeline {
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]*)*");
    // The UD tokenizer keeps "America's", "didn't" and "we'll" as one token; the clitic is split off, as UD and the
    // Penn Treebank write them, so a name is a token of its own and "n't" or "'ll" can be read as negation or future.
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)^(.+?)(['\u2019]s)$");
    private static final Pattern NOT = Pattern.compile("(?i)^(.*\\p{L})(n['\u2019]t)$");
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
    private static final Pattern NAME_AND_INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.$");
    private static final Pattern PRONOUN_CLITIC = Pattern.compile("(?i)^(.+?)(['\u2019](?:m|re|ve|ll|d))$");
    /** The words "'m", "'re", "'ve", "'ll" and "'d" are split from; not from names such as "Sa'd". */
    private static final Set<String> CLITIC_HOSTS = Set.of("i", "you", "he", "she", "it", "we", "they", "that", "there",
        "who", "what", "where", "here", "this", "these", "those", "everyone", "nobody", "somebody");

    private static final class Holder { static final Pipeline SHARED = new Pipeline(); }

    private final ThreadSafeSentenceDetectorME sentences = new ThreadSafeSentenceDetectorME(NlpModels.sentences());
    private final ThreadSafeTokenizerME tokenizer = new ThreadSafeTokenizerME(NlpModels.tokens());
    private final ThreadSafePOSTaggerME tagger = new ThreadSafePOSTaggerME(NlpModels.posTags());
    // A dictionary built from the statistical UD lemmatizer's answers: the lemmatizer itself cost three quarters of
    // the NLP time (see NewsLemmatizer).
    private final NewsLemmatizer lemmatizer = NewsLemmatizer.shared();

    private Pipeline() {}

    /** The process-wide pipeline; models load on first call. */
    public static Pipeline shared() { return Holder.SHARED; }

    /** Sentences of the text, each tokenized, POS-tagged and lemmatised, with offsets into {@code text}. */
    public List<Sentence> annotate(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher para = PARAGRAPH.matcher(text);
        while (para.find()) {
            String p = para.group();
            for (Span s : joinBrokenSentences(p, joinMiddleInitials(p, sentences.sentPosDetect(p)))) {
                int start = para.start() + s.getStart();
                int end = para.start() + s.getEnd();
                String sentenceText = text.substring(start, end);
                if (sentenceText.isBlank()) continue;
                List<Token> raw = tokenize(sentenceText, start);
                if (raw.isEmpty()) continue;
                out.add(new Sentence(out.size(), start, end, sentenceText, tag(raw)));
            }
        }
        return out;
    }

    /**
     * The detector sometimes ends a sentence after an abbreviation and a comma ("Microsoft Corp., Xi hinted"): a
     * sentence that ends with a comma or semicolon goes on in the next one.
     */
    static List<Span> joinBrokenSentences(String paragraph, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                String text = paragraph.substring(last.getStart(), last.getEnd()).stripTrailing();
                if (text.endsWith(",") || text.endsWith(";")) {
                    out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * The detector ends a sentence after a middle initial ("Trump asked John R." | "Bolton to resign"): a sentence
     * that ends with a capitalised word and an initial goes on in the next one when that one opens with a proper
     * noun ("World War I." | "The war ended" stays two).
     */
    Span[] joinMiddleInitials(String paragraph, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                String text = paragraph.substring(last.getStart(), last.getEnd()).stripTrailing();
                if (NAME_AND_INITIAL.matcher(text).find() && opensWithProperNoun(paragraph.substring(s.getStart(), s.getEnd()))) {
                    out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(Span[]::new);
    }

    private boolean opensWithProperNoun(String sentence) {
        List<Token> tokens = tokenize(sentence, 0);
        return !tokens.isEmpty() && Character.isUpperCase(tokens.get(0).text().codePointAt(0))
            && tag(tokens.subList(0, Math.min(tokens.size(), 4))).get(0).isProperNoun();
    }

    /**
     * Tokens of one sentence, untagged. Beyond the model's tokens: possessives and clitics ("n't", "'ll") are split
     * off; a dash (en, em) stuck to a word is a token of its own ("—John Hickenlooper" signing a quote,
     * "Cotabato—based"; "1990–1991" stays whole); invisible format characters at a token's edges (zero-width joiner,
     * soft hyphen, direction marks) are left out of it, so they do not end up in names; an initialism keeps its last
     * dot within a sentence ("U.N.").
     */
    List<Token> tokenize(String sentenceText, int offset) {
        List<Token> tokens = new ArrayList<>();
        for (Span t : tokenizer.tokenizePos(sentenceText)) {
            int from = t.getStart(), to = t.getEnd();
            while (from < to && Character.getType(sentenceText.charAt(from)) == Character.FORMAT) from++;
            while (to > from && Character.getType(sentenceText.charAt(to - 1)) == Character.FORMAT) to--;
            int piece = from;
            for (int i = from; i < to; i++) {
                boolean letterBeside = i > from && Character.isLetter(sentenceText.charAt(i - 1))
                    || i + 1 < to && Character.isLetter(sentenceText.charAt(i + 1));
                if (!isDash(sentenceText.charAt(i)) || !letterBeside) continue;
                if (i > piece) addWord(tokens, sentenceText.substring(piece, i), offset + piece);
                tokens.add(Token.of(sentenceText.substring(i, i + 1), offset + i));
                piece = i + 1;
            }
            if (piece < to) addWord(tokens, sentenceText.substring(piece, to), offset + piece);
        }
        // "the U.N. Security Council": the model splits the last dot off some initialisms ("U.N" "."), not others
        // ("U.S."); within a sentence the dot is the initialism's, and a middle initial's ("John R. Bolton").
        for (int i = tokens.size() - 3; i >= 0; i--) {
            Token a = tokens.get(i), dot = tokens.get(i + 1);
            boolean initial = INITIALISM.matcher(a.text()).matches()
                || Token.isInitial(a.text()) && Character.isUpperCase(tokens.get(i + 2).text().charAt(0));
            if (dot.text().equals(".") && a.end() == dot.start() && initial) {
                tokens.set(i, Token.of(a.text() + ".", a.start()));
                tokens.remove(i + 1);
            }
        }
        return tokens;
    }

    private static void addWord(List<Token> tokens, String word, int start) {
        if (word.indexOf('\'') < 0 && word.indexOf('\u2019') < 0) {
            tokens.add(Token.of(word, start)); // no clitic: spare the patterns, tried on every token
            return;
        }
        Matcher m = POSSESSIVE.matcher(word);
        boolean split = m.matches() && Character.isLetterOrDigit(m.group(1).charAt(m.group(1).length() - 1));
        if (!split) split = (m = NOT.matcher(word)).matches();
        if (!split) split = (m = PRONOUN_CLITIC.matcher(word)).matches() && CLITIC_HOSTS.contains(m.group(1).toLowerCase(Locale.ROOT));
        if (split) {
            tokens.add(Token.of(m.group(1), start));
            tokens.add(Token.of(m.group(2), start + m.group(1).length()));
        } else {
            tokens.add(Token.of(word, start));
        }
    }

    /** En dash, em dash, horizontal bar: not the hyphen, which joins words ("well-known", "pre-"). */
    private static boolean isDash(char c) { return c == '\u2013' || c == '\u2014' || c == '\u2015'; }

    /** The same tokens with UD part-of-speech tags and lemmas. */
    public List<Token> tag(List<Token> tokens) {
        String[] words = tokens.stream().map(Token::text).map(Pipeline::normaliseQuotes).toArray(String[]::new);
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < words.length; i++) {
            Token t = tokens.get(i);
            out.add(new Token(t.text(), t.start(), t.end(), tags[i], lemmas[i])); // the lemmatizer's are lower case
        }
        return out;
    }

    /** Curly apostrophes and quotes as the ASCII forms the models were trained on. */
    public static String normaliseQuotes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }
}
