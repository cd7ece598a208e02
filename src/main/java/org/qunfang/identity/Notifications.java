package org.qunfang.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 站内通知 — in-app notifications. A module addresses one to a unit (the township, a village) and,
 * where it concerns only some of the people there, to their roles; everyone whose own unit it is sees it
 * on their notifications page and as a count in the header, and marks it read for themselves.
 */
@Service
public class Notifications {

	/** A notification as its reader sees it; the text is the message key with its arguments. */
	public record Notification(long id, String messageKey, List<String> arguments, String link, Instant createdAt,
			boolean read) {
	}

	private static final String SEPARATOR = "\u001F";
	private static final String UNIT = "@unit:";

	private final JdbcClient jdbc;
	private final IdGenerator ids;
	private final Clock clock;
	private final ScopeDirectory places;
	private final org.springframework.context.MessageSource messages;

	Notifications(JdbcClient jdbc, IdGenerator ids, Clock clock, ScopeDirectory places,
			org.springframework.context.MessageSource messages) {
		this.jdbc = jdbc;
		this.ids = ids;
		this.clock = clock;
		this.places = places;
		this.messages = messages;
	}

	/** An argument that reads as the unit's name in each reader's language (a village, a township). */
	public static String unit(long unitId) {
		return UNIT + unitId;
	}

	/** The notification's text in the reader's language, unit arguments named in it. */
	public String text(Notification notification, java.util.Locale locale) {
		Object[] arguments = notification.arguments().stream()
			.map(a -> a.startsWith(UNIT) ? places.find(Long.parseLong(a.substring(UNIT.length()))).map(u -> u.name(locale))
				.orElse("") : a)
			.toArray();
		return messages.getMessage(notification.messageKey(), arguments, notification.messageKey(), locale);
	}

	/**
	 * Sends a notification to the people of a unit, in the caller's transaction.
	 *
	 * @param scopePath the unit's scope path (a township's or a village's)
	 * @param roles the roles it is for; empty for everyone of the unit
	 * @param link where the reader acts on it, or {@code null}
	 */
	public long send(long countyId, String scopePath, Collection<Role> roles, String messageKey, List<String> arguments,
			String link) {
		long id = ids.next();
		jdbc.sql("""
				insert into notification (id, county_id, scope_path, roles, message_key, arguments, link, created_at)
				values (:id, :c, :path, :roles, :key, :args, :link, :now)""")
			.param("id", id).param("c", countyId).param("path", scopePath)
			.param("roles", roles.isEmpty() ? "" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", ",", ",")))
			.param("key", messageKey).param("args", String.join(SEPARATOR, arguments)).param("link", link)
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
		return id;
	}

	/** The caller's notifications, newest first. */
	@Transactional(readOnly = true)
	public List<Notification> of(Caller caller, int limit) {
		return jdbc.sql("""
				select n.id, n.message_key, n.arguments, n.link, n.created_at, r.user_id
				from notification n left join notification_read r on r.notification_id = n.id and r.user_id = :u
				where n.county_id = :c and n.scope_path = :path and (n.roles = '' or n.roles like :role escape '\\')
				order by n.created_at desc, n.id desc limit :limit""")
			.param("u", caller.userId()).param("c", caller.jurisdiction().countyId()).param("path", caller.homePath())
			.param("role", rolePattern(caller)).param("limit", limit)
			.query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2),
					rs.getString(3).isEmpty() ? List.of() : Arrays.asList(rs.getString(3).split(SEPARATOR, -1)),
					rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6) != null))
			.list();
	}

	/** How many of the caller's notifications they have not read. */
	@Transactional(readOnly = true)
	public long unread(Caller caller) {
		return jdbc.sql("""
				select count(*) from notification n
				where n.county_id = :c and n.scope_path = :path and (n.roles = '' or n.roles like :role escape '\\')
				and not exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = :u)""")
			.param("u", caller.userId()).param("c", caller.jurisdiction().countyId()).param("path", caller.homePath())
			.param("role", rolePattern(caller)).query(Long.class).single();
	}

	/** Marks one of the caller's notifications read; someone else's reads as not found. */
	@Transactional
	public void markRead(Caller caller, long id) {
		boolean mine = jdbc.sql("""
				select count(*) from notification n where n.id = :id and n.county_id = :c and n.scope_path = :path
				and (n.roles = '' or n.roles like :role escape '\\')""")
			.param("id", id).param("c", caller.jurisdiction().countyId()).param("path", caller.homePath())
			.param("role", rolePattern(caller)).query(Long.class).single() > 0;
		if (!mine) {
			throw new NotFoundException();
		}
		jdbc.sql("""
				insert into notification_read (notification_id, county_id, user_id, read_at)
				select :id, :c, :u, :now where not exists
				  (select 1 from notification_read where notification_id = :id and user_id = :u)""")
			.param("id", id).param("c", caller.jurisdiction().countyId()).param("u", caller.userId())
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
	}

	private static String rolePattern(Caller caller) {
		return "%," + caller.role().name().replace("_", "\\_") + ",%";
	}
}
