package org.qunfang.funds.insurance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.qunfang.funds.ledger.FundSource;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Role;
import org.qunfang.organization.Education;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.Relation;
import org.qunfang.organization.Remuneration;
import org.qunfang.organization.bodies.Appointments;
import org.qunfang.organization.bodies.NewAppointment;
import org.qunfang.organization.bodies.NewOrganization;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.registry.HouseholdRegister;
import org.qunfang.organization.registry.NewHousehold;
import org.qunfang.organization.registry.NewResident;
import org.qunfang.platform.Money;
import org.qunfang.support.Fixtures;

/**
 * A new village of township T1 for an insurance test (Object Mother): its director and security director,
 * a security committee whose director has served six years, a member of five years and a newcomer of one,
 * and a resident who holds no post.
 */
public record InsuredVillage(long id, Caller director, Caller security, Caller finance, long securityDirector,
		long longServing, long newcomer, long villager) {

	private static final AtomicInteger SERIAL = new AtomicInteger();

	public static InsuredVillage create(Fixtures fixtures, String code) {
		long village = fixtures.newVillage(code + System.nanoTime() % 100000);
		Caller director = fixtures.account("ins.dir." + village, "村主任" + village, Role.VILLAGE_DIRECTOR, village);
		Caller security = fixtures.account("ins.sec." + village, "治保主任" + village, Role.SECURITY_DIRECTOR, village);
		HouseholdRegister register = fixtures.bean(HouseholdRegister.class);
		long household = register.createHousehold(director, new NewHousehold(village, null, "INS-" + village, "测试村1号",
				HouseholdCategory.ORDINARY));
		long[] people = new long[4];
		String[] names = { "王治保", "李老队员", "赵新队员", "钱村民" };
		for (int i = 0; i < 4; i++) {
			String born = LocalDate.of(1972, 1, 1).plusDays(SERIAL.incrementAndGet()).format(DateTimeFormatter.BASIC_ISO_DATE);
			people[i] = register.addResident(director, household, new NewResident(names[i] + village % 1000,
					Fixtures.idNumber("430724" + born + String.format("%03d", i)), null, i == 0 ? Relation.HEAD : Relation.OTHER,
					Education.SENIOR_HIGH, Health.GOOD, false, null));
		}
		LocalDate today = fixtures.bean(Ledger.class).today();
		long committee = fixtures.bean(PreventionOrganizations.class).create(director, new NewOrganization(village,
				OrganizationType.SECURITY_COMMITTEE, "测试治保会" + village, today.minusYears(8), List.of()));
		Appointments appointments = fixtures.bean(Appointments.class);
		appointments.appoint(director, committee, new NewAppointment(people[0], "DIRECTOR", Remuneration.SALARY,
				today.minusYears(6), null), Locale.SIMPLIFIED_CHINESE);
		appointments.appoint(director, committee, new NewAppointment(people[1], "MEMBER", Remuneration.LOST_WORK_SUBSIDY,
				today.minusYears(5), null), Locale.SIMPLIFIED_CHINESE);
		appointments.appoint(director, committee, new NewAppointment(people[2], "MEMBER", Remuneration.VOLUNTEER,
				today.minusYears(1), null), Locale.SIMPLIFIED_CHINESE);
		return new InsuredVillage(village, director, security, fixtures.caller("t1.finance"), people[0], people[1], people[2],
				people[3]);
	}

	/** The township books money for insurance into the village's funds. */
	public void fundInsurance(Fixtures fixtures, long fen) {
		fixtures.bean(Ledger.class).bookIncome(finance, id, new Ledger.Income(null, "保险经费", FundSource.TOWNSHIP_FINANCE,
				Set.of("INSURANCE"), Money.fen(fen), null, "一号镇财政所", "拨付治保人员保险经费"));
	}
}
