package org.qunfang.organization;

/** The seven kinds of mass prevention and treatment organization (群防群治组织) a village may have. */
public enum OrganizationType {
	/** 治保会 — security committee, the backbone. */
	SECURITY_COMMITTEE,
	/** 调委会 — people's mediation committee. */
	MEDIATION_COMMITTEE,
	/** 专职巡逻队 — full-time, paid patrol team. */
	FULL_TIME_PATROL,
	/** 义务巡逻队 — voluntary patrol team. */
	VOLUNTARY_PATROL,
	/** 护村队 — village defense team. */
	VILLAGE_DEFENSE,
	/** 十户联防 — ten-household joint defense group. */
	TEN_HOUSEHOLD,
	/** 治安承包 — security contract. */
	SECURITY_CONTRACT;

	public String messageKey() {
		return "org.type." + name();
	}
}
