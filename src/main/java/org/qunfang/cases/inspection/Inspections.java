package org.qunfang.cases.inspection;

import java.util.List;
import java.util.Map;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.cases.internal.CasesSettings;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.bodies.DutyScopes;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.text.PlainText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 安全检查 — recording an inspection of a place in a village: each item of a checklist template passed or
 * failed, with notes and photos, and a rectification task for every hazard found. The inspection belongs
 * to the organization that owns inspections in the village (the security committee by default).
 */
@Service
public class Inspections {

	/** The kind of matter inspections are in the registry's duty scopes. */
	public static final String MATTER = "INSPECTION";

	private final JdbcClient jdbc;
	private final InspectionStore store;
	private final InspectionPhotos photos;
	private final ChecklistTemplates templates;
	private final VillageScope villages;
	private final DutyScopes duties;
	private final CasesSettings settings;
	private final InspectionCalendar calendar;

	Inspections(JdbcClient jdbc, InspectionStore store, InspectionPhotos photos, ChecklistTemplates templates,
			VillageScope villages, DutyScopes duties, CasesSettings settings,
			InspectionCalendar calendar) {
		this.jdbc = jdbc;
		this.store = store;
		this.photos = photos;
		this.templates = templates;
		this.villages = villages;
		this.duties = duties;
		this.settings = settings;
		this.calendar = calendar;
	}

	/**
	 * Records an inspection with its photos (by template item id), all or nothing.
	 *
	 * @return the inspection's id
	 */
	@Transactional
	@Audited(value = "cases.inspection.record", target = "inspection", targetId = "#result")
	public long record(Caller caller, NewInspection form, Map<Long, List<Upload>> itemPhotos) {
		caller.require(CasesPermissions.INSPECTION_RECORD);
		AdminUnit village = villages.village(caller, form.villageId());
		OrganizationRef owner = duties.ownerOf(village.id(), MATTER)
			.orElseThrow(() -> new DomainException("error.inspection.no-owner"));
		ChecklistTemplates.Template template = templates.usable(village.countyId(), form.templateId());
		String place = PlainText.required("inspection.place", form.placeName(), 200);
		String inspectors = PlainText.required("inspection.inspectors", form.inspectors(), 200);
		String groupName = groupName(caller, village, form.groupId());
		InspectionSheet sheet = InspectionSheet.fill(template.items(), form.answers(), form.inspectedOn(), calendar.today(),
				form.responsible(), form.deadline(),
				settings.value(village.countyId(), CasesSettings.Setting.RECTIFICATION_DAYS));
		InspectionStore.Recorded recorded = store.insert(new InspectionStore.Header(village.countyId(), village.scopePath(),
				village.id(), owner.id(), owner.name(), template, place, form.groupId(), groupName, form.inspectedOn(),
				inspectors, caller.displayName()), sheet, calendar.now());
		for (Map.Entry<Long, List<Upload>> entry : itemPhotos.entrySet()) {
			int seq = sheet.findings().stream().filter(f -> f.itemId() == entry.getKey()).findFirst()
				.orElseThrow(() -> new DomainException("error.inspection.unknown-item", entry.getKey())).seq();
			for (Upload upload : entry.getValue()) {
				photos.attach(village.countyId(), village.scopePath(), recorded.inspectionId(), seq, null, upload,
						caller.username(), calendar.now());
			}
		}
		return recorded.inspectionId();
	}

	/** Adds a photo to an item of an inspection (item numbers start at 1). */
	@Transactional
	@Audited(value = "cases.inspection.photo", target = "inspection", targetId = "#inspectionId")
	public long addPhoto(Caller caller, long inspectionId, Integer itemSeq, Upload upload) {
		caller.require(CasesPermissions.INSPECTION_RECORD);
		var scope = caller.jurisdiction().where("i");
		var where = scope.bind(jdbc.sql("select i.county_id, i.scope_path from inspection i where i.id = :id and "
				+ scope.sql())).param("id", inspectionId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).optional()
			.orElseThrow(NotFoundException::new);
		boolean known = itemSeq != null && jdbc.sql("select count(*) from inspection_item where inspection_id = :i and seq = :s")
			.param("i", inspectionId).param("s", itemSeq).query(Long.class).single() > 0;
		if (!known) {
			throw new DomainException("error.inspection.unknown-item", itemSeq);
		}
		if (upload == null) {
			throw new DomainException("error.attachment.empty");
		}
		return photos.attach(where.getKey(), where.getValue(), inspectionId, itemSeq, null, upload, caller.username(),
				calendar.now());
	}

	private String groupName(Caller caller, AdminUnit village, Long groupId) {
		if (groupId == null) {
			return null;
		}
		return villages.groups(caller, village.id()).stream().filter(g -> g.id() == groupId).findFirst()
			.map(VillageScope.GroupPlace::name)
			.orElseThrow(() -> new DomainException("error.group.not-in-village"));
	}
}
