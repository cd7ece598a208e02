package org.qunfang.cases.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.qunfang.cases.inspection.ChecklistKind;
import org.qunfang.cases.inspection.ChecklistTemplates;
import org.qunfang.cases.inspection.InspectionPhotos;
import org.qunfang.cases.inspection.InspectionQueries;
import org.qunfang.cases.inspection.Inspections;
import org.qunfang.cases.inspection.NewInspection;
import org.qunfang.cases.inspection.RectificationQueries;
import org.qunfang.cases.inspection.RectificationStatus;
import org.qunfang.cases.inspection.Rectifications;
import org.qunfang.cases.web.Uploads;
import org.qunfang.identity.Caller;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Security inspections: checklist templates, inspections with their items and photos, rectification
 * tasks with proof, re-check and deadline, and the registers with their counts by month. A POST that
 * creates something takes an {@code Idempotency-Key}, so a phone may safely send it again.
 */
@ApiController
@Tag(name = "inspections")
class InspectionsApi {

	record TemplateBody(@NotNull ChecklistKind kind, @NotBlank @Size(max = 100) String name,
			@NotEmpty List<@NotBlank @Size(max = 300) String> items) {
	}

	record TemplateChange(int revision, @NotBlank @Size(max = 100) String name,
			@NotEmpty List<@NotBlank @Size(max = 300) String> items) {
	}

	record Proof(@Size(max = 1000) String note, @Size(max = 500) String noPhotoReason) {
	}

	record Recheck(boolean passed, @Size(max = 1000) String finding, LocalDate newDeadline) {
	}

	record NewDeadline(@NotNull LocalDate deadline, @Size(max = 500) String reason) {
	}

	private final ChecklistTemplates templates;
	private final Inspections inspections;
	private final InspectionQueries inspectionQueries;
	private final InspectionPhotos photos;
	private final Rectifications rectifications;
	private final RectificationQueries tasks;

	InspectionsApi(ChecklistTemplates templates, Inspections inspections, InspectionQueries inspectionQueries,
			InspectionPhotos photos, Rectifications rectifications, RectificationQueries tasks) {
		this.templates = templates;
		this.inspections = inspections;
		this.inspectionQueries = inspectionQueries;
		this.photos = photos;
		this.rectifications = rectifications;
		this.tasks = tasks;
	}

	@GetMapping("/checklists")
	@Operation(summary = "The county's checklist templates with their items")
	List<ChecklistTemplates.Template> checklists(Caller caller, @RequestParam(defaultValue = "false") boolean retired) {
		return templates.list(caller, retired);
	}

	@GetMapping("/checklists/{id}")
	@Operation(summary = "One checklist template")
	ChecklistTemplates.Template checklist(Caller caller, @PathVariable long id) {
		return templates.get(caller, id);
	}

	@PostMapping("/checklists")
	@Operation(summary = "Add a checklist template to the county")
	ResponseEntity<ChecklistTemplates.Template> createChecklist(Caller caller, @Valid @RequestBody TemplateBody body) {
		long id = templates.create(caller, body.kind(), body.name(), body.items());
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/checklists/" + id)).body(templates.get(caller, id));
	}

	@PutMapping("/checklists/{id}")
	@Operation(summary = "Replace a template's name and items; the revision read must still be current")
	ChecklistTemplates.Template updateChecklist(Caller caller, @PathVariable long id, @Valid @RequestBody TemplateChange body) {
		templates.update(caller, id, body.revision(), body.name(), body.items());
		return templates.get(caller, id);
	}

	@PostMapping("/checklists/{id}/retire")
	@Operation(summary = "Retire a template: no new inspection uses it")
	ChecklistTemplates.Template retireChecklist(Caller caller, @PathVariable long id) {
		templates.retire(caller, id);
		return templates.get(caller, id);
	}

	@GetMapping("/inspections")
	@Operation(summary = "The inspection register, newest first")
	List<InspectionQueries.Row> inspections(Caller caller, @RequestParam(required = false) Long village,
			@RequestParam(required = false) ChecklistKind kind, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) Boolean hazards) {
		return inspectionQueries.list(caller, new InspectionQueries.Filter(village, kind, from, to, hazards));
	}

	@GetMapping("/inspections/months")
	@Operation(summary = "Inspections and hazards in each of the last twelve months")
	List<InspectionQueries.Month> inspectionMonths(Caller caller, @RequestParam(required = false) Long village,
			@RequestParam(required = false) ChecklistKind kind, @RequestParam(required = false) Boolean hazards) {
		return inspectionQueries.months(caller, new InspectionQueries.Filter(village, kind, null, null, hazards));
	}

	@PostMapping("/inspections")
	@Operation(summary = "Record an inspection; every failed item becomes a rectification task")
	ResponseEntity<InspectionQueries.Detail> record(Caller caller, @Valid @RequestBody NewInspection body) {
		long id = inspections.record(caller, body, Map.of());
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/inspections/" + id))
			.body(inspectionQueries.get(caller, id));
	}

	@GetMapping("/inspections/{id}")
	@Operation(summary = "One inspection with its items, photos and tasks")
	InspectionQueries.Detail inspection(Caller caller, @PathVariable long id) {
		return inspectionQueries.get(caller, id);
	}

	@PostMapping(value = "/inspections/{id}/photos", consumes = MediaType.ALL_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a photo (JPEG or PNG, multipart field file) to an item, numbered from 1")
	Map<String, Long> inspectionPhoto(Caller caller, @PathVariable long id, @RequestParam(required = false) Integer item,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		return Map.of("photoId", inspections.addPhoto(caller, id, item, Uploads.one(file)));
	}

	@GetMapping("/inspection-photos/{id}")
	@Operation(summary = "A photo of an inspection or of a task's proof")
	ResponseEntity<byte[]> photo(Caller caller, @PathVariable long id) {
		return org.qunfang.platform.attachment.Attachments.serve(photos.load(caller, id), true);
	}

	@GetMapping("/rectifications")
	@Operation(summary = "Rectification tasks: open first by deadline, then closed")
	List<RectificationQueries.Row> rectifications(Caller caller, @RequestParam(required = false) RectificationStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long village) {
		return tasks.list(caller, new RectificationQueries.Filter(status, overdue, village));
	}

	@GetMapping("/rectifications/months")
	@Operation(summary = "Tasks found and closed in each of the last twelve months")
	List<RectificationQueries.Month> rectificationMonths(Caller caller, @RequestParam(required = false) Long village) {
		return tasks.months(caller, village);
	}

	@GetMapping("/rectifications/{id}")
	@Operation(summary = "One task with its history")
	RectificationQueries.Detail rectification(Caller caller, @PathVariable long id) {
		return tasks.get(caller, id);
	}

	@PostMapping(value = "/rectifications/{id}/photos", consumes = MediaType.ALL_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a photo (multipart field file) to the proof; it goes with the next proof submitted")
	Map<String, Long> proofPhoto(Caller caller, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		return Map.of("photoId", rectifications.addProofPhoto(caller, id, Uploads.one(file)));
	}

	@PostMapping("/rectifications/{id}/proof")
	@Operation(summary = "Submit proof: a note, with the photos added before or the reason there are none")
	RectificationQueries.Detail proof(Caller caller, @PathVariable long id, @Valid @RequestBody Proof body) {
		rectifications.submitProof(caller, id, body.note(), body.noPhotoReason(), List.of());
		return tasks.get(caller, id);
	}

	@PostMapping("/rectifications/{id}/recheck")
	@Operation(summary = "Re-check submitted proof: passed closes the task, failed opens it again")
	RectificationQueries.Detail recheck(Caller caller, @PathVariable long id, @Valid @RequestBody Recheck body) {
		rectifications.recheck(caller, id, body.passed(), body.finding(), body.newDeadline());
		return tasks.get(caller, id);
	}

	@PostMapping("/rectifications/{id}/deadline")
	@Operation(summary = "Give an unfinished task a new deadline, with the reason")
	RectificationQueries.Detail reschedule(Caller caller, @PathVariable long id, @Valid @RequestBody NewDeadline body) {
		rectifications.reschedule(caller, id, body.deadline(), body.reason());
		return tasks.get(caller, id);
	}
}
