package org.qunfang.cases.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.ScopeLevel;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.bodies.DutyScopes;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A year of cases for the demo county, drawn from a seeded {@link Random} so each load is the same.
 * They are not spread evenly: each village has a few places where things happen (a shop at the
 * crossroads, the market, the reservoir), thefts and burglaries come at night, fights on market
 * evenings, traffic accidents at the rush hours on the county road, and a burglary is often followed
 * by another one nearby within days. 东山村 and 柳树湾村 (with the market) have the most. Older cases are
 * mostly ended (resolved, referred to the police station or honestly closed unresolved); recent ones
 * are still open. Each village gets an extent around its centre, and every case coordinates inside it.
 */
@Component
class DemoCases implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private static final long SEED = 20_260_401L;

	/** Cases per month, by village code suffix; villages not listed get the default. */
	private static final Map<String, Double> RATE = Map.of("DS", 7.0, "LSW", 6.0, "SQ", 3.5, "XH", 3.0, "NG", 2.5);
	private static final double DEFAULT_RATE = 1.5;

	private record Place(String name, double dLat, double dLon) {
	}

	private static final List<Place> PLACES = List.of(new Place("十字路口小卖部", 0.002, 0.001),
			new Place("集贸市场", -0.004, 0.006), new Place("村委会广场", 0.0, 0.0), new Place("水库大坝", 0.008, -0.009),
			new Place("县道桥头", -0.009, -0.004), new Place("小学门口", 0.003, 0.007), new Place("养殖场", -0.007, 0.010));

	private record Kind(String type, String[] summaries, int[] hours, long maxLossYuan) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind("THEFT", new String[] { "电动车在家门口被盗", "晾晒的稻谷被偷", "店内现金被盗", "农用水泵被盗" },
					new int[] { 22, 23, 0, 1, 2, 3 }, 6000),
			new Kind("BURGLARY", new String[] { "夜间入室盗窃，窗户被撬", "外出务工户家中被盗" }, new int[] { 23, 0, 1, 2, 3 },
					12000),
			new Kind("ASSAULT", new String[] { "酒后口角引发打架", "赶集时因争摊位发生推搡" }, new int[] { 18, 19, 20, 21, 22 }, 0),
			new Kind("DISPUTE", new String[] { "宅基地边界纠纷", "邻里因排水沟发生争吵", "土地承包纠纷" },
					new int[] { 9, 10, 11, 14, 15, 16 }, 0),
			new Kind("FRAUD", new String[] { "接到冒充客服电话被骗", "网购刷单被骗" }, new int[] { 10, 11, 14, 15, 16, 20 }, 20000),
			new Kind("TRAFFIC", new String[] { "摩托车与三轮车相撞", "货车刮倒路边行人" }, new int[] { 7, 8, 17, 18 }, 5000),
			new Kind("LIVESTOCK", new String[] { "夜间耕牛被盗", "羊圈里的羊被偷" }, new int[] { 1, 2, 3, 4 }, 15000),
			new Kind("FIRE", new String[] { "柴草堆起火", "电线老化引发火情" }, new int[] { 12, 13, 19, 20 }, 3000));

	private static final double[] KIND_WEIGHTS = { 0.30, 0.12, 0.12, 0.18, 0.08, 0.08, 0.06, 0.06 };

	private static final String[] NAMES = { "王建国", "李秀兰", "张小龙", "刘德明", "陈桂芳", "杨春生", "黄丽华", "赵福田", "吴海燕",
			"周永强" };

	private final AdminUnits units;
	private final DutyScopes duties;
	private final CaseFiles files;
	private final VillageExtents extents;
	private final IdGenerator ids;
	private final Clock clock;
	private final ZoneId zone;

	DemoCases(AdminUnits units, DutyScopes duties, CaseFiles files, VillageExtents extents, IdGenerator ids, Clock clock,
			ZoneId zone) {
		this.units = units;
		this.duties = duties;
		this.files = files;
		this.extents = extents;
		this.ids = ids;
		this.clock = clock;
		this.zone = zone;
	}

	@Override
	public String name() {
		return "cases.register";
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public void load() {
		Optional<AdminUnit> county = units.counties().stream().filter(c -> c.code().equals("YX")).findFirst();
		if (county.isEmpty()) {
			return;
		}
		long countyId = county.get().id();
		List<AdminUnit> villages = units.villages(new Jurisdiction(countyId, ScopeLevel.COUNTY, countyId,
				List.of(county.get().scopePath())));
		Random random = new Random(SEED);
		int count = 0;
		for (int i = 0; i < villages.size(); i++) {
			AdminUnit village = villages.get(i);
			VillageExtents.Extent extent = new VillageExtents.Extent(27.10 + (i % 4) * 0.03 - 0.012,
					27.10 + (i % 4) * 0.03 + 0.012, 111.40 + (i / 4) * 0.04 - 0.015, 111.40 + (i / 4) * 0.04 + 0.015);
			extents.store(village, extent);
			Optional<OrganizationRef> owner = duties.ownerOf(village.id(), "CASE_REGISTER");
			if (owner.isPresent()) {
				count += village(village, owner.get(), extent, random);
			}
		}
		log.info("Demo case register: {} cases in {} villages", count, villages.size());
	}

	private int village(AdminUnit village, OrganizationRef owner, VillageExtents.Extent extent, Random random) {
		String suffix = village.code().substring(village.code().lastIndexOf('-') + 1);
		double perDay = RATE.getOrDefault(suffix, DEFAULT_RATE) / 30.0;
		LocalDate today = LocalDate.now(clock.withZone(zone));
		List<Planned> planned = new ArrayList<>();
		for (LocalDate day = today.minusDays(365); day.isBefore(today); day = day.plusDays(1)) {
			if (random.nextDouble() < perDay) {
				Kind kind = pick(random);
				planned.add(new Planned(kind, PLACES.get(hotPlace(random)), at(day, kind, random)));
				if (kind.type().equals("BURGLARY") && random.nextDouble() < 0.35) {
					LocalDate later = day.plusDays(1 + random.nextInt(10));
					if (later.isBefore(today)) {
						planned.add(new Planned(kind, PLACES.get(random.nextInt(2)), at(later, kind, random)));
					}
				}
			}
		}
		planned.sort(java.util.Comparator.comparing(Planned::at));
		for (Planned p : planned) {
			write(village, owner, extent, p, random);
		}
		return planned.size();
	}

	private record Planned(Kind kind, Place place, Instant at) {
	}

	private void write(AdminUnit village, OrganizationRef owner, VillageExtents.Extent extent, Planned p, Random random) {
		Instant reported = p.at().plus(Duration.ofMinutes(20 + random.nextInt(600)));
		Instant now = clock.instant();
		if (reported.isAfter(now)) {
			reported = now;
		}
		double lat = extent.centerLat() + p.place().dLat() + (random.nextDouble() - 0.5) * 0.0006;
		double lon = extent.centerLon() + p.place().dLon() + (random.nextDouble() - 0.5) * 0.0006;
		String summary = p.kind().summaries()[random.nextInt(p.kind().summaries().length)];
		long loss = p.kind().maxLossYuan() == 0 ? 0 : (100 + random.nextLong(p.kind().maxLossYuan())) * 100;
		String reporter = NAMES[random.nextInt(NAMES.length)];
		CaseChannel channel = random.nextDouble() < 0.25 ? CaseChannel.PATROL
				: random.nextDouble() < 0.15 ? CaseChannel.POLICE : CaseChannel.VILLAGER;
		NewCase form = new NewCase(village.id(), p.kind().type(), p.at(), reported, null, p.place().name(), round(lat),
				round(lon), summary, loss, reporter, channel, null, null,
				List.of(new NewCase.NewParty(PartyRole.VICTIM, reporter, null, null, null)), true);
		int year = reported.atZone(zone).getYear();
		long id = ids.next();
		String caseNo = "%s-%d-%04d".formatted(village.code(), year, files.nextNumber(village.countyId(), village.id(), year));
		files.insert(new CaseFiles.Row(id, village.countyId(), village.id(), village.scopePath(), caseNo, form, owner.id(),
				owner.name(), reported, reported), "demo", "治保会", List.of(new CaseFiles.EncryptedParty(PartyRole.VICTIM,
						reporter, null, null, null)));
		end(new CaseFile(id, village.countyId(), village.id(), village.scopePath(), CaseStatus.REGISTERED, owner.id(),
				owner.name(), 0, 0), reported, now, random);
	}

	/** Older cases are handled and mostly ended; the last weeks' are still open. */
	private void end(CaseFile file, Instant reported, Instant now, Random random) {
		long ageDays = Duration.between(reported, now).toDays();
		if (ageDays < 3) {
			return;
		}
		Instant handled = reported.plus(Duration.ofHours(2 + random.nextInt(30)));
		file.handle("到现场查看，询问当事人和周边群众", handled);
		if (ageDays > 20) {
			Instant ended = handled.plus(Duration.ofDays(1 + random.nextInt(10)));
			double r = random.nextDouble();
			if (r < 0.72) {
				file.resolve("经调查处理，当事人达成一致，已解决", ended);
			}
			else if (r < 0.88) {
				file.refer("桃源派出所", "涉嫌违法犯罪，移送公安机关处理", ended);
			}
			else {
				file.closeUnresolved("线索不足，经多次走访仍无法查明", ended);
			}
		}
		files.save(file, "demo", "治保会");
	}

	private static Kind pick(Random random) {
		double r = random.nextDouble();
		double sum = 0;
		for (int i = 0; i < KIND_WEIGHTS.length; i++) {
			sum += KIND_WEIGHTS[i];
			if (r < sum) {
				return KINDS.get(i);
			}
		}
		return KINDS.getLast();
	}

	/** Two places of each village draw half of its cases. */
	private static int hotPlace(Random random) {
		return random.nextDouble() < 0.5 ? random.nextInt(2) : random.nextInt(PLACES.size());
	}

	private Instant at(LocalDate day, Kind kind, Random random) {
		int hour = kind.hours()[random.nextInt(kind.hours().length)];
		ZonedDateTime time = day.atTime(hour, random.nextInt(60)).atZone(zone);
		return time.toInstant();
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1_000_000) / 1_000_000.0;
	}
}
