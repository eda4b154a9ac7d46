package entente.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Scores what the catalogue queries return for one article against its gold file, per category, strictly
 * (type, status, kind and direction agree) and leniently (the same actors). Two-party sets must be equal; sets of
 * three or more match at Jaccard ≥ 0.6. Optional gold items count neither way. Each system row matches once.
 */
public final class ExtractionEvaluator {
    /** The categories, in report order. */
    public static final List<String> CATEGORIES = List.of("actors", "meetings", "visits", "disputes", "alliances");

    private static final double JACCARD = 0.6;

    /** A system fact in the gold's shape. */
    public record SystemItem(String category, Set<String> first, Set<String> second, String label, String date, String evidence) {}

    /**
     * Strict and lenient scores of one category, how many matched items had the gold's date, and, for reading, the
     * gold items missed and the system items that matched nothing (strictly).
     */
    public record CategoryScore(String category, Score strict, Score lenient, int datesRight, int datesGold,
                                List<String> missed, List<String> spurious) {}

    private ExtractionEvaluator() {}

    /**
     * Scores every category.
     *
     * @param gold   the gold file
     * @param rows   catalogue query results by name (actors, meetings, visits, disputes, alliances), column → value
     */
    public static Map<String, CategoryScore> evaluate(Gold gold, Map<String, List<Map<String, String>>> rows) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Map<String, String> a : rows.getOrDefault("actors", List.of())) codes.put(a.get("label"), a.get("code"));
        NameMatcher names = new NameMatcher(gold.actors(), codes);
        Map<String, CategoryScore> out = new LinkedHashMap<>();
        out.put("actors", actors(gold, rows.getOrDefault("actors", List.of()), names));
        for (String category : CATEGORIES.subList(1, CATEGORIES.size())) {
            List<SystemItem> system = systemItems(category, rows.getOrDefault(category, List.of()), names);
            List<Gold.GoldItem> golds = gold.items().stream().filter(g -> g.category().equals(category)).toList();
            int[] dates = new int[2];
            List<String> missed = new ArrayList<>(), spurious = new ArrayList<>();
            Score strict = match(golds, system, List.of(ExtractionEvaluator::strict), dates, missed, spurious);
            Score lenient = match(golds, system, List.of(ExtractionEvaluator::strict, ExtractionEvaluator::lenient), null,
                    new ArrayList<>(), new ArrayList<>());
            out.put(category, new CategoryScore(category, strict, lenient, dates[0], dates[1], missed, spurious));
        }
        return out;
    }

    private static CategoryScore actors(Gold gold, List<Map<String, String>> rows, NameMatcher names) {
        List<String> missed = new ArrayList<>(), spurious = new ArrayList<>();
        Score strict = matchActors(gold, rows, names, true, missed, spurious);
        Score lenient = matchActors(gold, rows, names, false, new ArrayList<>(), new ArrayList<>());
        return new CategoryScore("actors", strict, lenient, 0, 0, missed, spurious);
    }

    private static Score matchActors(Gold gold, List<Map<String, String>> rows, NameMatcher names, boolean strict,
                                     List<String> missed, List<String> spurious) {
        Set<Gold.GoldActor> matched = new HashSet<>();
        int tp = 0, fp = 0;
        for (Map<String, String> row : rows) {
            Gold.GoldActor a = names.find(row.get("label"), row.get("code"), row.get("type"));
            boolean ok = a != null && !matched.contains(a) && (!strict || a.type().equals(row.get("type")));
            if (ok) {
                matched.add(a);
                if (!a.optional()) tp++;
            } else if (a == null || !a.optional()) {
                fp++;
                spurious.add(row.get("label") + " (" + row.get("type") + ")");
            }
        }
        for (Gold.GoldActor a : gold.actors()) if (!a.optional() && !matched.contains(a)) missed.add(a.name() + " (" + a.type() + ")");
        int fn = missed.size();
        return new Score(tp, fp, fn);
    }

    static List<SystemItem> systemItems(String category, List<Map<String, String>> rows, NameMatcher names) {
        List<SystemItem> items = new ArrayList<>();
        for (Map<String, String> r : rows) {
            SystemItem item = switch (category) {
                case "meetings" -> new SystemItem(category, resolve(r.get("participants"), names), Set.of(), r.get("status"), r.get("date"), r.get("evidence"));
                case "visits" -> new SystemItem(category, resolve(r.get("visitor"), names), resolve(r.get("host"), names), r.get("status"), r.get("date"), r.get("evidence"));
                case "disputes" -> new SystemItem(category, resolve(r.get("source"), names), resolve(r.get("target"), names), r.get("kind"), r.get("date"), r.get("evidence"));
                case "alliances" -> new SystemItem(category, resolve(r.get("members"), names), Set.of(), r.get("kind"), r.get("date"), r.get("evidence"));
                default -> throw new IllegalArgumentException(category);
            };
            items.add(item);
        }
        return items;
    }

    private static Set<String> resolve(String cell, NameMatcher names) {
        Set<String> out = new HashSet<>();
        if (cell == null || cell.isBlank()) return out;
        for (String label : cell.split(" \\| ")) out.add(names.resolve(label.strip()));
        return out;
    }

    /**
     * Greedy one-to-one matching: non-optional gold first, then optional gold absorbs what it matches; within each,
     * the tiers in order (strict pairs before lenient ones, so a lenient match never takes a row a strict one needed).
     */
    private static Score match(List<Gold.GoldItem> golds, List<SystemItem> system,
                               List<BiPredicate<Gold.GoldItem, SystemItem>> tiers, int[] dates,
                               List<String> missed, List<String> spurious) {
        boolean[] used = new boolean[system.size()];
        boolean[] matched = new boolean[golds.size()];
        int tp = 0, fn = 0;
        for (boolean optionalPass : new boolean[] {false, true}) {
            for (BiPredicate<Gold.GoldItem, SystemItem> same : tiers) {
                for (int gi = 0; gi < golds.size(); gi++) {
                    Gold.GoldItem g = golds.get(gi);
                    if (g.optional() != optionalPass || matched[gi]) continue;
                    int hit = -1;
                    for (int i = 0; i < system.size() && hit < 0; i++) if (!used[i] && same.test(g, system.get(i))) hit = i;
                    if (hit < 0) continue;
                    used[hit] = true;
                    matched[gi] = true;
                    if (optionalPass) continue;
                    tp++;
                    if (dates != null && g.date() != null && sameDate(g.date(), system.get(hit).date())) dates[0]++;
                }
            }
        }
        for (int gi = 0; gi < golds.size(); gi++) {
            Gold.GoldItem g = golds.get(gi);
            if (dates != null && !g.optional() && g.date() != null) dates[1]++;
            if (g.optional() || matched[gi]) continue;
            fn++;
            missed.add(g.first() + (g.second().isEmpty() ? "" : " -> " + g.second()) + " " + g.label());
        }
        int fp = 0;
        for (int i = 0; i < used.length; i++) {
            if (used[i]) continue;
            fp++;
            SystemItem x = system.get(i);
            spurious.add(x.first() + (x.second().isEmpty() ? "" : " -> " + x.second()) + " " + x.label() + " | " + x.evidence());
        }
        return new Score(tp, fp, fn);
    }

    static boolean strict(Gold.GoldItem g, SystemItem s) {
        if (!Objects.equals(g.label(), s.label())) return false;
        boolean forward = parties(g.first(), g.alternatives(), s.first()) && partiesSecond(g, s.second());
        if (forward) return true;
        return g.mutual() && parties(g.first(), g.alternatives(), s.second()) && partiesSecondAs(g, s.first());
    }

    static boolean lenient(Gold.GoldItem g, SystemItem s) {
        Set<String> gold = new HashSet<>(g.first());
        gold.addAll(g.second());
        Set<String> sys = new HashSet<>(s.first());
        sys.addAll(s.second());
        if (setMatch(gold, sys)) return true;
        for (List<String> alt : g.alternatives()) {
            Set<String> a = new HashSet<>(alt);
            a.addAll(g.second());
            if (setMatch(a, sys)) return true;
        }
        return false;
    }

    private static boolean parties(List<String> gold, List<List<String>> alternatives, Set<String> sys) {
        if (setMatch(new HashSet<>(gold), sys)) return true;
        for (List<String> alt : alternatives) if (setMatch(new HashSet<>(alt), sys)) return true;
        return false;
    }

    private static boolean partiesSecond(Gold.GoldItem g, Set<String> sys) {
        if (g.second().isEmpty()) return true;
        return parties(g.second(), g.secondAlternatives().stream().map(List::of).toList(), sys);
    }

    private static boolean partiesSecondAs(Gold.GoldItem g, Set<String> sys) { return partiesSecond(g, sys); }

    /** A gold set of one or two parties exactly; three or more at Jaccard ≥ 0.6. */
    static boolean setMatch(Set<String> gold, Set<String> sys) {
        if (gold.size() < 3) return gold.equals(sys);
        Set<String> inter = new HashSet<>(gold);
        inter.retainAll(sys);
        Set<String> union = new HashSet<>(gold);
        union.addAll(sys);
        return !union.isEmpty() && (double) inter.size() / union.size() >= JACCARD;
    }

    static boolean sameDate(String gold, String sys) {
        if (sys == null) return false;
        // A gold date-time is right when the system has its day; a gold day is right inside a system date-time.
        return sys.equals(gold) || sys.startsWith(gold) || gold.startsWith(sys) && sys.length() >= 10
                || Arrays.asList(sys.split("/")).contains(gold);
    }
}
