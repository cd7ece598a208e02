package org.qunfang.cases.register;

import java.util.List;
import java.util.Locale;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.cases.internal.CountyDefaults;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.text.PlainText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案件类别 — the county's dictionary of case types. A county starts with the common ones and may add,
 * rename and retire its own; a retired type stays on the cases that carry it but takes no new ones.
 */
@Service
public class CaseTypes implements CountyDefaults {

	/** A case type with its names in both languages. */
	public record CaseType(String code, String nameZh, String nameEn, int sortOrder, boolean active) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}
	}

	static final List<CaseType> DEFAULTS = List.of(new CaseType("THEFT", "盗窃", "Theft", 10, true),
			new CaseType("BURGLARY", "入室盗窃", "Burglary", 20, true), new CaseType("ROBBERY", "抢劫抢夺", "Robbery", 30, true),
			new CaseType("ASSAULT", "打架斗殴", "Fight or assault", 40, true), new CaseType("FRAUD", "诈骗", "Fraud", 50, true),
			new CaseType("FIRE", "火灾", "Fire", 60, true), new CaseType("TRAFFIC", "交通事故", "Traffic accident", 70, true),
			new CaseType("DISPUTE", "矛盾纠纷", "Dispute", 80, true), new CaseType("DRUGS", "涉毒", "Drugs", 90, true),
			new CaseType("GAMBLING", "赌博", "Gambling", 100, true),
			new CaseType("MISSING", "人员走失", "Missing person", 110, true),
			new CaseType("LIVESTOCK", "偷牛盗畜", "Livestock theft", 120, true), new CaseType("OTHER", "其他", "Other", 990, true));

	private final JdbcClient jdbc;

	CaseTypes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void apply(long countyId) {
		if (jdbc.sql("select count(*) from case_type where county_id = :c").param("c", countyId).query(Long.class).single() > 0) {
			return;
		}
		DEFAULTS.forEach(t -> insert(countyId, t));
	}

	/** Every type of the county, the retired ones included, in their order. */
	public List<CaseType> all(long countyId) {
		return jdbc.sql("""
				select code, name_zh, name_en, sort_order, active from case_type where county_id = :c
				order by sort_order, code""").param("c", countyId)
			.query((rs, n) -> new CaseType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5)))
			.list();
	}

	public List<CaseType> active(long countyId) {
		return all(countyId).stream().filter(CaseType::active).toList();
	}

	/** The type for a new case; an unknown or retired code is refused. */
	CaseType requireActive(long countyId, String code) {
		return active(countyId).stream().filter(t -> t.code().equals(code)).findFirst()
			.orElseThrow(() -> new DomainException("error.case.type-unknown", code == null ? "" : code));
	}

	/** Adds a type, or renames and re-orders an existing one. */
	@Transactional
	@Audited(value = "cases.case-type.save", target = "case-type", targetId = "#code")
	public void save(Caller caller, String code, String nameZh, String nameEn, int sortOrder) {
		caller.require(CasesPermissions.SETTINGS_EDIT);
		if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw new DomainException("error.case-type.code");
		}
		String zh = PlainText.required("case-type.name-zh", nameZh, 60);
		String en = PlainText.required("case-type.name-en", nameEn, 60);
		long county = caller.jurisdiction().countyId();
		int changed = jdbc.sql("""
				update case_type set name_zh = :zh, name_en = :en, sort_order = :o where county_id = :c and code = :code""")
			.param("zh", zh).param("en", en).param("o", sortOrder).param("c", county).param("code", code).update();
		if (changed == 0) {
			insert(county, new CaseType(code, zh, en, sortOrder, true));
		}
	}

	/** Retires a type (or brings it back); cases of that type keep it. */
	@Transactional
	@Audited(value = "cases.case-type.active", target = "case-type", targetId = "#code")
	public void setActive(Caller caller, String code, boolean active) {
		caller.require(CasesPermissions.SETTINGS_EDIT);
		long county = caller.jurisdiction().countyId();
		if (!active && active(county).size() <= 1) {
			throw new ConflictException("error.case-type.last");
		}
		if (jdbc.sql("update case_type set active = :a where county_id = :c and code = :code").param("a", active)
			.param("c", county).param("code", code).update() == 0) {
			throw new NotFoundException();
		}
	}

	private void insert(long countyId, CaseType t) {
		jdbc.sql("""
				insert into case_type (county_id, code, name_zh, name_en, sort_order, active)
				values (:c, :code, :zh, :en, :o, :a)""")
			.param("c", countyId).param("code", t.code()).param("zh", t.nameZh()).param("en", t.nameEn())
			.param("o", t.sortOrder()).param("a", t.active()).update();
	}
}
