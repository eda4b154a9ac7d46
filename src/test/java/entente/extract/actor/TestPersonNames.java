package entente.extract.actor;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestPersonNames {
    @Test
    void aLoneSurnameOrGivenNameIsThePersonOfTheArticleWithIt() {
        PersonNames names = PersonNames.resolve(List.of(new PersonName(0, 0, 2, "Antony Blinken"),
            new PersonName(3, 4, 5, "Blinken")));
        assertEquals("person/antony-blinken", names.idOf(new PersonName(3, 4, 5, "Blinken")));
        assertEquals("person/antony-blinken", names.personNamed("Antony"));
        assertEquals("person/antony-blinken", names.personNamed("Antony Blinken"));
    }

    @Test
    void aPartWithoutCapitalsStandsForNoOne() {
        // Names the model got wrong: a bacterium taken for a person, a Hindi verb ("was") taken into a name.
        PersonNames names = PersonNames.resolve(List.of(new PersonName(0, 0, 2, "E. coli"),
            new PersonName(1, 0, 2, "OPD \u0925\u093e")));
        assertNull(names.personNamed("coli"));
        assertNull(names.personNamed("\u0925\u093e"));
        assertEquals("person/e-coli", names.personNamed("E."), "a capitalised part still does");
    }
}
