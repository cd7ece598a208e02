package org.qunfang.identity.internal;

import java.util.List;

import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.platform.demo.DemoData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A demo account for every role in the demo county, all with the same password. They must change it at
 * first sign-in, like every seeded account (set {@code qunfang.demo.force-password-change=false} for a
 * demo that skips this).
 */
@Component
class DemoAccounts implements DemoData {

	/** The demo accounts: user name, display name, role, code of the unit they act for. */
	record DemoAccount(String username, String displayName, Role role, String unitCode, String phone) {

		DemoAccount(String username, String displayName, Role role, String unitCode) {
			this(username, displayName, role, unitCode, null);
		}
	}

	static final String PASSWORD = "Demo-pass-2026";

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin", "县管理员 王磊", Role.COUNTY_ADMIN, "YX"),
			new DemoAccount("county.officer", "县综治办 赵敏", Role.COUNTY_OFFICER, "YX"),
			new DemoAccount("taoyuan.officer", "桃源镇综治办 刘洋", Role.TOWNSHIP_OFFICER, "YX-TY"),
			new DemoAccount("taoyuan.leader", "包村领导 陈刚", Role.TOWNSHIP_LEADER, "YX-TY"),
			new DemoAccount("taoyuan.finance", "桃源镇财政所 孙丽", Role.FINANCE_OFFICER, "YX-TY"),
			new DemoAccount("police.liaison", "驻村民警 周强", Role.POLICE_LIAISON, "YX-PS-TY"),
			new DemoAccount("dongshan.director", "东山村主任 李建国", Role.VILLAGE_DIRECTOR, "YX-TY-DS"),
			new DemoAccount("dongshan.security", "东山村治保主任 张卫东", Role.SECURITY_DIRECTOR, "YX-TY-DS", "13807315566"),
			new DemoAccount("dongshan.mediation", "东山村调解主任 王秀英", Role.MEDIATION_DIRECTOR, "YX-TY-DS"),
			new DemoAccount("dongshan.mediator", "调解员 刘桂兰", Role.MEDIATOR, "YX-TY-DS"),
			new DemoAccount("dongshan.patrol.leader", "巡逻队长 杨志勇", Role.PATROL_LEADER, "YX-TY-DS"),
			new DemoAccount("dongshan.patrol", "巡逻队员 黄小明", Role.PATROL_MEMBER, "YX-TY-DS", "13907310218"),
			new DemoAccount("dongshan.villager", "村民 吴大伯", Role.VILLAGER, "YX-TY-DS"),
			new DemoAccount("xihe.security", "西河村治保主任 郑海", Role.SECURITY_DIRECTOR, "YX-TY-XH"));

	private final ScopeDirectory scopes;
	private final AccountSeeding seeding;
	private final UserAccounts accounts;
	private final boolean forceChange;

	DemoAccounts(ScopeDirectory scopes, AccountSeeding seeding, UserAccounts accounts,
			@Value("${qunfang.demo.force-password-change:true}") boolean forceChange) {
		this.scopes = scopes;
		this.accounts = accounts;
		this.seeding = seeding;
		this.forceChange = forceChange;
	}

	@Override
	public String name() {
		return "identity.accounts";
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public void load() {
		ScopeUnit county = scopes.counties().stream().filter(c -> c.homePath() != null)
			.filter(c -> scopes.byCode(c.countyId(), "YX").isPresent()).findFirst()
			.orElseThrow(() -> new IllegalStateException("demo county YX is missing"));
		for (DemoAccount demo : ACCOUNTS) {
			ScopeUnit unit = scopes.byCode(county.countyId(), demo.unitCode())
				.orElseThrow(() -> new IllegalStateException("demo unit missing: " + demo.unitCode()));
			if (accounts.findByUsername(demo.username()).isPresent()) {
				continue; // a deployment that turns the demo on later keeps its own administrator
			}
			seeding.seed(demo.username(), demo.displayName(), demo.role(), unit, PASSWORD, forceChange, demo.phone());
		}
	}
}
