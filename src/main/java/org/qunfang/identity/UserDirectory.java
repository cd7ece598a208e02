package org.qunfang.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who a user is, for other modules that refer to users (a village's leader in charge, its police liaison). */
@Service
public class UserDirectory {

	/** A user as other modules show them. */
	public record UserSummary(long id, long countyId, String username, String displayName, Role role, String homePath,
			long scopeUnitId) {
	}

	private final JdbcClient jdbc;

	UserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UserSummary> find(long userId) {
		return jdbc.sql("select id, county_id, username, display_name, role, scope_path, scope_unit_id from app_user where id = :id")
			.param("id", userId).query((rs, n) -> summary(rs)).optional();
	}

	public Optional<UserSummary> findByUsername(String username) {
		return jdbc.sql("select id, county_id, username, display_name, role, scope_path, scope_unit_id from app_user where username = :u")
			.param("u", username).query((rs, n) -> summary(rs)).optional();
	}

	/** The blind index of the user's phone number (the same key as residents'), if a phone is on file. */
	public Optional<String> phoneIndex(long userId) {
		return jdbc.sql("select phone_index from app_user where id = :id and phone_index is not null").param("id", userId)
			.query(String.class).optional();
	}

	/** The enabled users of a role whose own unit lies inside the jurisdiction. */
	public List<UserSummary> withRole(Jurisdiction jurisdiction, Role role) {
		ScopeFilter scope = jurisdiction.where("u");
		return scope.bind(jdbc.sql("select id, county_id, username, display_name, role, scope_path, scope_unit_id from app_user u where "
				+ scope.sql() + " and u.role = :r and u.enabled = true order by u.display_name"))
			.param("r", role.name()).query((rs, n) -> summary(rs)).list();
	}

	private static UserSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new UserSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5)),
				rs.getString(6), rs.getLong(7));
	}
}
