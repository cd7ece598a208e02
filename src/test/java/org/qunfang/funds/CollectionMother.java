package org.qunfang.funds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.qunfang.funds.fees.Bills;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.funds.levy.Levies;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Role;
import org.qunfang.organization.Education;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.Relation;
import org.qunfang.organization.registry.HouseholdRegister;
import org.qunfang.organization.registry.NewHousehold;
import org.qunfang.organization.registry.NewResident;
import org.qunfang.platform.Money;
import org.qunfang.support.Fixtures;

/**
 * Object Mother for levies and fees: a new village of township T1 with its director, a village group, households
 * of given categories and sizes, and levies proposed, met on, approved and billed.
 */
public final class CollectionMother {

	private static final AtomicInteger PEOPLE = new AtomicInteger();

	private final Fixtures fixtures;
	private final HouseholdRegister register;
	public final long village;
	public final long group;
	public final String directorName;
	public final Caller director;

	public CollectionMother(Fixtures fixtures, String prefix) {
		this.fixtures = fixtures;
		this.register = fixtures.bean(HouseholdRegister.class);
		String code = prefix + System.nanoTime() % 100000;
		this.village = fixtures.newVillage(code);
		this.directorName = "dir." + code.toLowerCase(Locale.ROOT);
		this.director = fixtures.account(directorName, "村主任" + code, Role.VILLAGE_DIRECTOR, village);
		this.group = register.createGroup(director, village, "G1", "第一组");
	}

	/** A household of the village group with its members (the head first); the members' resident ids. */
	public List<Long> household(String no, HouseholdCategory category, int members) {
		long household = register.createHousehold(director, new NewHousehold(village, group, no, "村里" + no + "号", category));
		List<Long> residents = new ArrayList<>();
		for (int i = 0; i < members; i++) {
			int n = PEOPLE.incrementAndGet();
			LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n);
			String id = Fixtures.idNumber("519999" + birth.toString().replace("-", "") + String.format("%03d", n % 1000));
			residents.add(register.addResident(director, household, new NewResident(no + "成员" + (i + 1), id, null,
					i == 0 ? Relation.HEAD : Relation.CHILD, Education.JUNIOR_HIGH, Health.GOOD, false, null)));
		}
		return residents;
	}

	/** A levy of this year the village proposed, for tools, of {@code perPersonFen} a person. */
	public long proposedLevy(String title, long perPersonFen) {
		return levies().propose(director, village, new Levies.NewLevy("TOOLS", title, Money.fen(perPersonFen * 100),
				Money.fen(perPersonFen), today().getYear()));
	}

	/** Records today's meeting: representatives, present and votes for. */
	public void meeting(long levy, int representatives, int present, int votesFor) {
		levies().recordMeeting(director, levy, new Levies.MeetingEntry(today(), representatives, present, null, votesFor,
				present - votesFor, 0));
	}

	/** A levy proposed, agreed by 25 of 30 representatives with 22 for, and approved by the township leader. */
	public long approvedLevy(String title, long perPersonFen) {
		long levy = proposedLevy(title, perPersonFen);
		meeting(levy, 30, 25, 22);
		levies().approve(fixtures.caller("t1.leader"), levy, null);
		return levy;
	}

	/** An approved levy with its bills. */
	public long billedLevy(String title, long perPersonFen) {
		long levy = approvedLevy(title, perPersonFen);
		fixtures.bean(Bills.class).generate(director, levy);
		return levy;
	}

	public Levies levies() {
		return fixtures.bean(Levies.class);
	}

	public LocalDate today() {
		return fixtures.bean(Ledger.class).today();
	}
}
