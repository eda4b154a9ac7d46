package entente.export;

import java.util.List;

/**
 * One event of the store, flattened for export: PLOVER type and modes, status, dates, the actor side and the
 * recipient side, the evidence sentences and the article they come from.
 *
 * @param date      the start date, {@code YYYY-MM-DD}: the event's own date, else the article's publication date
 * @param time      the time of day when known ({@code 16:30}), else null
 * @param endDate   the end of an interval or of a month ({@code YYYY-MM-DD}), else null
 * @param dated     whether {@code date} comes from the event itself rather than the article's publication date
 * @param score     PLOVER's cooperation–conflict score (−10 … +10): the mode's when it has one, else the type's
 */
public record ExportEvent(String id, String eventClass, String ploverType, List<String> modes, String status,
        String date, String time, String endDate, boolean dated, double score, List<ExportEntity> actors,
        List<ExportEntity> recipients, List<String> sentences, String link) {}
