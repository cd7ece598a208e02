package org.qunfang.cases.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.qunfang.platform.DomainException;

/**
 * 案件 — a case in the register, as far as its handling goes: who owns it, where it stands, and the
 * steps recorded against it. Every change is a method that checks the rules and records a step; the
 * repository stores the new state and the new steps together.
 *
 * <p>Rules: a case always has exactly one owning organization; it is transferred only with a reason and
 * to another organization; it is resolved only after at least one handling step; referral names the
 * authority and the reason; closing without resolution needs the reason; an ended case takes no more
 * steps.
 */
public class CaseFile {

	/** A step not yet stored. */
	public record Step(StepKind kind, String note, Long fromOrgId, Long toOrgId, String referredTo, Instant at) {
	}

	private final long id;
	private final long countyId;
	private final long villageId;
	private final String scopePath;
	private CaseStatus status;
	private long ownerOrgId;
	private String ownerOrgName;
	private int handlingSteps;
	private final long version;
	private final List<Step> pending = new ArrayList<>();

	public CaseFile(long id, long countyId, long villageId, String scopePath, CaseStatus status, long ownerOrgId,
			String ownerOrgName, int handlingSteps, long version) {
		this.id = id;
		this.countyId = countyId;
		this.villageId = villageId;
		this.scopePath = scopePath;
		this.status = status;
		this.ownerOrgId = ownerOrgId;
		this.ownerOrgName = ownerOrgName;
		this.handlingSteps = handlingSteps;
		this.version = version;
	}

	/** Records what was done; the first step moves a registered case into handling. */
	public void handle(String note, Instant at) {
		requireOpen();
		requireText(note, "error.case.step-note");
		handlingSteps++;
		status = CaseStatus.HANDLING;
		pending.add(new Step(StepKind.HANDLING, note, null, null, null, at));
	}

	/** Hands the case to another organization; the reason is kept in the history. */
	public void transfer(long toOrgId, String toOrgName, String reason, Instant at) {
		requireOpen();
		requireText(reason, "error.case.transfer-reason");
		if (toOrgId == ownerOrgId) {
			throw new DomainException("error.case.transfer-same");
		}
		pending.add(new Step(StepKind.TRANSFERRED, reason, ownerOrgId, toOrgId, null, at));
		ownerOrgId = toOrgId;
		ownerOrgName = toOrgName;
	}

	/** Ends the case as resolved; only after it has been handled. */
	public void resolve(String outcome, Instant at) {
		requireOpen();
		if (handlingSteps == 0) {
			throw new DomainException("error.case.resolve-unhandled");
		}
		requireText(outcome, "error.case.outcome");
		status = CaseStatus.RESOLVED;
		pending.add(new Step(StepKind.RESOLVED, outcome, null, null, null, at));
	}

	/** Ends the case by handing it to an authority outside the village (the police station, a court). */
	public void refer(String referredTo, String reason, Instant at) {
		requireOpen();
		requireText(referredTo, "error.case.referred-to");
		requireText(reason, "error.case.referral-reason");
		status = CaseStatus.REFERRED;
		pending.add(new Step(StepKind.REFERRED, reason, null, null, referredTo, at));
	}

	/** Ends the case honestly without a resolution, saying why. */
	public void closeUnresolved(String reason, Instant at) {
		requireOpen();
		requireText(reason, "error.case.close-reason");
		status = CaseStatus.CLOSED_UNRESOLVED;
		pending.add(new Step(StepKind.CLOSED_UNRESOLVED, reason, null, null, null, at));
	}

	private void requireOpen() {
		if (status.ended()) {
			throw new DomainException("error.case.ended");
		}
	}

	private static void requireText(String text, String key) {
		if (text == null || text.isBlank()) {
			throw new DomainException(key);
		}
	}

	public long id() {
		return id;
	}

	public long countyId() {
		return countyId;
	}

	public long villageId() {
		return villageId;
	}

	public String scopePath() {
		return scopePath;
	}

	public CaseStatus status() {
		return status;
	}

	public long ownerOrgId() {
		return ownerOrgId;
	}

	public String ownerOrgName() {
		return ownerOrgName;
	}

	public long version() {
		return version;
	}

	/** The steps taken since the case was loaded, in order. */
	public List<Step> pendingSteps() {
		return List.copyOf(pending);
	}
}
