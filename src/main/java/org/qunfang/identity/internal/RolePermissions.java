package org.qunfang.identity.internal;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.qunfang.identity.PermissionDefinition;
import org.qunfang.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The role → permission table of each county. Every permission a module declares gets its default
 * grants once per county (at start, or when the county is first asked about); after that only the county administrator changes them. Lookups are cached
 * briefly, so an edit reaches signed-in people within {@link #TTL} on every node (at once on this one).
 */
@Component
public class RolePermissions {

	static final Duration TTL = Duration.ofSeconds(30);

	private record Key(long countyId, Role role) {
	}

	private record Entry(Set<String> codes, long loadedAt) {
	}

	private final JdbcClient jdbc;
	private final List<PermissionDefinition> catalog;
	private final Map<Key, Entry> cache = new ConcurrentHashMap<>();
	private final Set<Long> prepared = ConcurrentHashMap.newKeySet();
	private final TransactionTemplate separate;

	RolePermissions(JdbcClient jdbc, List<PermissionDefinition> catalog, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.catalog = catalog.stream().sorted(Comparator.comparing(PermissionDefinition::code)).toList();
	}

	/** Every permission the modules declare, sorted by code. */
	public List<PermissionDefinition> catalog() {
		return catalog;
	}

	public Set<String> of(long countyId, Role role) {
		if (!prepared.contains(countyId)) {
			try {
				separate.executeWithoutResult(status -> applyDefaults(countyId));
			}
			catch (org.springframework.dao.DataIntegrityViolationException concurrentlyApplied) {
				prepared.add(countyId);
			}
		}
		Entry entry = cache.get(new Key(countyId, role));
		if (entry == null || System.nanoTime() - entry.loadedAt > TTL.toNanos()) {
			entry = new Entry(load(countyId, role), System.nanoTime());
			cache.put(new Key(countyId, role), entry);
		}
		return entry.codes;
	}

	/** Applies the default grants of permissions this county has not seen yet. */
	@Transactional
	public void applyDefaults(long countyId) {
		Set<String> seen = new TreeSet<>(jdbc.sql("select permission from permission_defaults_applied where county_id = :c")
			.param("c", countyId).query(String.class).list());
		for (PermissionDefinition definition : catalog) {
			if (seen.contains(definition.code())) {
				continue;
			}
			for (Role role : definition.defaultRoles()) {
				jdbc.sql("insert into role_permission (county_id, role, permission) values (:c, :r, :p)")
					.param("c", countyId).param("r", role.name()).param("p", definition.code()).update();
			}
			jdbc.sql("insert into permission_defaults_applied (county_id, permission) values (:c, :p)")
				.param("c", countyId).param("p", definition.code()).update();
		}
		prepared.add(countyId);
		cache.clear();
	}

	/** Replaces the permissions of a role in a county (codes are checked against the catalog). */
	void replace(long countyId, Role role, Set<String> codes) {
		jdbc.sql("delete from role_permission where county_id = :c and role = :r")
			.param("c", countyId).param("r", role.name()).update();
		for (String code : codes) {
			jdbc.sql("insert into role_permission (county_id, role, permission) values (:c, :r, :p)")
				.param("c", countyId).param("r", role.name()).param("p", code).update();
		}
		cache.remove(new Key(countyId, role));
	}

	boolean known(String code) {
		return catalog.stream().anyMatch(d -> d.code().equals(code));
	}

	private Set<String> load(long countyId, Role role) {
		return Set.copyOf(jdbc.sql("select permission from role_permission where county_id = :c and role = :r")
			.param("c", countyId).param("r", role.name()).query(String.class).list());
	}
}
