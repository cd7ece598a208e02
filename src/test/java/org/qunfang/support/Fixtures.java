package org.qunfang.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.identity.internal.AccountSeeding;
import org.qunfang.identity.internal.UserAccount;
import org.qunfang.identity.internal.UserAccounts;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;

/**
 * The test county (Object Mother): county T with township T1 (villages A and B) and township T2
 * (village C), and a user per role that the tests need, all with {@link #PASSWORD}.
 */
public class Fixtures {

	public static final String PASSWORD = "Test-pass-2026";
	public static final String PHONE_OF_A_PATROL = "13912345678";

	private final AdminUnits units;
	private final ScopeDirectory scopes;
	private final AccountSeeding seeding;
	private final UserAccounts accounts;
	private final Map<String, Long> ids = new LinkedHashMap<>();

	public Fixtures(AdminUnits units, ScopeDirectory scopes, AccountSeeding seeding, UserAccounts accounts) {
		this.units = units;
		this.scopes = scopes;
		this.seeding = seeding;
		this.accounts = accounts;
	}

	/** Creates the county once per test database; later calls only look it up. */
	public synchronized Fixtures ensure() {
		if (!ids.isEmpty()) {
			return this;
		}
		AdminUnit county = units.counties().stream().filter(c -> c.code().equals("T")).findFirst()
			.orElseGet(() -> build());
		ids.put("county", county.id());
		for (String code : new String[] { "T1", "T2", "A", "B", "C" }) {
			ids.put(code, scopes.byCode(county.id(), code).orElseThrow().id());
		}
		for (String user : new String[] { "t.admin", "t1.officer", "t2.officer", "a.director", "a.security",
				"a.patrol", "b.director", "b.security", "a.newcomer", "a.guard" }) {
			ids.put(user, accounts.findByUsername(user).orElseThrow().id());
		}
		return this;
	}

	private AdminUnit build() {
		AdminUnit county = units.createCounty("T", "测试县", "Test County");
		AdminUnit t1 = units.createTownship(county.id(), "T1", "一号镇", "Township One");
		AdminUnit t2 = units.createTownship(county.id(), "T2", "二号乡", "Township Two");
		AdminUnit a = units.createVillage(t1.id(), "A", "甲村", "Village A");
		AdminUnit b = units.createVillage(t1.id(), "B", "乙村", "Village B");
		units.createVillage(t2.id(), "C", "丙村", "Village C");
		seed("t.admin", "测试管理员", Role.COUNTY_ADMIN, county.id(), false);
		seed("t1.officer", "一号镇综治办", Role.TOWNSHIP_OFFICER, t1.id(), false);
		seed("t2.officer", "二号乡综治办", Role.TOWNSHIP_OFFICER, t2.id(), false);
		seed("a.director", "甲村主任", Role.VILLAGE_DIRECTOR, a.id(), false);
		seed("a.security", "甲村治保主任", Role.SECURITY_DIRECTOR, a.id(), false);
		seeding.seed("a.patrol", "甲村巡逻队员", Role.PATROL_MEMBER, scopes.find(a.id()).orElseThrow(), PASSWORD, false,
				PHONE_OF_A_PATROL);
		seed("b.director", "乙村主任", Role.VILLAGE_DIRECTOR, b.id(), false);
		seed("b.security", "乙村治保主任", Role.SECURITY_DIRECTOR, b.id(), false);
		seed("a.newcomer", "甲村新账户", Role.SECURITY_DIRECTOR, a.id(), true);
		seed("a.guard", "甲村治保主任 张卫东", Role.SECURITY_DIRECTOR, a.id(), false);
		return county;
	}

	private UserAccount seed(String username, String name, Role role, long unitId, boolean mustChange) {
		ScopeUnit unit = scopes.find(unitId).orElseThrow();
		return seeding.seed(username, name, role, unit, PASSWORD, mustChange);
	}

	public long id(String key) {
		ensure();
		return ids.get(key);
	}
}
