package org.qunfang.organization.bodies;

import java.time.LocalDate;

import org.qunfang.organization.Gender;
import org.qunfang.organization.Remuneration;

/** A member of an organization as its roster shows them. */
public record MemberView(long appointmentId, long residentId, String name, Gender gender, int age, String postCode,
		String duties, Remuneration remuneration, LocalDate startDate, LocalDate endDate, String failedChecks,
		String overrideReason, String phoneMasked) {

	public boolean serving() {
		return endDate == null;
	}
}
