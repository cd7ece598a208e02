package org.qunfang.cases.inspection;

import java.time.LocalDate;

import org.qunfang.platform.DomainException;
import org.qunfang.platform.text.PlainText;

/**
 * 隐患整改 — the task of putting right one hazard found by an inspection. It is open until proof that
 * the hazard was put right is submitted (a note, and photos or the reason there are none); a re-check
 * by someone entitled to verify then closes it, or finds it not put right and opens it again. It is
 * overdue while not closed after its deadline.
 */
public final class Rectification {

	private final LocalDate inspectedOn;
	private RectificationStatus status;
	private LocalDate deadline;
	private String proofNote;
	private String noPhotoReason;
	private LocalDate closedOn;

	public Rectification(LocalDate inspectedOn, RectificationStatus status, LocalDate deadline, String proofNote,
			String noPhotoReason, LocalDate closedOn) {
		this.inspectedOn = inspectedOn;
		this.status = status;
		this.deadline = deadline;
		this.proofNote = proofNote;
		this.noPhotoReason = noPhotoReason;
		this.closedOn = closedOn;
	}

	/** A new task for a hazard found on the day of the inspection, due by the deadline. */
	public static Rectification found(LocalDate inspectedOn, LocalDate deadline) {
		requireDeadline(inspectedOn, deadline);
		return new Rectification(inspectedOn, RectificationStatus.OPEN, deadline, null, null, null);
	}

	/** Refuses a deadline before the day the hazard was found. */
	static void requireDeadline(LocalDate inspectedOn, LocalDate deadline) {
		if (deadline == null) {
			throw new DomainException("error.rectification.deadline-missing");
		}
		if (deadline.isBefore(inspectedOn)) {
			throw new DomainException("error.rectification.deadline-before-inspection", inspectedOn);
		}
	}

	/**
	 * Records the proof that the hazard was put right: a note, and at least one photo or the reason there
	 * is none.
	 *
	 * @param photos how many photos come with the proof
	 */
	public void submitProof(String note, String reasonWithoutPhoto, int photos) {
		requireNotClosed();
		if (status == RectificationStatus.PROOF_SUBMITTED) {
			throw new DomainException("error.rectification.proof-pending");
		}
		String text = PlainText.required("rectification.proof-note", note, 1000);
		String reason = PlainText.optional("rectification.no-photo-reason", reasonWithoutPhoto, 500);
		if (photos == 0 && reason == null) {
			throw new DomainException("error.rectification.proof-photo");
		}
		this.proofNote = text;
		this.noPhotoReason = photos == 0 ? reason : null;
		this.status = RectificationStatus.PROOF_SUBMITTED;
	}

	/**
	 * The re-check of submitted proof: passed closes the task on that day; failed opens it again, with
	 * what was found and, if given, a new deadline. Without proof there is nothing to re-check.
	 *
	 * @return the finding as recorded (checked text), or {@code null} when none was given
	 */
	public String recheck(boolean passed, String finding, LocalDate newDeadline, LocalDate today) {
		requireNotClosed();
		if (status != RectificationStatus.PROOF_SUBMITTED) {
			throw new DomainException("error.rectification.no-proof");
		}
		if (passed) {
			String note = PlainText.optional("rectification.finding", finding, 1000);
			status = RectificationStatus.CLOSED;
			closedOn = today;
			return note;
		}
		String note = PlainText.required("rectification.finding", finding, 1000);
		if (newDeadline != null) {
			requireDeadline(inspectedOn, newDeadline);
			if (newDeadline.isBefore(today)) {
				throw new DomainException("error.rectification.deadline-past", today);
			}
			deadline = newDeadline;
		}
		status = RectificationStatus.OPEN;
		proofNote = null;
		noPhotoReason = null;
		return note;
	}

	/**
	 * Gives an unfinished task another deadline, with the reason.
	 *
	 * @return the reason as recorded
	 */
	public String reschedule(LocalDate newDeadline, String reason, LocalDate today) {
		requireNotClosed();
		requireDeadline(inspectedOn, newDeadline);
		if (newDeadline.isBefore(today)) {
			throw new DomainException("error.rectification.deadline-past", today);
		}
		String text = PlainText.required("rectification.reschedule-reason", reason, 500);
		deadline = newDeadline;
		return text;
	}

	/** Not closed, and the deadline was before this day. */
	public boolean overdue(LocalDate today) {
		return status != RectificationStatus.CLOSED && deadline.isBefore(today);
	}

	private void requireNotClosed() {
		if (status == RectificationStatus.CLOSED) {
			throw new DomainException("error.rectification.closed");
		}
	}

	public LocalDate inspectedOn() {
		return inspectedOn;
	}

	public RectificationStatus status() {
		return status;
	}

	public LocalDate deadline() {
		return deadline;
	}

	public String proofNote() {
		return proofNote;
	}

	public String noPhotoReason() {
		return noPhotoReason;
	}

	public LocalDate closedOn() {
		return closedOn;
	}
}
