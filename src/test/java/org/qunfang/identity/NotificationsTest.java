package org.qunfang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qunfang.platform.NotFoundException;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** In-app notifications reach the people of the unit (and roles) they are addressed to, and no one else. */
class NotificationsTest extends IntegrationTest {

	@Autowired
	Notifications notifications;

	@Autowired
	ScopeDirectory scopes;

	@Test
	void aNotificationReachesItsUnitAndRolesOnly() {
		long county = fixtures.id("county");
		String township = scopes.find(fixtures.id("T1")).orElseThrow().homePath();
		long id = notifications.send(county, township, List.of(Role.TOWNSHIP_OFFICER), "notifications.title", List.of(),
				"/cases");

		Caller officer = fixtures.caller("t1.officer");
		long before = notifications.unread(officer);
		assertThat(notifications.of(officer, 50)).anyMatch(n -> n.id() == id && !n.read());
		assertThat(notifications.of(fixtures.caller("t2.officer"), 50)).noneMatch(n -> n.id() == id);
		assertThat(notifications.of(fixtures.caller("a.director"), 50)).noneMatch(n -> n.id() == id);
		assertThatThrownBy(() -> notifications.markRead(fixtures.caller("t2.officer"), id)).isInstanceOf(NotFoundException.class);

		var session = signedIn("t1.officer");
		assertThat(session.get("/notifications").body()).contains("通知");
		var opened = session.post("/notifications/" + id + "/read", java.util.Map.of());
		assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/cases");
		assertThat(notifications.unread(officer)).isEqualTo(before - 1);
		assertThat(notifications.of(officer, 50)).anyMatch(n -> n.id() == id && n.read());
		assertThat(signedIn("t2.officer").post("/notifications/" + id + "/read", java.util.Map.of()).statusCode()).isEqualTo(404);

		long named = notifications.send(county, township, List.of(), "case.title", List.of(Notifications.unit(fixtures.id("A"))),
				null);
		var shown = notifications.of(officer, 50).stream().filter(n -> n.id() == named).findFirst().orElseThrow();
		assertThat(notifications.text(shown, java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("案件 甲村");
		assertThat(notifications.text(shown, java.util.Locale.ENGLISH)).isEqualTo("Case Village A");
		assertThat(session.get("/notifications").body()).contains("案件 甲村");
	}
}
