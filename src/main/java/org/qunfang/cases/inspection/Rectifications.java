package org.qunfang.cases.inspection;

import java.time.LocalDate;
import java.util.List;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working a rectification task: the village submits proof that the hazard was put right (a note with
 * photos, or the reason there are none); someone entitled to verify re-checks it and closes the task or
 * opens it again; the deadline may be moved with a reason. Every step is kept with who and when.
 */
@Service
public class Rectifications {

	private final InspectionStore store;
	private final InspectionPhotos photos;
	private final InspectionCalendar calendar;

	Rectifications(InspectionStore store, InspectionPhotos photos, InspectionCalendar calendar) {
		this.store = store;
		this.photos = photos;
		this.calendar = calendar;
	}

	/** Adds a photo to the proof being gathered; it is submitted with the next proof. */
	@Transactional
	@Audited(value = "cases.rectification.photo", target = "rectification", targetId = "#id")
	public long addProofPhoto(Caller caller, long id, Upload upload) {
		caller.require(CasesPermissions.INSPECTION_RECORD);
		InspectionStore.StoredTask stored = load(caller, id);
		if (stored.task().status() != RectificationStatus.OPEN) {
			throw new DomainException(stored.task().status() == RectificationStatus.CLOSED ? "error.rectification.closed"
					: "error.rectification.proof-pending");
		}
		if (upload == null) {
			throw new DomainException("error.attachment.empty");
		}
		return photos.attach(stored.countyId(), stored.scopePath(), stored.inspectionId(), null, id, upload,
				caller.username(), calendar.now());
	}

	/** Submits proof, with the photos given here and those added before. */
	@Transactional
	@Audited(value = "cases.rectification.proof", target = "rectification", targetId = "#id")
	public void submitProof(Caller caller, long id, String note, String reasonWithoutPhoto, List<Upload> uploads) {
		caller.require(CasesPermissions.INSPECTION_RECORD);
		InspectionStore.StoredTask stored = load(caller, id);
		for (Upload upload : uploads) {
			photos.attach(stored.countyId(), stored.scopePath(), stored.inspectionId(), null, id, upload, caller.username(),
					calendar.now());
		}
		stored.task().submitProof(note, reasonWithoutPhoto, photos.pending(id));
		store.save(stored);
		long step = store.step(id, stored.countyId(), stored.scopePath(), RectificationStep.PROOF, stored.task().proofNote(),
				null, caller.displayName(), caller.username(), calendar.now());
		photos.bindPending(id, step);
	}

	/**
	 * The re-check: passed closes the task; failed opens it again with the finding and perhaps a new
	 * deadline. It is done by someone other than the person who submitted the proof.
	 */
	@Transactional
	@Audited(value = "cases.rectification.recheck", target = "rectification", targetId = "#id")
	public RectificationStatus recheck(Caller caller, long id, boolean passed, String finding, LocalDate newDeadline) {
		caller.require(CasesPermissions.RECTIFICATION_VERIFY);
		InspectionStore.StoredTask stored = load(caller, id);
		if (store.lastProofBy(id, stored.countyId()).filter(caller.username()::equals).isPresent()) {
			throw new org.qunfang.platform.DomainException("error.rectification.recheck-own-proof");
		}
		String note = stored.task().recheck(passed, finding, newDeadline, calendar.today());
		store.save(stored);
		store.step(id, stored.countyId(), stored.scopePath(), passed ? RectificationStep.PASSED : RectificationStep.FAILED,
				note, passed || newDeadline == null ? null : stored.task().deadline(), caller.displayName(), caller.username(),
				calendar.now());
		return stored.task().status();
	}

	/** Moves the deadline of an unfinished task, with the reason. */
	@Transactional
	@Audited(value = "cases.rectification.reschedule", target = "rectification", targetId = "#id")
	public void reschedule(Caller caller, long id, LocalDate deadline, String reason) {
		caller.require(CasesPermissions.RECTIFICATION_VERIFY);
		InspectionStore.StoredTask stored = load(caller, id);
		String text = stored.task().reschedule(deadline, reason, calendar.today());
		store.save(stored);
		store.step(id, stored.countyId(), stored.scopePath(), RectificationStep.RESCHEDULED, text, deadline,
				caller.displayName(), calendar.now());
	}

	private InspectionStore.StoredTask load(Caller caller, long id) {
		return store.task(caller.jurisdiction().where("r"), id).orElseThrow(NotFoundException::new);
	}
}
