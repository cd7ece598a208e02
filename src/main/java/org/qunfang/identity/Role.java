package org.qunfang.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of Qunfang. Each role acts at certain kinds of jurisdiction: a township officer is given a
 * township, a patrol member a village or its patrol team.
 */
public enum Role {
	/** 县级管理员 — keeps users and the role → permission table of the county. */
	COUNTY_ADMIN(EnumSet.of(ScopeLevel.COUNTY)),
	/** 县综治干部 — county comprehensive-governance officer. */
	COUNTY_OFFICER(EnumSet.of(ScopeLevel.COUNTY)),
	/** 乡镇综治办 — township comprehensive-governance officer. */
	TOWNSHIP_OFFICER(EnumSet.of(ScopeLevel.TOWNSHIP)),
	/** 包村领导 — township leader in charge of villages. */
	TOWNSHIP_LEADER(EnumSet.of(ScopeLevel.TOWNSHIP, ScopeLevel.VILLAGE)),
	/** 乡镇财政/农经站 — township finance officer who keeps the villages' books. */
	FINANCE_OFFICER(EnumSet.of(ScopeLevel.TOWNSHIP)),
	/** 驻村民警 — police liaison of a police station. */
	POLICE_LIAISON(EnumSet.of(ScopeLevel.POLICE_STATION, ScopeLevel.VILLAGE)),
	/** 村委会主任 — village committee director. */
	VILLAGE_DIRECTOR(EnumSet.of(ScopeLevel.VILLAGE)),
	/** 治保主任 — village security director. */
	SECURITY_DIRECTOR(EnumSet.of(ScopeLevel.VILLAGE)),
	/** 调解主任 — mediation director. */
	MEDIATION_DIRECTOR(EnumSet.of(ScopeLevel.VILLAGE, ScopeLevel.ORGANIZATION)),
	/** 调解员 — mediator. */
	MEDIATOR(EnumSet.of(ScopeLevel.VILLAGE, ScopeLevel.ORGANIZATION)),
	/** 巡逻队长 — patrol team leader. */
	PATROL_LEADER(EnumSet.of(ScopeLevel.VILLAGE, ScopeLevel.ORGANIZATION)),
	/** 巡逻队员 — patrol member. */
	PATROL_MEMBER(EnumSet.of(ScopeLevel.VILLAGE, ScopeLevel.ORGANIZATION)),
	/** 户主/村民 — household head or villager. */
	VILLAGER(EnumSet.of(ScopeLevel.VILLAGE));

	private final Set<ScopeLevel> levels;

	Role(Set<ScopeLevel> levels) {
		this.levels = levels;
	}

	/** Whether a user of this role may be given a jurisdiction of this kind. */
	public boolean actsAt(ScopeLevel level) {
		return levels.contains(level);
	}

	public String messageKey() {
		return "role." + name();
	}
}
