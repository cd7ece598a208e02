package org.qunfang.organization;

/** How an appointment is paid: salary (工资), lost-work subsidy (误工补贴) or not at all (义务). */
public enum Remuneration {
	SALARY, LOST_WORK_SUBSIDY, VOLUNTEER;

	public String messageKey() {
		return "remuneration." + name();
	}
}
