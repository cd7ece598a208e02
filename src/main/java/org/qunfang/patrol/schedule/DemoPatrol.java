package org.qunfang.patrol.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.qunfang.cases.CaseHistory;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.ScopeLevel;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.patrol.PatrolZone;
import org.qunfang.patrol.patterns.ShiftKind;
import org.qunfang.patrol.patterns.ShiftPatterns;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.platform.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo county's patrols: in each village, zones at the places where its cases happen (centred where they
 * happened), two checkpoints in each, neighbouring zones linked; a night patrol of two with a leader for each
 * patrol team, day duty for each security committee, an evening watch by rotation for 东山村's ten-household
 * groups; and a roster for the current month of every organization in the busiest villages.
 */
@Component
class DemoPatrol implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoPatrol.class);

	/** The places of the demo case register, in its order. */
	static final List<String> PLACES = List.of("十字路口小卖部", "集贸市场", "村委会广场", "水库大坝", "县道桥头", "小学门口", "养殖场");

	/** Villages (code suffix) whose organizations get a month's roster. */
	private static final Set<String> ROSTERED = Set.of("DS", "LSW", "SQ", "XH", "NG");

	private final AdminUnits units;
	private final CaseHistory cases;
	private final PatrolZones zones;
	private final ShiftPatterns patterns;
	private final PreventionOrganizations organizations;
	private final ScheduleInputs inputs;
	private final Schedules schedules;
	private final Clock clock;
	private final ZoneId zone;
	private final Duration solveTime;

	DemoPatrol(AdminUnits units, CaseHistory cases, PatrolZones zones, ShiftPatterns patterns,
			PreventionOrganizations organizations, ScheduleInputs inputs, Schedules schedules, Clock clock, ZoneId zone,
			@Value("${qunfang.patrol.demo.solver-seconds:1}") int solveSeconds) {
		this.units = units;
		this.cases = cases;
		this.zones = zones;
		this.patterns = patterns;
		this.organizations = organizations;
		this.inputs = inputs;
		this.schedules = schedules;
		this.clock = clock;
		this.zone = zone;
		this.solveTime = Duration.ofSeconds(solveSeconds);
	}

	@Override
	public String name() {
		return "patrol.schedule";
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public void load() {
		Optional<AdminUnit> county = units.counties().stream().filter(c -> c.code().equals("YX")).findFirst();
		if (county.isEmpty()) {
			return;
		}
		long countyId = county.get().id();
		Caller reader = inputs.reader(countyId);
		List<AdminUnit> villages = units.villages(new Jurisdiction(countyId, ScopeLevel.COUNTY, countyId,
				List.of(county.get().scopePath())));
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate first = today.withDayOfMonth(1);
		LocalDate last = today.withDayOfMonth(today.lengthOfMonth());
		int zoneCount = 0;
		int rosters = 0;
		for (AdminUnit village : villages) {
			List<Long> zoneIds = zones(village, today);
			zoneCount += zoneIds.size();
			String suffix = village.code().substring(village.code().lastIndexOf('-') + 1);
			for (OrganizationRef org : organizations.list(reader, village.id(), null)) {
				if (org.status() == OrganizationStatus.DISSOLVED || !pattern(org, zoneIds, suffix)) {
					continue;
				}
				if (ROSTERED.contains(suffix)) {
					schedules.build(org, first, last, "demo", solveTime);
					rosters++;
					if (today.plusDays(6).isAfter(last)) {
						// at the month's end next month's roster is planned too, so the coming week has one
						schedules.build(org, last.plusDays(1), last.plusMonths(1).withDayOfMonth(last.plusMonths(1).lengthOfMonth()),
								"demo", solveTime);
						rosters++;
					}
				}
			}
		}
		log.info("Demo patrol: {} zones in {} villages, {} monthly rosters", zoneCount, villages.size(), rosters);
	}

	/** The village's zones at its case places, centred on the cases there; neighbours in the list are linked. */
	private List<Long> zones(AdminUnit village, LocalDate today) {
		Instant since = today.minusDays(365).atStartOfDay(zone).toInstant();
		var sightings = cases.of(village.countyId(), village.id(), since);
		List<Long> ids = new ArrayList<>();
		for (String place : PLACES) {
			var here = sightings.stream().filter(s -> place.equals(s.place()) && s.latitude() != null && s.longitude() != null)
				.toList();
			if (here.isEmpty()) {
				continue;
			}
			double lat = here.stream().mapToDouble(CaseHistory.Sighting::latitude).average().orElseThrow();
			double lon = here.stream().mapToDouble(CaseHistory.Sighting::longitude).average().orElseThrow();
			long id = zones.insertZone(village, place, null, round(lat), round(lon));
			PatrolZone z = zones.zonesOfVillage(village.countyId(), village.id()).stream().filter(x -> x.id() == id)
				.findFirst().orElseThrow();
			zones.insertCheckpoint(z, place + "东", round(lat), round(lon + 0.0006));
			zones.insertCheckpoint(z, place + "西", round(lat), round(lon - 0.0006));
			if (!ids.isEmpty()) {
				zones.link(village.countyId(), ids.getLast(), id);
			}
			ids.add(id);
		}
		return ids;
	}

	/** The organization's shift pattern, if its kind keeps one. */
	private boolean pattern(OrganizationRef org, List<Long> zoneIds, String villageSuffix) {
		EnumSet<DayOfWeek> everyDay = EnumSet.allOf(DayOfWeek.class);
		ShiftPatterns.NewPattern form = switch (org.type()) {
			case FULL_TIME_PATROL, VOLUNTARY_PATROL, VILLAGE_DEFENSE -> new ShiftPatterns.NewPattern(org.id(), null, "夜间巡逻",
					ShiftKind.NIGHT_PATROL, LocalTime.of(21, 0), LocalTime.of(1, 0), LocalTime.of(19, 0), LocalTime.of(23, 0),
					org.type() == OrganizationType.FULL_TIME_PATROL ? everyDay
							: EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
					2, true, zoneIds);
			case SECURITY_COMMITTEE -> new ShiftPatterns.NewPattern(org.id(), null, "白天值班", ShiftKind.DAY_DUTY,
					LocalTime.of(8, 0), LocalTime.of(18, 0), LocalTime.of(8, 30), LocalTime.of(17, 30),
					EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 1, false,
					zoneIds.isEmpty() ? List.of() : List.of(zoneIds.get(Math.min(2, zoneIds.size() - 1))));
			case TEN_HOUSEHOLD -> "DS".equals(villageSuffix) ? new ShiftPatterns.NewPattern(org.id(), null, "联防值守",
					ShiftKind.SHIFT_DUTY, LocalTime.of(20, 0), LocalTime.of(23, 0), LocalTime.of(19, 0), LocalTime.of(22, 0),
					everyDay, 1, false, List.of()) : null;
			default -> null;
		};
		if (form == null) {
			return false;
		}
		patterns.insert(org, form);
		return true;
	}

	private static double round(double value) {
		return Math.round(value * 1_000_000) / 1_000_000.0;
	}
}
