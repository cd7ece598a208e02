package org.qunfang.organization.bodies;

import java.util.ArrayList;
import java.util.List;

import org.qunfang.organization.Education;
import org.qunfang.organization.Health;

/**
 * The "three checks" (三关: political, quality, age) of a post as rules: an age range, a minimum of
 * schooling, good health, and no criminal record. {@link #failures} names every rule a candidate fails.
 */
public record ThreeChecks(Integer minAge, Integer maxAge, Education minEducation, boolean goodHealth,
		boolean noCriminalRecord) {

	/** The rule a candidate fails, as a code for the message and the record. */
	public enum Failure {
		AGE, EDUCATION, HEALTH, CONDUCT
	}

	public List<Failure> failures(int age, Education education, Health health, boolean criminalRecord) {
		List<Failure> failed = new ArrayList<>();
		if ((minAge != null && age < minAge) || (maxAge != null && age > maxAge)) {
			failed.add(Failure.AGE);
		}
		if (!education.atLeast(minEducation)) {
			failed.add(Failure.EDUCATION);
		}
		if (goodHealth && (health == Health.POOR || health == Health.UNKNOWN)) {
			failed.add(Failure.HEALTH);
		}
		if (noCriminalRecord && criminalRecord) {
			failed.add(Failure.CONDUCT);
		}
		return failed;
	}
}
