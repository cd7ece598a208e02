package org.qunfang.funds.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A policy's terms and where it stands on a day, without Spring. */
class PolicyTermsTest {

	private static PolicyTerms term(LocalDate start, LocalDate end) {
		return new PolicyTerms(InsuranceKind.ACCIDENT, " 县人寿 ", " P-1 ", start, end, Money.fen(100));
	}

	@Property
	void aTermOfWholeYearsHasAPremiumForEachYear(@ForAll @IntRange(min = 0, max = 20_000) int day,
			@ForAll @IntRange(min = 1, max = 30) int years) {
		LocalDate start = LocalDate.of(2000, 1, 1).plusDays(day);
		assertThat(term(start, start.plusYears(years).minusDays(1)).years()).isEqualTo(years);
	}

	@Property
	void aPartYearCountsAsAYear(@ForAll @IntRange(min = 0, max = 20_000) int day, @ForAll @IntRange(min = 0, max = 5) int years,
			@ForAll @IntRange(min = 1, max = 11) int months) {
		LocalDate start = LocalDate.of(2000, 1, 1).plusDays(day);
		assertThat(term(start, start.plusYears(years).plusMonths(months).minusDays(1)).years()).isEqualTo(years + 1);
	}

	@Test
	void checkedTermsAreStrippedAndAWrongTermOrPremiumIsRefused() {
		LocalDate day = LocalDate.of(2026, 3, 1);
		assertThat(term(day, day).checked()).satisfies(t -> {
			assertThat(t.insurer()).isEqualTo("县人寿");
			assertThat(t.policyNo()).isEqualTo("P-1");
		});
		assertThatThrownBy(() -> term(day, day.minusDays(1)).checked()).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.funds.insurance.term");
		assertThatThrownBy(() -> term(day, day.plusYears(50)).checked())
			.hasFieldOrPropertyWithValue("messageKey", "error.funds.insurance.term");
		assertThatThrownBy(() -> term(null, day).checked()).hasFieldOrPropertyWithValue("messageKey", "error.funds.insurance.term");
		assertThatThrownBy(() -> new PolicyTerms(null, "x", "y", day, day, Money.fen(1)).checked())
			.hasFieldOrPropertyWithValue("messageKey", "error.funds.insurance.kind");
		assertThatThrownBy(() -> new PolicyTerms(InsuranceKind.ENDOWMENT, "x", " ", day, day, Money.fen(1)).checked())
			.hasFieldOrPropertyWithValue("messageKey", "error.text.empty");
		assertThatThrownBy(() -> new PolicyTerms(InsuranceKind.ENDOWMENT, "x", "y", day, day, null).checked())
			.hasFieldOrPropertyWithValue("messageKey", "error.money.positive");
		assertThatThrownBy(() -> InsuranceKind.parse("FIRE")).hasFieldOrPropertyWithValue("messageKey", "error.funds.insurance.kind");
		assertThat(InsuranceKind.parse(" endowment ")).isEqualTo(InsuranceKind.ENDOWMENT);
	}

	@Test
	void theStatusFollowsTheDayAndTheWindow() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		LocalDate end = LocalDate.of(2026, 12, 31);
		assertThat(PolicyStatus.of(start, end, null, start.minusDays(1), 30)).isEqualTo(PolicyStatus.UPCOMING);
		assertThat(PolicyStatus.of(start, end, null, start, 30)).isEqualTo(PolicyStatus.ACTIVE);
		assertThat(PolicyStatus.of(start, end, null, end.minusDays(31), 30)).isEqualTo(PolicyStatus.ACTIVE);
		assertThat(PolicyStatus.of(start, end, null, end.minusDays(30), 30)).isEqualTo(PolicyStatus.EXPIRING);
		assertThat(PolicyStatus.of(start, end, null, end, 30)).isEqualTo(PolicyStatus.EXPIRING);
		assertThat(PolicyStatus.of(start, end, null, end.plusDays(1), 30)).isEqualTo(PolicyStatus.EXPIRED);
		assertThat(PolicyStatus.of(start, end, start.plusDays(5), start.plusDays(6), 30)).isEqualTo(PolicyStatus.ENDED);
		assertThat(PolicyStatus.of(start, start.plusDays(10), null, start.minusDays(5), 30))
			.as("a short policy not yet begun").isEqualTo(PolicyStatus.UPCOMING);
	}
}
