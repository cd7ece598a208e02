package org.qunfang.patrol.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qunfang.identity.Caller;
import org.qunfang.patrol.runs.PatrolDutiesForTests;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeping a village's zones and checkpoints: editing with an outline, refusals that change nothing,
 * retiring and reactivating, jurisdiction, and the API. Each test makes its own zones; the shared
 * fixtures are never changed.
 */
class PatrolZonesTest extends IntegrationTest {

	private static final String SQUARE = "28.2280,112.9380\n28.2280,112.9400\n28.2300,112.9400\n28.2300,112.9380";

	@Autowired
	JdbcClient jdbc;

	PatrolZones zones;
	ZoneUpkeep upkeep;
	Caller security;
	long village;

	@BeforeEach
	void services() {
		zones = fixtures.bean(PatrolZones.class);
		upkeep = fixtures.bean(ZoneUpkeep.class);
		security = fixtures.caller("a.security");
		village = fixtures.id("A");
		new PatrolDutiesForTests(fixtures).endOpenRuns("a.patrol");
	}

	private static String unique(String name) {
		return name + System.nanoTime();
	}

	private String zonesPage(WebSession session) {
		HttpResponse<String> page = session.get("/patrol/zones?village=" + village);
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	@Test
	void aZoneIsOutlinedOnItsPageAndCentredOnTheOutline() {
		WebSession director = signedIn("a.security");
		zonesPage(director);
		String name = unique("甲村晒谷场片");
		HttpResponse<String> created = director.post("/patrol/zones", Map.of("village", Long.toString(village), "name", name,
				"description", "晒谷场和仓库", "outline", SQUARE));
		assertThat(created.statusCode()).isEqualTo(302);
		long id = jdbc.sql("select id from patrol_zone where name = :n").param("n", name).query(Long.class).single();
		ZoneDetail zone = zones.detail(security, id);
		assertThat(zone.outline().points()).hasSize(4);
		assertThat(zone.centerLat()).as("centred on the outline").isEqualTo(28.229);
		assertThat(zone.centerLon()).isEqualTo(112.939);

		String renamed = unique("甲村晒场片");
		HttpResponse<String> edited = director.post("/patrol/zones/" + id, Map.of("name", renamed, "description", "",
				"centerLat", "28.2291", "centerLon", "112.9391",
				"outline", "[[28.228, 112.938], [28.228, 112.941], [28.231, 112.941], [28.231, 112.938], [28.228, 112.938]]"));
		assertThat(edited.statusCode()).isEqualTo(302);
		zone = zones.detail(security, id);
		assertThat(zone.name()).isEqualTo(renamed);
		assertThat(zone.description()).isNull();
		assertThat(zone.outline().coordinates()).hasSize(4).first().isEqualTo(java.util.List.of(28.228, 112.938));
		assertThat(zone.centerLat()).as("a centre given is kept").isEqualTo(28.2291);
		assertThat(zonesPage(director)).contains(renamed, "轮廓 4 个点", "28.228,112.941");
		assertThat(jdbc.sql("select count(*) from operation_log where action = 'patrol.zone.update' and target_id = :id"
				+ " and outcome = 'SUCCESS'").param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aBadOutlineIsRefusedInTheReadersLanguageAndChangesNothing() {
		String name = unique("甲村鱼塘片");
		long id = zones.createZone(security, village, ZoneDraft.typed(name, null, null, null, SQUARE));
		String before = jdbc.sql("select outline from patrol_zone where id = :id").param("id", id).query(String.class).single();
		String swapped = "112.938,28.228\n112.94,28.228\n112.94,28.23";
		WebSession director = signedIn("a.security");
		zonesPage(director);
		HttpResponse<String> refused = director.post("/patrol/zones/" + id, Map.of("name", unique("改名"), "outline", swapped));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(zonesPage(director)).as("the refusal, and the form as typed")
			.contains("轮廓第 1 个点“112.938,28.228”像是“经度,纬度”", "112.94,28.228");
		assertThat(zones.detail(security, id).name()).isEqualTo(name);
		assertThat(jdbc.sql("select outline from patrol_zone where id = :id").param("id", id).query(String.class).single())
			.isEqualTo(before);

		WebSession english = signedIn("a.security").language("en");
		english.get("/patrol/zones?village=" + village);
		english.post("/patrol/zones/" + id, Map.of("name", name, "outline", "28.228,112.938\n28.228,112.94"));
		assertThat(english.get("/patrol/zones?village=" + village).body())
			.contains("An outline needs 3 to 100 points; this one has 2.");
		HttpResponse<String> api = english.json("PUT", "/api/v1/patrol/zones/" + id,
				"{\"name\":\"" + name + "\",\"outline\":[[28.228,112.938],[28.228,212.94],[28.23,112.94]]}", Map.of());
		assertThat(api.statusCode()).isEqualTo(422);
		assertThat(api.body()).contains("Point 2 of the outline, “28.228,212.94”, is out of range");
		assertThat(jdbc.sql("select outline from patrol_zone where id = :id").param("id", id).query(String.class).single())
			.isEqualTo(before);
	}

	@Test
	void aTakenNameIsRefusedByName() {
		String first = unique("甲村东片");
		String retired = unique("甲村旧片");
		long one = zones.createZone(security, village, first, null, null, null);
		long two = zones.createZone(security, village, unique("甲村西片"), null, null, null);
		upkeep.retireZone(security, zones.createZone(security, village, retired, null, null, null));

		assertThatThrownBy(() -> upkeep.updateZone(security, two, new ZoneDraft(first, null, null, null, null)))
			.isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("error.patrol.zone-name-taken"));
		assertThatThrownBy(() -> zones.createZone(security, village, retired, null, null, null))
			.isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("error.patrol.zone-name-retired"));
		WebSession director = signedIn("a.security");
		zonesPage(director);
		director.post("/patrol/zones/" + two, Map.of("name", first));
		assertThat(zonesPage(director)).contains("本村已有名为“" + first + "”的巡逻区域。");
		HttpResponse<String> api = director.json("PUT", "/api/v1/patrol/zones/" + two, "{\"name\":\"" + retired + "\"}", Map.of());
		assertThat(api.statusCode()).isEqualTo(409);
		assertThat(api.body()).contains("本村已停用的区域中有“" + retired + "”");
		assertThat(zones.zone(security, two).name()).startsWith("甲村西片");
		assertThat(zones.zone(security, one).name()).as("renaming to its own name is no clash").isEqualTo(first);
		upkeep.updateZone(security, one, new ZoneDraft(first, "说明", null, null, null));

		long gate = zones.addCheckpoint(security, one, "东门", null, null);
		long well = zones.addCheckpoint(security, one, "水井", null, null);
		assertThatThrownBy(() -> upkeep.updateCheckpoint(security, well, "东门", null, null))
			.isInstanceOfSatisfying(ConflictException.class,
					e -> assertThat(e.messageKey()).isEqualTo("error.patrol.checkpoint-name-taken"));
		assertThat(zones.checkpoint(security, gate).name()).isEqualTo("东门");
	}

	@Test
	void aRetiredCheckpointNoLongerChecksInAndIsNeitherPlannedNorPrintedUntilReactivated() {
		long zone = zones.createZone(security, village, unique("甲村祠堂片"), null, null, null);
		String name = unique("祠堂门口");
		long checkpoint = zones.addCheckpoint(security, zone, name, 28.2285, 112.9385);
		String token = zones.token(zones.checkpoint(security, checkpoint));
		WebSession phone = signedIn("a.patrol");
		assertThat(phone.get("/patrol/c/" + token).statusCode()).isEqualTo(200);

		String renamed = unique("祠堂正门");
		WebSession director = signedIn("a.security");
		zonesPage(director);
		assertThat(director.post("/patrol/checkpoints/" + checkpoint, Map.of("name", renamed, "latitude", "28.2286",
				"longitude", "112.9386")).statusCode()).isEqualTo(302);
		assertThat(zones.checkpoint(security, checkpoint).latitude()).isEqualTo(28.2286);
		assertThat(phone.get("/patrol/c/" + token).statusCode()).as("renaming keeps the printed code").isEqualTo(200);
		assertThat(zones.byToken(token)).get().extracting(Checkpoint::name).isEqualTo(renamed);

		director.post("/patrol/checkpoints/" + checkpoint + "/retire", Map.of());
		HttpResponse<String> refused = phone.get("/patrol/c/" + token);
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).contains("这个二维码无效或已作废").doesNotContain(renamed);
		assertThat(zones.checkpointsOfVillage(fixtures.id("county"), village)).as("not planned for runs")
			.noneMatch(k -> k.id() == checkpoint);
		assertThat(director.get("/patrol/zones/qr-sheet?village=" + village).body()).doesNotContain(renamed);
		assertThat(zonesPage(director)).as("shown greyed, to reactivate").contains(renamed, "已停用",
				"/patrol/checkpoints/" + checkpoint + "/reactivate");
		assertThat(jdbc.sql("select count(*) from operation_log where action = 'patrol.checkpoint.retire' and target_id = :id")
			.param("id", Long.toString(checkpoint)).query(Long.class).single()).isEqualTo(1);

		director.post("/patrol/checkpoints/" + checkpoint + "/reactivate", Map.of());
		assertThat(phone.get("/patrol/c/" + token).statusCode()).isEqualTo(200);
		assertThat(zones.checkpointsOfVillage(fixtures.id("county"), village)).anyMatch(k -> k.id() == checkpoint);
		assertThat(director.get("/patrol/zones/qr-sheet?village=" + village).body()).contains(renamed);
	}

	@Test
	void aRetiredZoneTakesItsCheckpointsAlongAndKeepsItsHistory() {
		String name = unique("甲村后山片");
		long zone = zones.createZone(security, village, name, null, null, null);
		String gate = unique("后山路口");
		long checkpoint = zones.addCheckpoint(security, zone, gate, null, null);
		String token = zones.token(zones.checkpoint(security, checkpoint));
		WebSession phone = signedIn("a.patrol");
		phone.get("/patrol/today");
		assertThat(phone.post("/patrol/runs", Map.of("clientKey", unique("zone-run-"))).statusCode()).isEqualTo(302);
		assertThat(phone.post("/patrol/c/" + token, Map.of("clientKey", unique("zone-checkin-"))).body())
			.contains("已在“" + gate + "”签到");
		long run = jdbc.sql("select run_id from patrol_checkin where checkpoint_id = :k").param("k", checkpoint)
			.query(Long.class).single();
		WebSession planner = signedIn("a.security");
		assertThat(planner.get("/patrol/patterns").body()).as("offered for patterns while in use").contains(name);

		zonesPage(planner);
		assertThat(planner.post("/patrol/zones/" + zone + "/retire", Map.of()).statusCode()).isEqualTo(302);
		assertThat(phone.get("/patrol/c/" + token).statusCode()).isEqualTo(404);
		assertThat(zones.checkpointsOfVillage(fixtures.id("county"), village)).noneMatch(k -> k.id() == checkpoint);
		assertThat(zones.zonesOf(security, village)).noneMatch(z -> z.id() == zone);
		assertThat(planner.get("/patrol/patterns").body()).doesNotContain(name);
		assertThat(planner.get("/patrol/zones/qr-sheet?village=" + village).body()).doesNotContain(gate);
		assertThat(zonesPage(planner)).contains(name, "/patrol/zones/" + zone + "/reactivate");
		assertThat(phone.get("/patrol/runs/" + run).body()).as("the history keeps the name").contains(gate);
		assertThatThrownBy(() -> zones.addCheckpoint(security, zone, "新点", null, null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.patrol.zone-retired"));
		assertThatThrownBy(() -> upkeep.reactivateCheckpoint(security, checkpoint)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> zones.connect(security, zone, fixtures.id("zoneA"))).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> fixtures.bean(org.qunfang.patrol.patterns.ShiftPatterns.class).create(security,
				new org.qunfang.patrol.patterns.ShiftPatterns.NewPattern(fixtures.id("orgA"), null, unique("后山夜巡"),
						org.qunfang.patrol.patterns.ShiftKind.NIGHT_PATROL, java.time.LocalTime.of(20, 0), java.time.LocalTime.of(23, 0),
						java.time.LocalTime.of(19, 0), java.time.LocalTime.of(22, 0), java.util.EnumSet.allOf(java.time.DayOfWeek.class), 1,
						false, java.util.List.of(zone))))
			.as("a retired zone takes no new shift pattern")
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.patrol.pattern.zone-retired"));

		planner.post("/patrol/zones/" + zone + "/reactivate", Map.of());
		assertThat(phone.get("/patrol/c/" + token).statusCode()).isEqualTo(200);
		assertThat(zones.zonesOf(security, village)).anyMatch(z -> z.id() == zone);
		assertThat(planner.get("/patrol/patterns").body()).contains(name);
		phone.post("/patrol/runs/" + run + "/end", Map.of());
	}

	@Test
	void zonesAreConnectedOnTheirPage() {
		String north = unique("甲村北片");
		long one = zones.createZone(security, village, north, null, null, null);
		long two = zones.createZone(security, village, unique("甲村南片"), null, null, null);
		WebSession director = signedIn("a.security");
		assertThat(zonesPage(director)).contains("/patrol/zones/" + two + "/adjacent");
		director.post("/patrol/zones/" + two + "/adjacent", Map.of("other", Long.toString(one)));
		assertThat(zones.zone(security, one).adjacentIds()).contains(two);
		assertThat(zones.detail(security, two).adjacent()).extracting(ZoneDetail.Neighbour::name).contains(north);
	}

	@Test
	void anotherVillagesZonesAreInvisibleAndUnchangeable() {
		long zoneA = fixtures.id("zoneA");
		long checkpointA = fixtures.id("checkpointA");
		WebSession other = signedIn("b.security");
		other.get("/patrol/zones");
		assertThat(other.json("GET", "/api/v1/patrol/zones/" + zoneA, null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(other.json("GET", "/api/v1/patrol/villages/" + village + "/zones", null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(other.json("PUT", "/api/v1/patrol/zones/" + zoneA, "{\"name\":\"乙村改名\"}", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(other.json("POST", "/api/v1/patrol/zones/" + zoneA + "/retire", null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(other.json("PUT", "/api/v1/patrol/checkpoints/" + checkpointA, "{\"name\":\"乙村改名\"}", Map.of())
			.statusCode()).isEqualTo(404);
		assertThat(other.post("/patrol/zones/" + zoneA, Map.of("name", "乙村改名")).statusCode()).isEqualTo(404);
		assertThat(other.post("/patrol/zones/" + zoneA + "/retire", Map.of()).statusCode()).isEqualTo(404);
		assertThat(other.post("/patrol/checkpoints/" + checkpointA + "/retire", Map.of()).statusCode()).isEqualTo(404);
		assertThat(other.get("/patrol/zones?village=" + village).statusCode()).isEqualTo(404);
		Caller b = fixtures.caller("b.security");
		long zoneB = zones.createZone(b, fixtures.id("B"), unique("乙村片"), null, null, null);
		assertThatThrownBy(() -> zones.connect(b, zoneB, zoneA)).isInstanceOf(org.qunfang.platform.NotFoundException.class);
		ZoneDetail untouched = zones.detail(security, zoneA);
		assertThat(untouched.active()).isTrue();
		assertThat(untouched.name()).isEqualTo("甲村村口");
		assertThat(zones.checkpoint(security, checkpointA).active()).isTrue();
	}

	@Test
	void theApiKeepsZonesAndCheckpoints() {
		WebSession app = signedIn("a.security");
		String name = unique("甲村API片");
		HttpResponse<String> created = app.json("POST", "/api/v1/patrol/villages/" + village + "/zones",
				"{\"name\":\"" + name + "\",\"outline\":[[28.228,112.938],[28.228,112.94],[28.23,112.94],[28.23,112.938]]}",
				Map.of());
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"centerLat\":28.229", "\"outline\":[[28.228,112.938],[28.228,112.94],");
		String id = created.body().replaceAll("^\\{\"id\":(\\d+).*", "$1");
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/patrol/zones/" + id);

		HttpResponse<String> updated = app.json("PUT", "/api/v1/patrol/zones/" + id,
				"{\"name\":\"" + name + "改\",\"description\":\"新说明\",\"centerLat\":28.3,\"centerLon\":112.9}", Map.of());
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(updated.body()).contains(name + "改", "\"outline\":null", "\"centerLat\":28.3");

		HttpResponse<String> checkpoint = app.json("POST", "/api/v1/patrol/zones/" + id + "/checkpoints",
				"{\"name\":\"API点\",\"latitude\":28.229,\"longitude\":112.939}", Map.of());
		assertThat(checkpoint.statusCode()).isEqualTo(201);
		long k = Long.parseLong(checkpoint.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));
		String token = zones.token(zones.checkpoint(security, k));
		assertThat(app.json("PUT", "/api/v1/patrol/checkpoints/" + k, "{\"name\":\"API点改\"}", Map.of()).body())
			.contains("API点改", "\"latitude\":null");
		assertThat(zones.byToken(token)).as("the code still checks in").isPresent();
		assertThat(app.json("POST", "/api/v1/patrol/checkpoints/" + k + "/retire", null, Map.of()).body())
			.contains("\"active\":false");
		assertThat(zones.byToken(token)).isEmpty();
		assertThat(app.json("POST", "/api/v1/patrol/checkpoints/" + k + "/reactivate", null, Map.of()).body())
			.contains("\"active\":true");
		assertThat(app.json("POST", "/api/v1/patrol/zones/" + id + "/retire", null, Map.of()).body())
			.contains("\"active\":false");
		assertThat(zones.byToken(token)).as("retired with its zone").isEmpty();
		assertThat(app.json("GET", "/api/v1/patrol/villages/" + village + "/zones", null, Map.of()).body())
			.doesNotContain(name).contains("甲村村口");
		assertThat(app.json("GET", "/api/v1/patrol/villages/" + village + "/zones?retired=true", null, Map.of()).body())
			.contains(name);
		assertThat(app.json("POST", "/api/v1/patrol/zones/" + id + "/reactivate", null, Map.of()).body())
			.contains("\"active\":true", "API点改");
		assertThat(zones.byToken(token)).isPresent();
		assertThat(app.json("GET", "/api/v1/patrol/zones/" + id, null, Map.of()).statusCode()).isEqualTo(200);

		WebSession member = signedIn("a.patrol");
		assertThat(member.json("GET", "/api/v1/patrol/zones/" + id, null, Map.of()).statusCode()).isEqualTo(200);
		assertThat(member.json("PUT", "/api/v1/patrol/zones/" + id, "{\"name\":\"队员改名\"}", Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(member.json("POST", "/api/v1/patrol/zones/" + id + "/retire", null, Map.of()).statusCode()).isEqualTo(403);
		assertThat(zones.detail(security, Long.parseLong(id)).active()).isTrue();
	}
}
