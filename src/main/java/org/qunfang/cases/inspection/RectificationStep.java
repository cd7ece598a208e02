package org.qunfang.cases.inspection;

/** A step in the history of a rectification task. */
public enum RectificationStep {
	/** The hazard was found and the task set with its deadline. */
	FOUND,
	/** Proof that the hazard was put right was submitted. */
	PROOF,
	/** A re-check found the hazard put right; the task is closed. */
	PASSED,
	/** A re-check found the hazard not put right; the task is open again. */
	FAILED,
	/** The deadline was changed. */
	RESCHEDULED;

	public String messageKey() {
		return "rectification.step." + name();
	}
}
