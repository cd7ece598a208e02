package org.qunfang.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API. A token is shown once, at creation; only its SHA-256 is kept
 * (a token is 256 random bits, so a fast hash suffices). A token acts exactly as its user, with the
 * user's current role and jurisdiction, until it expires or is revoked.
 */
@Service
public class AccessTokens {

	public static final String PREFIX = "qf_";
	private static final int MAX_ACTIVE = 20;

	/** A token as listed to its owner (never the token itself). */
	public record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
			Instant lastUsedAt, Instant revokedAt) {
	}

	/** A just-created token: the only time its secret is known. */
	public record IssuedToken(long id, String name, String token, Instant expiresAt) implements java.io.Serializable {
	}

	private final JdbcClient jdbc;
	private final IdGenerator ids;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	AccessTokens(JdbcClient jdbc, IdGenerator ids, Clock clock) {
		this.jdbc = jdbc;
		this.ids = ids;
		this.clock = clock;
	}

	@Transactional
	@Audited(value = "identity.token.create", target = "access-token", targetId = "#result.id()")
	public IssuedToken create(Caller caller, String name, Integer validDays) {
		caller.require(IdentityPermissions.TOKEN_USE);
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new DomainException("error.token.name");
		}
		if (validDays != null && (validDays < 1 || validDays > 366)) {
			throw new DomainException("error.token.validity");
		}
		long active = jdbc.sql("select count(*) from access_token where user_id = :u and revoked_at is null")
			.param("u", caller.userId()).query(Long.class).single();
		if (active >= MAX_ACTIVE) {
			throw new DomainException("error.token.too-many", MAX_ACTIVE);
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		long id = ids.next();
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime expires = now.plusDays(validDays == null ? 90 : validDays);
		jdbc.sql("""
				insert into access_token (id, county_id, user_id, name, token_hash, token_prefix, created_at, expires_at)
				values (:id, :county, :user, :name, :hash, :prefix, :now, :expires)""")
			.param("id", id).param("county", caller.jurisdiction().countyId()).param("user", caller.userId())
			.param("name", name.strip()).param("hash", hash(token)).param("prefix", token.substring(0, 8))
			.param("now", now).param("expires", expires)
			.update();
		return new IssuedToken(id, name.strip(), token, expires.toInstant());
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(Caller caller) {
		return jdbc.sql("""
				select id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at from access_token
				where user_id = :u and county_id = :c order by created_at desc""")
			.param("u", caller.userId()).param("c", caller.jurisdiction().countyId())
			.query((rs, n) -> new TokenView(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
					instant(rs, 5), instant(rs, 6), instant(rs, 7)))
			.list();
	}

	@Transactional
	@Audited(value = "identity.token.revoke", target = "access-token", targetId = "#id")
	public void revoke(Caller caller, long id) {
		int changed = jdbc.sql("""
				update access_token set revoked_at = :now
				where id = :id and user_id = :u and county_id = :c and revoked_at is null""")
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).param("id", id)
			.param("u", caller.userId()).param("c", caller.jurisdiction().countyId())
			.update();
		if (changed == 0) {
			throw new NotFoundException();
		}
	}

	/** The user id a presented token acts for, if it is valid now; notes its use. */
	@Transactional
	public Optional<Long> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		Optional<Long> user = jdbc.sql("""
				select user_id from access_token where token_hash = :h and revoked_at is null
				and (expires_at is null or expires_at > :now)""")
			.param("h", hash(token)).param("now", now).query(Long.class).optional();
		user.ifPresent(u -> jdbc.sql("update access_token set last_used_at = :now where token_hash = :h"
				+ " and (last_used_at is null or last_used_at < :minuteAgo)")
			.param("now", now).param("h", hash(token)).param("minuteAgo", now.minusMinutes(1)).update());
		return user;
	}

	private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
