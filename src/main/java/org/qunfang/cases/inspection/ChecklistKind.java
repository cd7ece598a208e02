package org.qunfang.cases.inspection;

/** What a checklist template is for: the kinds of place a village inspects. */
public enum ChecklistKind {
	/** 消防安全 — fire safety. */
	FIRE_SAFETY,
	/** 重点场所 — key places (places of worship, halls, warehouses of dangerous goods …). */
	KEY_PLACE,
	/** 出租房屋 — rented housing. */
	RENTAL_HOUSING,
	/** 学校 — schools and kindergartens. */
	SCHOOL,
	/** 集贸市场 — markets. */
	MARKET,
	/** 其他 — anything else. */
	OTHER;

	public String messageKey() {
		return "checklist.kind." + name();
	}
}
