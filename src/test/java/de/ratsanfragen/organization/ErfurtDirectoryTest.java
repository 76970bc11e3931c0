package de.ratsanfragen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The shipped directory holds Erfurt's units with the parents and names the seed's tags give them. */
class ErfurtDirectoryTest {

    private final OrganizationDirectory directory = TestDirectories.erfurt();

    @Test
    void holdsErfurtsUnits() {
        assertThat(directory.council()).isEqualTo(new Council("Landeshauptstadt Erfurt", "th"));
        assertThat(directory.units())
                .extracting(Unit::code, Unit::kind, Unit::parent, Unit::name)
                .containsExactlyInAnyOrder(
                        tuple("OB", UnitKind.OB_OFFICE, null, "Bereich Oberbürgermeister"),
                        tuple("D01", UnitKind.DEZERNAT, null, "Dezernat 01"),
                        tuple("D03", UnitKind.DEZERNAT, null, "Dezernat 03"),
                        tuple("D04", UnitKind.DEZERNAT, null, "Dezernat 04"),
                        tuple("D05", UnitKind.DEZERNAT, null, "Dezernat 05"),
                        tuple("A11", UnitKind.AMT, "D01", "Personal- und Organisationsamt"),
                        tuple("A17", UnitKind.AMT, "D01", "Amt 17"),
                        tuple("BMI", UnitKind.BUERO, "D01", "Büro für Migration und Integration"),
                        tuple("A32", UnitKind.AMT, "D03", "Ausländerbehörde"),
                        tuple("A53", UnitKind.AMT, "D03", "Gesundheitsamt"),
                        tuple("A67", UnitKind.AMT, "D04", "Garten- und Friedhofsamt"),
                        tuple("A40", UnitKind.AMT, "D05", "Amt für Bildung"),
                        tuple("A50", UnitKind.AMT, "D05", "Amt für Soziales"),
                        tuple("A51", UnitKind.AMT, "D05", "Jugendamt"),
                        tuple("GRUENE", UnitKind.FACTION, null, "Fraktion BÜNDNIS 90/DIE GRÜNEN"),
                        tuple("LINKE", UnitKind.FACTION, null, "Fraktion DIE LINKE"));
        assertThat(directory.units()).allSatisfy(unit -> assertThat(unit.mail()).contains("@"));
    }

    @Test
    void findsUnitsUnderTheNamesTheDocumentsUse() {
        assertThat(directory.find("Büro Migration und Integration")).map(Unit::code).contains("BMI");
        assertThat(directory.find("Leiterin Bereich OB")).map(Unit::code).contains("OB");
        assertThat(directory.find("BÜNDNIS 90/DIE GRÜNEN")).map(Unit::code).contains("GRUENE");
        assertThat(directory.find("Amt 11")).map(Unit::code).contains("A11");
        assertThat(directory.find("Gesundheitsamt")).map(Unit::code).contains("A53");
        assertThat(directory.find("Amt für Zauberei")).isEmpty();
        assertThat(directory.obOffice().code()).isEqualTo("OB");
    }
}
