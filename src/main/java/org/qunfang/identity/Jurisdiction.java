package org.qunfang.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 管辖范围 — what a caller may see and change: a county, township, village, organization or the
 * townships of a police station. Built in one place (from the signed-in user) and handed to every use
 * case; every scoped query takes its {@link #where(String) predicate}, so nothing outside it is read.
 *
 * @param countyId the county every row of the caller's world belongs to
 * @param level the kind of unit
 * @param unitId the unit
 * @param paths scope-path prefixes the caller covers; a row is inside when its path starts with one
 */
public record Jurisdiction(long countyId, ScopeLevel level, long unitId, List<String> paths)
		implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	public Jurisdiction {
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("a jurisdiction covers at least one path");
		}
		paths = List.copyOf(paths);
	}

	public static Jurisdiction of(ScopeUnit unit) {
		return new Jurisdiction(unit.countyId(), unit.level(), unit.id(), unit.coveredPaths());
	}

	/** Whether a row at this county and scope path lies inside the jurisdiction. */
	public boolean covers(long rowCountyId, String scopePath) {
		return rowCountyId == countyId && scopePath != null && paths.stream().anyMatch(scopePath::startsWith);
	}

	/** Whether another jurisdiction lies wholly inside this one. */
	public boolean contains(Jurisdiction other) {
		return other.countyId == countyId && other.paths.stream().allMatch(p -> covers(countyId, p));
	}

	/**
	 * The SQL predicate that keeps only rows inside the jurisdiction, for a table (alias) that carries
	 * {@code county_id} and {@code scope_path}. Values are bound as parameters, never concatenated.
	 */
	public ScopeFilter where(String alias) {
		String prefix = alias == null || alias.isEmpty() ? "" : alias + ".";
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("qfCounty", countyId);
		List<String> likes = new ArrayList<>();
		for (int i = 0; i < paths.size(); i++) {
			params.put("qfScope" + i, escapeLike(paths.get(i)) + "%");
			likes.add(prefix + "scope_path like :qfScope" + i + " escape '\\'");
		}
		return new ScopeFilter(prefix + "county_id = :qfCounty and (" + String.join(" or ", likes) + ")", params);
	}

	private static String escapeLike(String path) {
		return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
