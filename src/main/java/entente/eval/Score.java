package entente.eval;

/** True positives, false positives and false negatives, with precision, recall and F1 over them. */
public record Score(int tp, int fp, int fn) {
    public double precision() { return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp); }

    public double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }

    /** 2PR/(P+R), computed from the counts so that equal ratios compare equal. */
    public double f1() {
        if (tp + fp + fn == 0) return 1;
        return 2.0 * tp / (2.0 * tp + fp + fn);
    }

    @Override
    public String toString() {
        return String.format("P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
    }
}
