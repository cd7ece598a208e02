package org.qunfang.cases.internal;

import java.util.Map;
import java.util.TreeMap;

import org.qunfang.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registration's numeric settings per county, each with its default and its allowed range: a county
 * stores only the values it changes and otherwise uses the default.
 */
@org.springframework.stereotype.Service
public class CasesSettings {

	/** A setting: its name (also its message key suffix), default and range. */
	public enum Setting {
		/** Days the owning organization has to reply to a suggestion. */
		SUGGESTION_REPLY_DAYS("suggestion.reply-days", 7, 1, 60),
		/** Hours either side within which a case of the same type and place counts as a possible duplicate. */
		DUPLICATE_HOURS("case.duplicate-hours", 24, 1, 168),
		/** Metres within which two cases with coordinates count as the same place. */
		DUPLICATE_METRES("case.duplicate-metres", 300, 10, 5000),
		/** Days a rectification task gets by default. */
		RECTIFICATION_DAYS("inspection.rectification-days", 15, 1, 180);

		private final String key;
		private final int defaultValue;
		private final int min;
		private final int max;

		Setting(String key, int defaultValue, int min, int max) {
			this.key = key;
			this.defaultValue = defaultValue;
			this.min = min;
			this.max = max;
		}

		public String key() {
			return key;
		}

		public int min() {
			return min;
		}

		public int max() {
			return max;
		}
	}

	private final JdbcClient jdbc;

	CasesSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int value(long countyId, Setting setting) {
		return jdbc.sql("select amount from cases_setting where county_id = :c and setting = :n").param("c", countyId)
			.param("n", setting.key).query(String.class).optional().map(Integer::parseInt).orElse(setting.defaultValue);
	}

	public Map<Setting, Integer> all(long countyId) {
		Map<Setting, Integer> values = new TreeMap<>();
		for (Setting s : Setting.values()) {
			values.put(s, value(countyId, s));
		}
		return values;
	}

	/** Changes the county's values; refuses (and changes nothing) if any lies outside its range. */
	@org.springframework.transaction.annotation.Transactional
	@org.qunfang.identity.Audited(value = "cases.settings.change", target = "county")
	public void change(org.qunfang.identity.Caller caller, Map<Setting, Integer> values) {
		caller.require(org.qunfang.cases.CasesPermissions.SETTINGS_EDIT);
		values.forEach((setting, value) -> set(caller.jurisdiction().countyId(), setting, value));
	}

	/** Sets a value, refusing one outside the setting's range. */
	public void set(long countyId, Setting setting, int value) {
		if (value < setting.min || value > setting.max) {
			throw new DomainException("error.cases-setting.range", setting.min, setting.max);
		}
		jdbc.sql("delete from cases_setting where county_id = :c and setting = :n").param("c", countyId).param("n", setting.key)
			.update();
		jdbc.sql("insert into cases_setting (county_id, setting, amount) values (:c, :n, :v)").param("c", countyId)
			.param("n", setting.key).param("v", Integer.toString(value)).update();
	}
}
