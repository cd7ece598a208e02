package org.qunfang.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qunfang.platform.DomainException;

/** The checks of GB 11643-1999 on numbers people type or import. */
class ResidentIdNumberTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
	/** The sample of the standard: a woman from Chaoyang, Beijing, born 31 December 1949. */
	private static final String SAMPLE = "11010519491231002X";

	@Test
	void theSampleOfTheStandardIsValid() {
		ResidentIdNumber number = ResidentIdNumber.parse(SAMPLE, TODAY);

		assertThat(number.value()).isEqualTo(SAMPLE);
		assertThat(number.regionCode()).isEqualTo("110105");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(number.gender()).isEqualTo(Gender.FEMALE);
		assertThat(ResidentIdNumber.checkDigitFor(SAMPLE.substring(0, 17))).isEqualTo("X");
	}

	@Test
	void numbersCompletedWithTheirCheckDigitAreValid() {
		for (String first17 : new String[] { "43012419850615123", "65010220000229001", "82010219000101000",
				"52242820250601888" }) {
			String value = first17 + ResidentIdNumber.checkDigitFor(first17);

			assertThat(ResidentIdNumber.parse(value, TODAY).value()).isEqualTo(value);
		}
	}

	@Test
	void spacesHyphensAndLowerCaseXAreNormalized() {
		ResidentIdNumber number = ResidentIdNumber.parse(" 110105-19491231-002x ", TODAY);

		assertThat(number.value()).isEqualTo(SAMPLE);
		assertThat(number).isEqualTo(ResidentIdNumber.parse("110105 1949 1231 002X", TODAY));
		assertThat(number).hasSameHashCodeAs(ResidentIdNumber.parse(SAMPLE, TODAY));
	}

	@Test
	void theOddSequenceDigitIsAMan() {
		String first17 = "43012419850615123";
		ResidentIdNumber number = ResidentIdNumber.parse(first17 + ResidentIdNumber.checkDigitFor(first17), TODAY);

		assertThat(number.gender()).isEqualTo(Gender.MALE);
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
		assertThat(number.regionCode()).isEqualTo("430124");
	}

	@Test
	void ageCountsCompletedYears() {
		ResidentIdNumber number = ResidentIdNumber.parse(SAMPLE, TODAY);

		assertThat(number.ageOn(LocalDate.of(2025, 12, 30))).isEqualTo(75);
		assertThat(number.ageOn(LocalDate.of(2025, 12, 31))).isEqualTo(76);
		assertThat(number.ageOn(LocalDate.of(1949, 12, 31))).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> number.ageOn(LocalDate.of(1949, 12, 30)));
	}

	@Test
	void toStringHidesTheMiddle() {
		ResidentIdNumber number = ResidentIdNumber.parse(SAMPLE, TODAY);

		assertThat(number.toString()).isEqualTo("1101**********002X").doesNotContain("19491231");
		assertThat(number.masked()).isEqualTo(number.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002", "11010519491231002X1", "110105491231002", "", "  " })
	void wrongLengthsAreRefused(String raw) {
		assertRefused(raw, "error.id-number.length");
	}

	@Test
	void nullIsRefusedAsTooShort() {
		assertRefused(null, "error.id-number.length");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1101051949A231002X", "11010519491231002Y", "X10105194912310021", "１１０１０５１９４９１２３１００２X" })
	void lettersOutsideTheLastPlaceAreRefused(String raw) {
		assertRefused(raw, "error.id-number.characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "10010519491231", "16010519491231", "20010519491231", "39010519491231", "72010519491231",
			"83010519491231", "99010519491231", "11000019491231" })
	void unknownRegionsAreRefused(String first14) {
		assertRefused(valid(first14 + "002"), "error.id-number.region");
	}

	@ParameterizedTest
	@ValueSource(strings = { "19900230", "19900001", "19901301", "19891232", "18991231", "20250602" })
	void impossibleOrFutureBirthDatesAreRefused(String birth) {
		assertRefused(valid("110105" + birth + "002"), "error.id-number.birth-date");
	}

	@Test
	void theBirthDateMayBeToday() {
		assertThat(ResidentIdNumber.parse(valid("11010520250601002"), TODAY).birthDate()).isEqualTo(TODAY);
	}

	@Test
	void aWrongCheckDigitIsRefused() {
		assertRefused("110105194912310021", "error.id-number.check-digit");
		assertRefused("110105194912310027", "error.id-number.check-digit");
	}

	@Test
	void checkDigitForRequiresSeventeenDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.checkDigitFor("1101051949123100"));
		assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.checkDigitFor("1101051949123100A"));
	}

	@Test
	void parseWithoutADayChecksAgainstToday() {
		assertThat(ResidentIdNumber.parse(SAMPLE).value()).isEqualTo(SAMPLE);
	}

	private static String valid(String first17) {
		return first17 + ResidentIdNumber.checkDigitFor(first17);
	}

	private static void assertRefused(String raw, String messageKey) {
		DomainException refused = catchThrowableOfType(DomainException.class,
				() -> ResidentIdNumber.parse(raw, TODAY));

		assertThat(refused).as(raw).isNotNull();
		assertThat(refused.messageKey()).isEqualTo(messageKey);
	}
}
