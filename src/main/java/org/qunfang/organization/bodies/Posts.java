package org.qunfang.organization.bodies;

import java.util.List;
import java.util.Optional;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.Education;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The posts of a county and their checks; the county administrator sets the rules. */
@Service
public class Posts {

	private final JdbcClient jdbc;

	Posts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The posts of a county, the default ones in their usual order (director first), others after. */
	public List<Post> all(long countyId) {
		List<String> usual = RegistryDefaults.POSTS.stream().map(RegistryDefaults.PostDefault::code).toList();
		return jdbc.sql("select * from post where county_id = :c order by code").param("c", countyId)
			.query((rs, n) -> post(rs)).list().stream()
			.sorted(java.util.Comparator.comparingInt(p -> usual.contains(p.code()) ? usual.indexOf(p.code()) : usual.size()))
			.toList();
	}

	public Optional<Post> find(long countyId, String code) {
		return jdbc.sql("select * from post where county_id = :c and code = :code").param("c", countyId)
			.param("code", code).query((rs, n) -> post(rs)).optional();
	}

	/** Sets the checks of a post in the caller's county. */
	@Transactional
	@Audited(value = "organization.post.checks", target = "post", targetId = "#code")
	public void setChecks(Caller caller, String code, ThreeChecks checks) {
		caller.require(OrganizationPermissions.DUTY_SCOPE_EDIT);
		if (checks.minAge() != null && checks.maxAge() != null && checks.minAge() > checks.maxAge()
				|| checks.minAge() != null && (checks.minAge() < 16 || checks.minAge() > 100)
				|| checks.maxAge() != null && (checks.maxAge() < 16 || checks.maxAge() > 100)) {
			throw new DomainException("error.post.age-range");
		}
		int changed = jdbc.sql("""
				update post set min_age = :min, max_age = :max, min_education = :edu, good_health = :health,
				  no_criminal_record = :conduct where county_id = :c and code = :code""")
			.param("min", checks.minAge()).param("max", checks.maxAge())
			.param("edu", checks.minEducation() == null ? null : checks.minEducation().name())
			.param("health", checks.goodHealth()).param("conduct", checks.noCriminalRecord())
			.param("c", caller.jurisdiction().countyId()).param("code", code).update();
		if (changed == 0) {
			throw new DomainException("error.post.unknown", code);
		}
	}

	private static Post post(java.sql.ResultSet rs) throws java.sql.SQLException {
		String education = rs.getString("min_education");
		Integer min = (Integer) rs.getObject("min_age", Integer.class);
		Integer max = (Integer) rs.getObject("max_age", Integer.class);
		return new Post(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("duties_zh"),
				rs.getString("duties_en"), new ThreeChecks(min, max, education == null ? null : Education.valueOf(education),
						rs.getBoolean("good_health"), rs.getBoolean("no_criminal_record")));
	}
}
