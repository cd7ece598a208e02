package org.qunfang.funds.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Notifications;
import org.qunfang.platform.Money;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The expiry reminders, driven by a clock the test moves: thirty days before a policy ends the village
 * director and the township finance office are told once; a policy given a new end date is told again when
 * that one nears; an ended policy never.
 */
class ExpiringPoliciesTest extends IntegrationTest {

	@Autowired
	ExpiringPolicies reminders;

	@Autowired
	InsurancePolicies policies;

	@Autowired
	InsuranceQueries queries;

	@Autowired
	Notifications notifications;

	@Autowired
	Ledger ledger;

	private List<Notifications.Notification> about(Caller reader, long policy) {
		return notifications.of(reader, 500).stream().filter(n -> ("/funds/insurance/" + policy).equals(n.link())).toList();
	}

	private PolicyTerms endingIn(int days, String number) {
		LocalDate today = ledger.today();
		return new PolicyTerms(InsuranceKind.ACCIDENT, "县人寿保险公司", number, today.minusDays(300), today.plusDays(days),
				Money.fen(30_000));
	}

	@Test
	void thirtyDaysBeforeItEndsTheDirectorAndTheFinanceOfficeAreToldOnce() {
		InsuredVillage v = InsuredVillage.create(fixtures, "IR");
		long policy = policies.add(v.director(), v.id(), v.securityDirector(), endingIn(40, "EX-" + v.id()));
		Caller finance = fixtures.caller("t1.finance");
		reminders.remind();
		assertThat(about(v.director(), policy)).isEmpty();
		assertThat(queries.policy(v.director(), policy).policy().status()).isEqualTo(PolicyStatus.ACTIVE);

		clock.advance(Duration.ofDays(9));
		reminders.remind();
		assertThat(about(v.director(), policy)).as("31 days left").isEmpty();

		clock.advance(Duration.ofDays(1));
		reminders.remind();
		reminders.remind();
		assertThat(about(v.director(), policy)).singleElement().satisfies(n -> {
			assertThat(n.messageKey()).isEqualTo("funds.insurance.notice.expiring.ACCIDENT");
			assertThat(notifications.text(n, Locale.SIMPLIFIED_CHINESE)).contains("测试村IR").contains("EX-" + v.id())
				.contains("还有 30 天");
		});
		assertThat(about(finance, policy)).as("the township finance office").hasSize(1);
		assertThat(about(v.security(), policy)).as("addressed to the director only").isEmpty();
		assertThat(about(fixtures.caller("b.director"), policy)).isEmpty();
		assertThat(queries.policy(v.director(), policy).policy().status()).isEqualTo(PolicyStatus.EXPIRING);

		clock.advance(Duration.ofDays(20));
		reminders.remind();
		assertThat(about(v.director(), policy)).as("once per threshold").hasSize(1);
	}

	@Test
	void aNewEndDateIsRemindedAfreshAndAnEndedPolicyNever() {
		InsuredVillage v = InsuredVillage.create(fixtures, "IS");
		long renewed = policies.add(v.director(), v.id(), v.securityDirector(), endingIn(20, "RN-" + v.id()));
		long ended = policies.add(v.director(), v.id(), v.longServing(), endingIn(20, "EN-" + v.id()));
		policies.end(v.director(), ended, null, "已离任");
		reminders.remind();
		assertThat(about(v.director(), renewed)).hasSize(1);
		assertThat(about(v.director(), ended)).isEmpty();

		LocalDate today = ledger.today();
		policies.change(v.director(), renewed, new PolicyTerms(InsuranceKind.ACCIDENT, "县人寿保险公司", "RN-" + v.id(),
				today.minusDays(300), today.plusDays(60), Money.fen(30_000)));
		reminders.remind();
		assertThat(about(v.director(), renewed)).as("60 days left").hasSize(1);
		clock.advance(Duration.ofDays(31));
		reminders.remind();
		assertThat(about(v.director(), renewed)).as("the new end date nears").hasSize(2);
		assertThat(about(v.director(), ended)).isEmpty();
	}
}
