package entente.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** One edit of a text for the fuzz tests: at a relative position, delete some characters and insert others. */
public record TextEdit(double at, int delete, String insert) {
    public String apply(String s) {
        int i = (int) (at * s.length());
        return s.substring(0, i) + insert + s.substring(Math.min(s.length(), i + delete));
    }

    /** The text after every edit in turn. */
    public static String mutate(String base, List<TextEdit> edits) {
        String s = base;
        for (TextEdit e : edits) s = e.apply(s);
        return s;
    }

    /** Edits that insert random strings or the given fragments, deleting up to {@code maxDelete} characters. */
    public static Arbitrary<TextEdit> arbitrary(int maxDelete, Arbitrary<String> inserts) {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, maxDelete), inserts)
                .as(TextEdit::new);
    }
}
