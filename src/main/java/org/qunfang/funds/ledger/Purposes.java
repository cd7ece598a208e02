package org.qunfang.funds.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purposes a county's funds may be spent on: a list the county keeps, starting from the six the
 * rules name (patrol wages, lost-work subsidies, office costs, prevention tools, rewards, insurance).
 * A purpose is never deleted (entries name it); one no longer used is switched off.
 */
@Service
public class Purposes {

	/** One purpose: its code (what entries and funds store) and its names. */
	public record Purpose(String code, String nameZh, String nameEn, boolean active, int sortOrder) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}
	}

	/** The purposes every county starts with. */
	static final List<Purpose> DEFAULTS = List.of(new Purpose("PATROL_WAGES", "巡逻工资", "Patrol wages", true, 10),
			new Purpose("LOST_WORK", "误工补贴", "Lost-work subsidies", true, 20),
			new Purpose("OFFICE", "办公经费", "Office costs", true, 30),
			new Purpose("TOOLS", "防范器材", "Prevention tools", true, 40),
			new Purpose("REWARDS", "奖励", "Rewards", true, 50),
			new Purpose("INSURANCE", "保险", "Insurance", true, 60));

	private final JdbcClient jdbc;

	Purposes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All purposes of the county, in their order. */
	public List<Purpose> all(long countyId) {
		return jdbc.sql("""
				select code, name_zh, name_en, active, sort_order from fund_purpose where county_id = :c
				order by sort_order, code""").param("c", countyId).query(Purpose.class).list();
	}

	/** Code → name in the reader's language of every purpose of the county (those switched off too), in order. */
	public Map<String, String> names(long countyId, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		all(countyId).forEach(purpose -> names.put(purpose.code(), purpose.name(locale)));
		return names;
	}

	/** The purposes in use. */
	public List<Purpose> active(long countyId) {
		return all(countyId).stream().filter(Purpose::active).toList();
	}

	/** The purpose of this code, in use; refused otherwise. */
	public Purpose require(long countyId, String code) {
		return active(countyId).stream().filter(p -> p.code().equals(code)).findFirst()
			.orElseThrow(() -> new DomainException("error.funds.purpose-unknown", code == null ? "" : code));
	}

	/** Adds a purpose to the county's list. */
	@Transactional
	@Audited(value = "funds.purpose.add", target = "fund-purpose")
	public String add(Caller caller, String code, String nameZh, String nameEn) {
		caller.require(FundsPermissions.SETTINGS);
		String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw new DomainException("error.funds.purpose-code");
		}
		if (nameZh == null || nameZh.isBlank() || nameZh.strip().length() > 60) {
			throw new DomainException("error.funds.purpose-name");
		}
		long countyId = caller.jurisdiction().countyId();
		if (all(countyId).stream().anyMatch(p -> p.code().equals(c))) {
			throw new DomainException("error.funds.purpose-exists", c);
		}
		int order = all(countyId).stream().mapToInt(Purpose::sortOrder).max().orElse(0) + 10;
		insert(countyId, new Purpose(c, nameZh.strip(),
				nameEn == null || nameEn.isBlank() ? nameZh.strip() : nameEn.strip(), true, order));
		return c;
	}

	/** Switches a purpose off (no new fund or expense may name it) or on again. */
	@Transactional
	@Audited(value = "funds.purpose.switch", target = "fund-purpose", targetId = "#code")
	public void setActive(Caller caller, String code, boolean active) {
		caller.require(FundsPermissions.SETTINGS);
		int updated = jdbc.sql("update fund_purpose set active = :a where county_id = :c and code = :code")
			.param("a", active).param("c", caller.jurisdiction().countyId()).param("code", code).update();
		if (updated == 0) {
			throw new DomainException("error.funds.purpose-unknown", code);
		}
	}

	/** Gives the county the default purposes it lacks. */
	void ensureDefaults(long countyId) {
		for (Purpose p : DEFAULTS) {
			jdbc.sql("""
					insert into fund_purpose (county_id, code, name_zh, name_en, active, sort_order)
					select :c, :code, :zh, :en, true, :o where not exists
					  (select 1 from fund_purpose where county_id = :c and code = :code)""")
				.param("c", countyId).param("code", p.code()).param("zh", p.nameZh()).param("en", p.nameEn())
				.param("o", p.sortOrder()).update();
		}
	}

	private void insert(long countyId, Purpose p) {
		jdbc.sql("""
				insert into fund_purpose (county_id, code, name_zh, name_en, active, sort_order)
				values (:c, :code, :zh, :en, true, :o)""").param("c", countyId).param("code", p.code())
			.param("zh", p.nameZh()).param("en", p.nameEn()).param("o", p.sortOrder()).update();
	}
}
