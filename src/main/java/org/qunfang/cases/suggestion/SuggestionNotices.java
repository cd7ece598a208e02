package org.qunfang.cases.suggestion;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.qunfang.identity.Notifications;
import org.qunfang.identity.Role;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.springframework.stereotype.Component;

/**
 * Who is told what about the suggestion book, in the caller's transaction: the village's directors of a
 * new or reopened writing; the township when a village has no organization that owns the book, and when a
 * reply is overdue. A notice never carries the writing itself or the submitter's name.
 */
@Component
class SuggestionNotices {

	private static final Set<Role> VILLAGE = Set.of(Role.VILLAGE_DIRECTOR, Role.SECURITY_DIRECTOR);
	private static final Set<Role> TOWNSHIP = Set.of(Role.TOWNSHIP_OFFICER, Role.TOWNSHIP_LEADER);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final Notifications notifications;
	private final AdminUnits units;
	private final ZoneId zone;

	SuggestionNotices(Notifications notifications, AdminUnits units, ZoneId displayZone) {
		this.notifications = notifications;
		this.units = units;
		this.zone = displayZone;
	}

	void received(Suggestion s, AdminUnit village) {
		village(s, village, VILLAGE, "suggestion.notice.received");
		if (s.ownerOrgId() == null) {
			township(s, village, "suggestion.notice.no-owner");
		}
	}

	void reopened(Suggestion s, AdminUnit village) {
		village(s, village, VILLAGE, "suggestion.notice.reopened");
	}

	void overdue(Suggestion s, AdminUnit village) {
		township(s, village, "suggestion.notice.overdue");
		village(s, village, Set.of(Role.VILLAGE_DIRECTOR), "suggestion.notice.overdue");
	}

	private void village(Suggestion s, AdminUnit village, Set<Role> roles, String key) {
		notifications.send(s.countyId(), village.scopePath(), roles, key, arguments(s, village), link(s));
	}

	private void township(Suggestion s, AdminUnit village, String key) {
		AdminUnit township = units.find(village.parentId()).orElseThrow();
		notifications.send(s.countyId(), township.scopePath(), TOWNSHIP, key, arguments(s, village), link(s));
	}

	private List<String> arguments(Suggestion s, AdminUnit village) {
		return List.of(Notifications.unit(village.id()), day(s.dueAt()));
	}

	private String day(Instant instant) {
		return DAY.format(instant.atZone(zone));
	}

	private static String link(Suggestion s) {
		return "/suggestions/" + s.id();
	}
}
