package entente.extract.event;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTimeResolver {
    private static final LocalDate MONDAY = LocalDate.of(2023, 6, 19);
    private static final LocalDate WEDNESDAY = LocalDate.of(2023, 6, 21);

    private static String past(String phrase, LocalDate published) { return TimeResolver.resolve(phrase, published, false); }

    private static String future(String phrase, LocalDate published) { return TimeResolver.resolve(phrase, published, true); }

    @Test
    void weekdays() {
        assertEquals("2023-06-19", past("on Monday", MONDAY), "published on a Monday: that Monday");
        assertEquals("2023-06-18", past("on Sunday", MONDAY));
        assertEquals("2023-06-17", past("on Saturday", MONDAY));
        assertEquals("2023-06-19", past("on Monday", WEDNESDAY));
        assertEquals("2023-06-26", future("on Monday", WEDNESDAY));
        assertEquals("2023-06-12", past("last Monday", MONDAY));
        assertEquals("2023-06-26", past("next Monday", MONDAY));
    }

    @Test
    void clockTimes() {
        assertEquals("2023-06-19T16:30", future("at 4:30 pm on Monday", MONDAY));
        assertEquals("2023-06-21T09:00", past("at 9 a.m.", WEDNESDAY));
    }

    @Test
    void weeksAndMonths() {
        assertEquals("2023-06-12/2023-06-18", past("last week", MONDAY));
        assertEquals("2023-06-12/2023-06-18", past("last week", LocalDate.of(2023, 6, 25)));
        assertEquals("2023-06-01/2023-06-18", past("earlier this month", MONDAY));
        assertEquals("2023-06", past("earlier this month", LocalDate.of(2023, 6, 1)));
        assertEquals("2023-06", past("this month", MONDAY));
        assertEquals("2023-06-01/2023-06-18", past("earlier in the month", MONDAY));
        assertEquals("2023-07", past("next month", MONDAY));
        assertEquals("2023-05", past("last month", MONDAY));
        assertEquals("2023-05", past("in May", MONDAY));
        assertEquals("2023-02", past("in February", MONDAY));
        assertEquals("2022-09", past("in September", MONDAY), "the latest September not after publication");
        assertEquals("2023-09", future("in September", MONDAY));
        assertNull(past("in the next months", MONDAY));
    }

    @Test
    void daysAndExplicitDates() {
        assertEquals("2023-06-18", past("yesterday", MONDAY));
        assertEquals("2023-06-19", past("today", MONDAY));
        assertEquals("2023-06-20", past("tomorrow", MONDAY));
        assertEquals("2023-06-18", past("June 18", MONDAY));
        assertEquals("2023-06-18", past("18 June 2023", MONDAY));
        assertEquals("2023-06-18", past("2023-06-18", MONDAY));
        assertEquals("2022-12-25", past("December 25", MONDAY));
    }

    @Test
    void findsPhrasesAndKeepsThemWithoutADate() {
        String s = "Blinken met Wang earlier on Monday and will meet Xi at 4:30 pm on Monday, not in May.";
        List<String> phrases = TimeResolver.find(s).stream().map(TimeResolver.Found::phrase).toList();
        assertEquals(List.of("on Monday", "at 4:30 pm on Monday", "in May"), phrases);
        assertEquals("in May", TimeResolver.expression("in May", null, false).phrase());
        assertNull(TimeResolver.expression("in May", null, false).value());
        assertTrue(TimeResolver.find("Officials may meet.").isEmpty(), "the modal 'may' is no month");
    }
}
