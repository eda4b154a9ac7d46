package entente.extract.event;

import entente.extract.TimeExpression;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time phrases in a sentence and resolves them against an article's publication date.
 *
 * <pre>
 *   TimeResolver.find("Blinken met Wang earlier on Monday.")   // [Found("on Monday", 20, 29)]
 *   TimeResolver.resolve("on Monday", LocalDate.of(2023, 6, 19), false)   // "2023-06-19"
 * </pre>
 *
 * <p>Values are ISO 8601: a date, a date-time without seconds, a month, a year or an interval "a/b". Past-tense
 * events take the latest matching day or month on or before publication, future ones the next on or after it.
 * Stateless and thread-safe.
 */
public final class TimeResolver {
    /** A time phrase and its character offsets in the searched text. */
    public record Found(String phrase, int start, int end) {}

    private static final String DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final String CLOCK = "(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\.?";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)\\b(?:at|by|around)\\s+" + CLOCK + "(?:\\s+(?:local time\\s+)?on\\s+" + DAY + ")?"),
            Pattern.compile("(?i)\\b\\d{4}-\\d{2}-\\d{2}\\b"),
            Pattern.compile("(?i)\\b(?:on\\s+)?(?:" + DAY + ",?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+\\d{4})?\\b"),
            Pattern.compile("(?i)\\b(?:on\\s+)?(?:" + DAY + ",?\\s+)?" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?"),
            Pattern.compile("(?i)\\b(?:on|last|next|this|coming)\\s+" + DAY + "\\b"),
            Pattern.compile("(?i)\\b(?:earlier|later)\\s+(?:this|in\\s+the)\\s+(?:week|month|year)\\b"),
            Pattern.compile("(?i)\\b(?:last|next|this|past)\\s+(?:week|month|year)\\b"),
            Pattern.compile("(?i)\\b(?:in|since|during|by)\\s+(?:early\\s+|late\\s+|mid-?)?" + MONTH + "(?:\\s+\\d{4})?\\b"),
            Pattern.compile("(?i)\\bin\\s+(?:19|20)\\d{2}\\b"),
            Pattern.compile("(?i)\\b(?:yesterday|today|tomorrow|tonight)\\b"),
            Pattern.compile("(?i)\\bin\\s+the\\s+(?:next|coming|near)\\s+(?:few\\s+)?(?:days|weeks|months|years|future)\\b"));

    private TimeResolver() {}

    /** Every time phrase in the text, in order, without overlaps (the earliest, then longest, wins). */
    public static List<Found> find(String text) {
        List<Found> all = new ArrayList<>();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) all.add(new Found(m.group().strip(), m.start(), m.end()));
        }
        all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<Found> kept = new ArrayList<>();
        for (Found f : all) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) kept.add(f);
        }
        return kept;
    }

    /** The phrase with its value resolved; the value is null without a publication date or when vague. */
    public static TimeExpression expression(String phrase, LocalDate published, boolean future) {
        return new TimeExpression(phrase, published == null ? null : resolve(phrase, published, future));
    }

    /**
     * The ISO value of a phrase found by {@link #find}, or null when it is vague ("in the next months").
     *
     * @param future true when the event lies ahead (planned, proposed), which picks the next Monday or May
     */
    public static String resolve(String phrase, LocalDate published, boolean future) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(" in the ", " this ").strip();
        Matcher m;
        if ((m = Pattern.compile("^(?:at|by|around) " + CLOCK + "(?: (?:local time )?on " + DAY + ")?$").matcher(p)).matches()) {
            int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equals("p") ? 12 : 0);
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            LocalDate day = m.group(4) == null ? published : weekday(day(m.group(4)), published, future);
            return String.format(Locale.ROOT, "%sT%02d:%02d", day, hour, minute);
        }
        if (p.matches("\\d{4}-\\d{2}-\\d{2}")) return p;
        if ((m = Pattern.compile("^(?:on )?(?:" + DAY + ",? )?(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "(?:,? (\\d{4}))?$").matcher(p)).matches()) {
            return explicitDate(month(m.group(3)), Integer.parseInt(m.group(2)), m.group(4), published, future);
        }
        if ((m = Pattern.compile("^(?:on )?(?:" + DAY + ",? )?" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$").matcher(p)).matches()) {
            return explicitDate(month(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), published, future);
        }
        if ((m = Pattern.compile("^(on|last|next|this|coming) " + DAY + "$").matcher(p)).matches()) {
            DayOfWeek d = day(m.group(2));
            return switch (m.group(1)) {
                case "last" -> weekday(d, published.minusDays(1), false).toString();
                case "next", "coming" -> weekday(d, published.plusDays(1), true).toString();
                default -> weekday(d, published, future).toString();
            };
        }
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        YearMonth month = YearMonth.from(published);
        switch (p) {
            case "today", "tonight": return published.toString();
            case "yesterday": return published.minusDays(1).toString();
            case "tomorrow": return published.plusDays(1).toString();
            case "last week", "past week": return interval(monday.minusWeeks(1), monday.minusDays(1));
            case "this week": return interval(monday, monday.plusDays(6));
            case "next week": return interval(monday.plusWeeks(1), monday.plusDays(13));
            case "earlier this week": return published.equals(monday) ? monday.toString() : interval(monday, published.minusDays(1));
            case "later this week": return interval(published.plusDays(1), monday.plusDays(6));
            case "this month": return month.toString();
            case "earlier this month":
                return published.getDayOfMonth() == 1 ? month.toString() : interval(month.atDay(1), published.minusDays(1));
            case "later this month":
                return published.equals(month.atEndOfMonth()) ? month.toString() : interval(published.plusDays(1), month.atEndOfMonth());
            case "last month", "past month": return month.minusMonths(1).toString();
            case "next month": return month.plusMonths(1).toString();
            case "this year", "earlier this year", "later this year": return String.valueOf(published.getYear());
            case "last year", "past year": return String.valueOf(published.getYear() - 1);
            case "next year": return String.valueOf(published.getYear() + 1);
            default: break;
        }
        if ((m = Pattern.compile("^(?:in|since|during|by) (?:early |late |mid-?)?" + MONTH + "(?: (\\d{4}))?$").matcher(p)).matches()) {
            Month mo = month(m.group(1));
            if (m.group(2) != null) return YearMonth.of(Integer.parseInt(m.group(2)), mo).toString();
            YearMonth candidate = YearMonth.of(published.getYear(), mo);
            if (!future && candidate.isAfter(month)) candidate = candidate.minusYears(1);
            if (future && candidate.isBefore(month)) candidate = candidate.plusYears(1);
            return candidate.toString();
        }
        if ((m = Pattern.compile("^in ((?:19|20)\\d{2})$").matcher(p)).matches()) return m.group(1);
        return null;
    }

    private static String explicitDate(Month month, int day, String year, LocalDate published, boolean future) {
        if (year != null) return LocalDate.of(Integer.parseInt(year), month, day).toString();
        LocalDate candidate = LocalDate.of(published.getYear(), month, Math.min(day, month.length(published.isLeapYear())));
        if (!future && candidate.isAfter(published)) candidate = candidate.minusYears(1);
        if (future && candidate.isBefore(published)) candidate = candidate.plusYears(1);
        return candidate.toString();
    }

    // The given day of week on or before (past) or on or after (future) the reference day.
    private static LocalDate weekday(DayOfWeek d, LocalDate ref, boolean future) {
        return ref.with(future ? TemporalAdjusters.nextOrSame(d) : TemporalAdjusters.previousOrSame(d));
    }

    private static String interval(LocalDate from, LocalDate to) { return from + "/" + to; }

    private static DayOfWeek day(String name) { return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT)); }

    private static Month month(String name) { return Month.valueOf(name.toUpperCase(Locale.ROOT)); }
}
