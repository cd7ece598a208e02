package org.qunfang.cases.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.text.PlainText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 检查表模板 — the county's checklist templates: a kind, a name and ordered items. Everyone of the county
 * uses the same templates; those holding the checklist permission add, edit and retire them. An edit
 * raises the revision; inspections already made keep the items as they read then.
 */
@Service
public class ChecklistTemplates {

	/** Items a template may have at most. */
	public static final int MAX_ITEMS = 60;

	/** A template with its items in order. */
	public record Template(long id, ChecklistKind kind, String name, int revision, boolean retired, String updatedBy,
			Instant updatedAt, List<InspectionSheet.Item> items) {
	}

	private final JdbcClient jdbc;
	private final IdGenerator ids;
	private final Clock clock;

	ChecklistTemplates(JdbcClient jdbc, IdGenerator ids, Clock clock) {
		this.jdbc = jdbc;
		this.ids = ids;
		this.clock = clock;
	}

	/** The county's templates, active first, by kind and name. */
	@Transactional(readOnly = true)
	public List<Template> list(Caller caller, boolean withRetired) {
		caller.require(CasesPermissions.INSPECTION_VIEW);
		return of(caller.jurisdiction().countyId(), withRetired);
	}

	/** A county's templates, active first, by kind and name. */
	List<Template> of(long countyId, boolean withRetired) {
		return jdbc.sql("select id from checklist_template where county_id = :c and (retired = false or :all = true)"
				+ " order by retired, kind, name")
			.param("c", countyId).param("all", withRetired).query(Long.class).list().stream().map(this::load).toList();
	}

	@Transactional(readOnly = true)
	public Template get(Caller caller, long id) {
		caller.require(CasesPermissions.INSPECTION_VIEW);
		return find(caller.jurisdiction().countyId(), id).orElseThrow(NotFoundException::new);
	}

	/** A template an inspection may use now: the county's, not retired; anything else is refused by name. */
	Template usable(long countyId, Long id) {
		return (id == null ? java.util.Optional.<Template>empty() : find(countyId, id)).filter(t -> !t.retired())
			.orElseThrow(() -> new DomainException("error.inspection.unknown-template"));
	}

	@Transactional
	@Audited(value = "cases.checklist.create", target = "checklist", targetId = "#result")
	public long create(Caller caller, ChecklistKind kind, String name, List<String> items) {
		caller.require(CasesPermissions.CHECKLIST_EDIT);
		if (kind == null) {
			throw new DomainException("error.checklist.kind");
		}
		long county = caller.jurisdiction().countyId();
		return insert(county, kind, checkedName(name), checkedItems(items), caller.displayName());
	}

	/** Replaces the name and items; an item whose wording is unchanged keeps its identity. */
	@Transactional
	@Audited(value = "cases.checklist.update", target = "checklist", targetId = "#id")
	public void update(Caller caller, long id, int revision, String name, List<String> items) {
		caller.require(CasesPermissions.CHECKLIST_EDIT);
		Template template = get(caller, id);
		if (template.retired()) {
			throw new DomainException("error.checklist.retired");
		}
		String checkedName = checkedName(name);
		List<String> wordings = checkedItems(items);
		int changed = jdbc.sql("""
				update checklist_template set name = :name, revision = revision + 1, updated_by = :by, updated_at = :now
				where id = :id and revision = :rev""")
			.param("name", checkedName).param("by", caller.displayName()).param("now", now()).param("id", id)
			.param("rev", revision).update();
		if (changed == 0) {
			throw new ConflictException("error.checklist.changed");
		}
		Map<String, Long> kept = new LinkedHashMap<>();
		template.items().forEach(item -> kept.put(item.wording(), item.id()));
		jdbc.sql("delete from checklist_item where template_id = :id").param("id", id).update();
		for (int i = 0; i < wordings.size(); i++) {
			Long itemId = kept.remove(wordings.get(i));
			insertItem(id, caller.jurisdiction().countyId(), itemId == null ? ids.next() : itemId, i + 1, wordings.get(i));
		}
	}

	/** Retires a template: no new inspection uses it; those made with it stay as they are. */
	@Transactional
	@Audited(value = "cases.checklist.retire", target = "checklist", targetId = "#id")
	public void retire(Caller caller, long id) {
		caller.require(CasesPermissions.CHECKLIST_EDIT);
		if (get(caller, id).retired()) {
			throw new DomainException("error.checklist.retired");
		}
		jdbc.sql("update checklist_template set retired = true, revision = revision + 1, updated_by = :by, updated_at = :now"
				+ " where id = :id").param("by", caller.displayName()).param("now", now()).param("id", id).update();
	}

	/** Whether a county has any template (its defaults are given only to a county without). */
	boolean any(long countyId) {
		return jdbc.sql("select count(*) from checklist_template where county_id = :c").param("c", countyId)
			.query(Long.class).single() > 0;
	}

	long insert(long countyId, ChecklistKind kind, String name, List<String> items, String by) {
		long id = ids.next();
		jdbc.sql("""
				insert into checklist_template (id, county_id, scope_path, kind, name, revision, retired, updated_by, updated_at)
				values (:id, :c, :path, :kind, :name, 1, false, :by, :now)""")
			.param("id", id).param("c", countyId).param("path", countyPath(countyId)).param("kind", kind.name()).param("name", name)
			.param("by", by).param("now", now()).update();
		for (int i = 0; i < items.size(); i++) {
			insertItem(id, countyId, ids.next(), i + 1, items.get(i));
		}
		return id;
	}

	private void insertItem(long templateId, long countyId, long itemId, int seq, String wording) {
		jdbc.sql("""
				insert into checklist_item (id, template_id, county_id, scope_path, seq, wording)
				values (:id, :t, :c, :path, :seq, :w)""")
			.param("id", itemId).param("t", templateId).param("c", countyId).param("path", countyPath(countyId))
			.param("seq", seq).param("w", wording).update();
	}

	private java.util.Optional<Template> find(long countyId, long id) {
		return jdbc.sql("select id from checklist_template where id = :id and county_id = :c").param("id", id)
			.param("c", countyId).query(Long.class).optional().map(this::load);
	}

	private Template load(long id) {
		List<InspectionSheet.Item> items = jdbc.sql("select id, wording from checklist_item where template_id = :t order by seq")
			.param("t", id).query((rs, n) -> new InspectionSheet.Item(rs.getLong(1), rs.getString(2))).list();
		return jdbc.sql("select kind, name, revision, retired, updated_by, updated_at from checklist_template where id = :id")
			.param("id", id)
			.query((rs, n) -> new Template(id, ChecklistKind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
					rs.getBoolean(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), items))
			.single();
	}

	private static String checkedName(String name) {
		return PlainText.required("checklist.name", name, 100);
	}

	private static List<String> checkedItems(List<String> items) {
		List<String> wordings = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String item : items == null ? List.<String>of() : items) {
			String wording = PlainText.optional("checklist.item", item, 300);
			if (wording == null) {
				continue;
			}
			if (!seen.add(wording)) {
				throw new DomainException("error.checklist.duplicate-item", wording);
			}
			wordings.add(wording);
		}
		if (wordings.isEmpty()) {
			throw new DomainException("error.checklist.no-items");
		}
		if (wordings.size() > MAX_ITEMS) {
			throw new DomainException("error.checklist.too-many-items", MAX_ITEMS);
		}
		return wordings;
	}

	/** A county's own scope path: templates belong to the county as a whole. */
	private static String countyPath(long countyId) {
		return "/" + countyId + "/";
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}
}
