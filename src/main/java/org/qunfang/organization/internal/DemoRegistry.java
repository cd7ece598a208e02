package org.qunfang.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.qunfang.identity.UserDirectory;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.Education;
import org.qunfang.organization.Gender;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.Relation;
import org.qunfang.organization.Remuneration;
import org.qunfang.organization.ResidentIdNumber;
import org.qunfang.organization.bodies.ThreeChecks;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.qunfang.platform.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry of the demo county: village groups, households and residents of every village, and
 * their prevention organizations with members. Everything comes from a seeded {@link Random}, so each
 * load produces the same people; only ages follow "today" of the clock. A few villages are weak on
 * purpose so that supervision has something to find: 石桥村's security committee is paralyzed, 白沙村's
 * voluntary patrol has no members, and two of 黄土岭村's patrol members are past the post's age limit.
 * In 东山村 the members named by the demo accounts (张卫东, 王秀英, 刘桂兰, 杨志勇, 黄小明) are residents
 * holding those posts, with the accounts' phone numbers where the accounts have one.
 */
@Component
class DemoRegistry implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

	private static final long SEED = 20_260_101L;

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
			"朱", "胡", "郭", "何", "高", "林", "罗" };
	private static final String[] MALE_GIVEN = { "伟", "强", "军", "磊", "勇", "杰", "涛", "明", "超", "平", "刚", "辉", "华",
			"建", "国", "志", "海", "峰", "斌", "文" };
	private static final String[] FEMALE_GIVEN = { "芳", "丽", "敏", "静", "秀", "英", "兰", "霞", "燕", "娟", "玲", "红",
			"梅", "琴", "艳", "萍", "桂", "凤", "洁", "婷" };
	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
	/** 安乡县 mostly; some residents were first registered in a neighboring county. */
	private static final String HOME_REGION = "430721";
	private static final String[] NEIGHBOR_REGIONS = { "430722", "430723", "430724", "430703" };

	private static final String AWAY = "外出务工";

	private static final String DONGSHAN = "YX-TY-DS";
	private static final String XINGHUA = "YX-TY-XHC";
	private static final String SHIQIAO = "YX-SQ-SQ";
	private static final String BAISHA = "YX-SQ-BS";
	private static final String HUANGTULING = "YX-SQ-HTL";
	private static final Set<String> DEFENSE_VILLAGES = Set.of("YX-TY-LSW", "YX-TY-MF", "YX-SQ-QSG", "YX-SQ-NG");

	/** No township officer account exists for 石桥乡 in the demo; this is the name such an officer would have. */
	private static final String OVERRIDDEN_BY = "shiqiao.officer";

	private static final String CONTRACT_AREA = "杏花村三组、四组居民点及村东果园片区（含杏花岭水库周边道路）";
	private static final String CONTRACT_DUTIES = """
			一、负责承包区域内的日常治安巡逻，每周不少于5次，其中夜间巡逻不少于3次，并如实填写巡逻记录；
			二、及时发现、制止和报告违法犯罪活动及治安、消防隐患，协助公安机关保护现场、处置突发事件；
			三、重点看护果园、水库及村民财物，农忙和节假日期间加强巡查；
			四、每月向村治保会报告一次承包区域治安情况，协助调解区域内一般邻里纠纷，重大纠纷及时上报村调委会。""";
	private static final String CONTRACT_RIGHTS = """
			一、按合同约定分四季度领取承包费，全年人民币贰万肆仟元整；
			二、履行职责时受到不法侵害或因公受伤的，由村委会协助申请见义勇为认定及相关补助；
			三、对承包区域内的治安防范工作提出意见和建议，有权要求村委会配备必要的巡逻装备；
			四、承包期内区域未发生重大刑事案件且盗窃案件同比下降的，年终由村委会给予奖励。""";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate named;
	private final AdminUnits units;
	private final UserDirectory users;
	private final PersonalDataCipher cipher;
	private final IdGenerator ids;
	private final Clock clock;
	private final ZoneId zone;

	DemoRegistry(JdbcClient jdbc, NamedParameterJdbcTemplate named, AdminUnits units, UserDirectory users,
			PersonalDataCipher cipher, IdGenerator ids, Clock clock, ZoneId displayZone) {
		this.jdbc = jdbc;
		this.named = named;
		this.units = units;
		this.users = users;
		this.cipher = cipher;
		this.ids = ids;
		this.clock = clock;
		this.zone = displayZone;
	}

	@Override
	public String name() {
		return "organization.registry";
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public void load() {
		long started = System.nanoTime();
		AdminUnit county = units.counties().stream().filter(c -> DemoHierarchy.COUNTY.equals(c.code())).findFirst()
			.orElseThrow(() -> new IllegalStateException("demo county " + DemoHierarchy.COUNTY + " is missing"));
		Build build = new Build(county);
		build.run();
		log.info("Demo registry loaded: {} villages, {} households, {} residents, {} organizations, {} appointments in {} ms",
				build.plans.size(), build.households, build.residents, build.organizations, build.appointments,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	private record Village(long id, String code, String name, String scopePath) {

		boolean taoyuan() {
			return code.startsWith("YX-TY-");
		}
	}

	private record Group(long id, String code, String name) {
	}

	private record PostRule(String code, String duties, ThreeChecks checks) {

		List<ThreeChecks.Failure> failures(Person p) {
			return checks.failures(p.age, p.education, p.health, p.criminal);
		}

		boolean passes(Person p) {
			return failures(p).isEmpty();
		}
	}

	private static final class Person {

		final long id;
		final Home home;
		final Relation relation;
		final Gender gender;
		final LocalDate birth;
		final int age;
		String surname;
		String given;
		String idNumber;
		String phone;
		Education education;
		Health health;
		boolean criminal;
		String note;

		Person(long id, Home home, Relation relation, Gender gender, LocalDate birth, int age) {
			this.id = id;
			this.home = home;
			this.relation = relation;
			this.gender = gender;
			this.birth = birth;
			this.age = age;
		}

		String name() {
			return surname + given;
		}

		boolean away() {
			return AWAY.equals(note);
		}
	}

	private static final class Home {

		final long id;
		final String no;
		final Group group;
		final HouseholdCategory category;
		final String address;
		final List<Person> members = new ArrayList<>();

		Home(long id, String no, Group group, HouseholdCategory category, String address) {
			this.id = id;
			this.no = no;
			this.group = group;
			this.category = category;
			this.address = address;
		}
	}

	/** A village being built: its groups, households, the adults in a fixed shuffled order, who is taken. */
	private static final class Plan {

		final Village village;
		final List<Group> groups = new ArrayList<>();
		final List<Home> homes = new ArrayList<>();
		final List<Person> adults = new ArrayList<>();
		final Set<Long> taken = new HashSet<>();
		final Map<String, Person> reserved = new HashMap<>();

		Plan(Village village) {
			this.village = village;
		}
	}

	/** One load: the random source and what has been made so far. */
	private final class Build {

		final AdminUnit county;
		final Random rnd = new Random(SEED);
		final LocalDate today = LocalDate.now(clock.withZone(zone));
		final OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		final Set<String> idNumbers = new HashSet<>();
		final Set<String> phones = new HashSet<>();
		final List<Plan> plans = new ArrayList<>();
		final Map<String, PostRule> posts = new HashMap<>();
		final List<SqlParameterSource> appointmentRows = new ArrayList<>();
		final Map<Long, LocalDate> establishedOn = new HashMap<>();
		int households;
		int residents;
		int organizations;
		int appointments;

		Build(AdminUnit county) {
			this.county = county;
		}

		void run() {
			readPosts();
			List<Village> villages = jdbc.sql("""
					select id, code, name_zh, scope_path from admin_unit
					where county_id = :c and level = 'VILLAGE' order by code""")
				.param("c", county.id())
				.query((rs, n) -> new Village(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
			phones.add("13807315566");
			phones.add("13907310218");
			for (Village village : villages) {
				Plan plan = new Plan(village);
				people(plan);
				plans.add(plan);
			}
			plans.stream().filter(p -> p.village.code().equals(DONGSHAN)).findFirst().ifPresent(this::namedMembers);
			for (Plan plan : plans) {
				insertRegister(plan);
			}
			assignLeaders();
			for (Plan plan : plans) {
				organizations(plan);
			}
			named.batchUpdate("""
					insert into appointment (id, county_id, org_id, resident_id, scope_path, post_code, duties, remuneration,
					  start_date, failed_checks, override_reason, overridden_by, created_at, version)
					values (:id, :c, :o, :r, :path, :post, :duties, :pay, :start, :failed, :reason, :by, :now, 0)""",
					appointmentRows.toArray(SqlParameterSource[]::new));
			appointments = appointmentRows.size();
		}

		private void readPosts() {
			jdbc.sql("""
					select code, duties_zh, min_age, max_age, min_education, good_health, no_criminal_record
					from post where county_id = :c""")
				.param("c", county.id())
				.query(rs -> {
					String education = rs.getString(5);
					posts.put(rs.getString(1), new PostRule(rs.getString(1), rs.getString(2),
							new ThreeChecks((Integer) rs.getObject(3, Integer.class), (Integer) rs.getObject(4, Integer.class),
									education == null ? null : Education.valueOf(education), rs.getBoolean(6),
									rs.getBoolean(7))));
				});
			for (String code : List.of("DIRECTOR", "DEPUTY", "MEMBER", "MEDIATOR", "TEAM_LEADER", "PATROL_MEMBER",
					"GROUP_LEADER", "CONTRACTOR")) {
				if (!posts.containsKey(code)) {
					throw new IllegalStateException("post " + code + " is missing in the demo county");
				}
			}
		}

		// ----- people -----

		private void people(Plan plan) {
			Village v = plan.village;
			int groupCount = between(4, 6);
			for (int g = 0; g < groupCount; g++) {
				plan.groups.add(new Group(ids.next(), "%02d".formatted(g + 1), NUMERALS[g] + "组"));
			}
			int homeCount = between(180, 320);
			int[] numberInGroup = new int[groupCount];
			for (int h = 0; h < homeCount; h++) {
				int g = h * groupCount / homeCount;
				Group group = plan.groups.get(g);
				String address = v.name() + group.name() + (++numberInGroup[g]) + "号";
				Home home = new Home(ids.next(), "%04d".formatted(h + 1), group, category(), address);
				members(home);
				plan.homes.add(home);
				for (Person p : home.members) {
					if (p.age >= 18) {
						plan.adults.add(p);
					}
				}
			}
			Collections.shuffle(plan.adults, rnd);
		}

		private HouseholdCategory category() {
			double x = rnd.nextDouble();
			return x < 0.84 ? HouseholdCategory.ORDINARY
					: x < 0.93 ? HouseholdCategory.LOW_INCOME
							: x < 0.95 ? HouseholdCategory.FIVE_GUARANTEE : HouseholdCategory.MILITARY;
		}

		private void members(Home home) {
			if (home.category == HouseholdCategory.FIVE_GUARANTEE) {
				// an elderly person without children to support them, living with a brother or sister
				String surname = surname();
				int age = between(62, 75);
				person(home, Relation.HEAD, surname, chance(0.75) ? Gender.MALE : Gender.FEMALE, age);
				person(home, Relation.SIBLING, surname, gender(), Math.clamp(age + between(-6, 6), 55, 80));
				return;
			}
			int size = householdSize();
			Gender headGender = chance(0.85) ? Gender.MALE : Gender.FEMALE;
			int headAge = between(30, 75);
			Person head = person(home, Relation.HEAD, surname(), headGender, headAge);
			int left = size - 1;
			Person spouse = null;
			if (left > 0 && chance(0.9)) {
				int gap = between(-2, 5);
				int age = Math.max(22, headGender == Gender.MALE ? headAge - gap : headAge + gap);
				spouse = person(home, Relation.SPOUSE, surname(), opposite(headGender), age);
				left--;
			}
			String family = headGender == Gender.MALE || spouse == null ? head.surname : spouse.surname;
			int youngestParent = spouse == null ? headAge : Math.min(headAge, spouse.age);
			if (left > 0 && headAge <= 55 && chance(0.25)) {
				boolean father = chance(0.4);
				person(home, Relation.PARENT, father ? head.surname : surname(), father ? Gender.MALE : Gender.FEMALE,
						Math.min(92, headAge + between(22, 32)));
				left--;
			}
			if (left >= 3 && youngestParent >= 50 && chance(0.6)) {
				// a grown son living with his parents, with his wife and children
				int sonAge = between(Math.max(22, youngestParent - 35), Math.min(40, youngestParent - 21));
				person(home, Relation.CHILD, family, Gender.MALE, sonAge);
				person(home, Relation.CHILD_IN_LAW, surname(), Gender.FEMALE, Math.max(20, sonAge - between(-2, 4)));
				left -= 2;
				for (; left > 0; left--) {
					person(home, Relation.GRANDCHILD, family, gender(), between(0, Math.clamp(sonAge - 21, 0, 16)));
				}
			}
			for (; left > 0; left--) {
				int oldest = Math.min(40, youngestParent - 20);
				int youngest = Math.clamp(youngestParent - 42, 0, oldest);
				person(home, Relation.CHILD, family, gender(), between(youngest, oldest));
			}
		}

		private int householdSize() {
			double x = rnd.nextDouble();
			return x < 0.18 ? 2 : x < 0.48 ? 3 : x < 0.75 ? 4 : x < 0.90 ? 5 : 6;
		}

		private Person person(Home home, Relation relation, String surname, Gender gender, int age) {
			LocalDate birth = today.minusYears(age).minusDays(between(1, 364));
			Person p = new Person(ids.next(), home, relation, gender, birth, age);
			p.surname = surname;
			do {
				p.given = given(gender);
			}
			while (home.members.stream().anyMatch(m -> m.name().equals(p.name())));
			p.idNumber = idNumber(gender, birth);
			p.education = education(age);
			p.health = health(age);
			p.criminal = age >= 18 && chance(gender == Gender.MALE ? 0.004 : 0.0005);
			if (age >= 20 && age <= 50 && relation != Relation.HEAD && chance(0.15)) {
				p.note = AWAY;
			}
			if (age >= 18 && chance(age < 60 ? 0.58 : 0.25)) {
				p.phone = phone();
			}
			home.members.add(p);
			return p;
		}

		private String given(Gender gender) {
			String[] characters = gender == Gender.MALE ? MALE_GIVEN : FEMALE_GIVEN;
			String first = characters[rnd.nextInt(characters.length)];
			return chance(0.3) ? first : first + characters[rnd.nextInt(characters.length)];
		}

		/** A valid number of GB 11643: region, birth date, a sequence odd for men, the check character. */
		private String idNumber(Gender gender, LocalDate birth) {
			String region = chance(0.88) ? HOME_REGION : NEIGHBOR_REGIONS[rnd.nextInt(NEIGHBOR_REGIONS.length)];
			while (true) {
				int sequence = rnd.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
				String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence);
				String number = first17 + ResidentIdNumber.checkDigitFor(first17);
				if (idNumbers.add(number)) {
					ResidentIdNumber parsed = ResidentIdNumber.parse(number, today);
					if (parsed.gender() != gender || !parsed.birthDate().equals(birth)) {
						throw new IllegalStateException("demo ID number disagrees with its resident");
					}
					return number;
				}
			}
		}

		private String phone() {
			while (true) {
				StringBuilder phone = new StringBuilder("1").append((char) ('3' + rnd.nextInt(7)));
				for (int i = 0; i < 9; i++) {
					phone.append((char) ('0' + rnd.nextInt(10)));
				}
				if (phones.add(phone.toString())) {
					return phone.toString();
				}
			}
		}

		private Education education(int age) {
			if (age >= 18 && chance(0.04)) {
				return Education.UNKNOWN;
			}
			double x = rnd.nextDouble();
			if (age < 7) {
				return Education.NONE;
			}
			if (age <= 12) {
				return Education.PRIMARY;
			}
			if (age <= 15) {
				return Education.JUNIOR_HIGH;
			}
			if (age <= 18) {
				return x < 0.5 ? Education.SENIOR_HIGH : Education.JUNIOR_HIGH;
			}
			if (age <= 35) {
				return x < 0.05 ? Education.PRIMARY
						: x < 0.45 ? Education.JUNIOR_HIGH : x < 0.78 ? Education.SENIOR_HIGH : Education.COLLEGE;
			}
			if (age <= 55) {
				return x < 0.2 ? Education.PRIMARY
						: x < 0.7 ? Education.JUNIOR_HIGH : x < 0.95 ? Education.SENIOR_HIGH : Education.COLLEGE;
			}
			return x < 0.25 ? Education.NONE
					: x < 0.7 ? Education.PRIMARY : x < 0.95 ? Education.JUNIOR_HIGH : Education.SENIOR_HIGH;
		}

		private Health health(int age) {
			double x = rnd.nextDouble();
			double good = age < 50 ? 0.80 : age < 65 ? 0.60 : 0.35;
			double fair = age < 50 ? 0.13 : age < 65 ? 0.28 : 0.40;
			double poor = age < 50 ? 0.03 : age < 65 ? 0.08 : 0.20;
			return x < good ? Health.GOOD
					: x < good + fair ? Health.FAIR : x < good + fair + poor ? Health.POOR : Health.UNKNOWN;
		}

		/**
		 * 东山村's members who have demo accounts: residents who pass their post's checks, renamed to the
		 * account's name (a man's family name goes to the relatives who share it).
		 */
		private void namedMembers(Plan plan) {
			reserve(plan, "SECURITY_COMMITTEE:DIRECTOR", "DIRECTOR", Gender.MALE, 42, 58, "张", "卫东", "13807315566");
			reserve(plan, "MEDIATION_COMMITTEE:DIRECTOR", "DIRECTOR", Gender.FEMALE, 45, 60, "王", "秀英", null);
			reserve(plan, "MEDIATION_COMMITTEE:MEDIATOR", "MEDIATOR", Gender.FEMALE, 45, 65, "刘", "桂兰", null);
			reserve(plan, "FULL_TIME_PATROL:TEAM_LEADER", "TEAM_LEADER", Gender.MALE, 32, 48, "杨", "志勇", null);
			reserve(plan, "FULL_TIME_PATROL:PATROL_MEMBER", "PATROL_MEMBER", Gender.MALE, 19, 28, "黄", "小明", "13907310218");
		}

		private void reserve(Plan plan, String key, String postCode, Gender gender, int minAge, int maxAge, String surname,
				String given, String phone) {
			PostRule post = posts.get(postCode);
			Predicate<Person> fits = p -> p.gender == gender && p.age >= minAge && p.age <= maxAge
					&& (gender == Gender.MALE || p.relation == Relation.SPOUSE);
			Person p = pick(plan, post, plan.adults, fits, Set.of());
			if (!fits.test(p)) {
				plan.taken.remove(p.id); // nobody suitable: the post goes to someone else, under their own name
				return;
			}
			if (p.gender == Gender.MALE) {
				String old = p.surname;
				p.home.members.stream().filter(m -> m.surname.equals(old)).forEach(m -> m.surname = surname);
			}
			p.surname = surname;
			p.given = given;
			if (phone != null) {
				p.phone = phone;
			}
			plan.reserved.put(key, p);
		}

		private void insertRegister(Plan plan) {
			Village v = plan.village;
			List<SqlParameterSource> groups = new ArrayList<>();
			for (Group g : plan.groups) {
				groups.add(new MapSqlParameterSource().addValue("id", g.id()).addValue("c", county.id())
					.addValue("v", v.id()).addValue("code", g.code()).addValue("name", g.name())
					.addValue("path", v.scopePath()));
			}
			named.batchUpdate("""
					insert into village_group (id, county_id, village_id, code, name, scope_path)
					values (:id, :c, :v, :code, :name, :path)""", groups.toArray(SqlParameterSource[]::new));
			List<SqlParameterSource> homes = new ArrayList<>();
			List<SqlParameterSource> people = new ArrayList<>();
			for (Home h : plan.homes) {
				homes.add(new MapSqlParameterSource().addValue("id", h.id).addValue("c", county.id()).addValue("v", v.id())
					.addValue("g", h.group.id()).addValue("path", v.scopePath()).addValue("no", h.no)
					.addValue("address", h.address).addValue("category", h.category.name()).addValue("now", now));
				for (Person p : h.members) {
					people.add(new MapSqlParameterSource().addValue("id", p.id).addValue("c", county.id())
						.addValue("h", h.id).addValue("v", v.id()).addValue("path", v.scopePath())
						.addValue("name", p.name()).addValue("gender", p.gender.name()).addValue("birth", p.birth)
						.addValue("idc", cipher.encrypt(p.idNumber)).addValue("idi", cipher.blindIndex(p.idNumber))
						.addValue("pc", cipher.encrypt(p.phone)).addValue("pi", cipher.blindIndex(p.phone))
						.addValue("relation", p.relation.name()).addValue("education", p.education.name())
						.addValue("health", p.health.name()).addValue("criminal", p.criminal).addValue("note", p.note)
						.addValue("now", now));
				}
			}
			named.batchUpdate("""
					insert into household (id, county_id, village_id, group_id, scope_path, household_no, address,
					  category, created_at, version)
					values (:id, :c, :v, :g, :path, :no, :address, :category, :now, 0)""",
					homes.toArray(SqlParameterSource[]::new));
			named.batchUpdate("""
					insert into resident (id, county_id, household_id, village_id, scope_path, name, gender, birth_date,
					  id_cipher, id_index, phone_cipher, phone_index, relation, education, health, criminal_record, note,
					  created_at, version)
					values (:id, :c, :h, :v, :path, :name, :gender, :birth, :idc, :idi, :pc, :pi, :relation, :education,
					  :health, :criminal, :note, :now, 0)""", people.toArray(SqlParameterSource[]::new));
			households += homes.size();
			residents += people.size();
		}

		/** 桃源镇's villages: the township leader in charge and the police liaison. */
		private void assignLeaders() {
			var leader = users.findByUsername("taoyuan.leader");
			var liaison = users.findByUsername("police.liaison");
			for (Plan plan : plans) {
				if (!plan.village.taoyuan()) {
					continue;
				}
				leader.ifPresent(u -> jdbc.sql("update admin_unit set leader_user_id = :u where id = :v")
					.param("u", u.id()).param("v", plan.village.id()).update());
				liaison.ifPresent(u -> jdbc.sql("update admin_unit set police_liaison_user_id = :u where id = :v")
					.param("u", u.id()).param("v", plan.village.id()).update());
			}
		}

		// ----- organizations -----

		private void organizations(Plan plan) {
			Village v = plan.village;
			long security = committee(plan, OrganizationType.SECURITY_COMMITTEE, v.name() + "治保会", "MEMBER");
			if (v.code().equals(SHIQIAO)) {
				changeStatus(v, security, OrganizationStatus.ACTIVE, OrganizationStatus.PARALYZED, "主任外出务工，半年未开展工作");
			}
			committee(plan, OrganizationType.MEDIATION_COMMITTEE, v.name() + "调委会", "MEDIATOR");
			if (v.taoyuan()) {
				patrol(plan, OrganizationType.FULL_TIME_PATROL, v.name() + "专职巡逻队", Remuneration.SALARY, between(4, 8));
			}
			else if (v.code().equals(BAISHA)) {
				organization(v, OrganizationType.VOLUNTARY_PATROL, v.name() + "义务巡逻队", established(2016, 2022));
			}
			else {
				long patrol = patrol(plan, OrganizationType.VOLUNTARY_PATROL, v.name() + "义务巡逻队", Remuneration.VOLUNTEER,
						between(4, 8));
				if (v.code().equals(HUANGTULING)) {
					overAgeMembers(plan, patrol);
				}
			}
			if (DEFENSE_VILLAGES.contains(v.code())) {
				patrol(plan, OrganizationType.VILLAGE_DEFENSE, v.name() + "护村队", Remuneration.LOST_WORK_SUBSIDY,
						between(3, 6));
			}
			if (v.code().equals(DONGSHAN)) {
				tenHouseholdGroups(plan);
			}
			if (v.code().equals(XINGHUA)) {
				securityContract(plan);
			}
		}

		/** A committee: a director, a deputy and two to four members (mediators in a mediation committee). */
		private long committee(Plan plan, OrganizationType type, String name, String memberPost) {
			LocalDate established = established(2010, 2020);
			long org = organization(plan.village, type, name, established);
			Set<Long> inOrg = new HashSet<>();
			Predicate<Person> settled = p -> p.age >= 35 && p.age <= 60;
			Person director = plan.reserved.get(type + ":DIRECTOR");
			if (director == null) {
				director = pick(plan, posts.get("DIRECTOR"), plan.adults, settled, inOrg);
			}
			appoint(plan, org, inOrg, director, posts.get("DIRECTOR"), Remuneration.SALARY, since(established));
			appoint(plan, org, inOrg, pick(plan, posts.get("DEPUTY"), plan.adults, settled, inOrg), posts.get("DEPUTY"),
					Remuneration.LOST_WORK_SUBSIDY, since(established));
			int members = between(2, 4);
			Person named = plan.reserved.get(type + ":" + memberPost);
			if (named != null) {
				appoint(plan, org, inOrg, named, posts.get(memberPost), Remuneration.LOST_WORK_SUBSIDY, since(established));
				members--;
			}
			for (int i = 0; i < members; i++) {
				appoint(plan, org, inOrg, pick(plan, posts.get(memberPost), plan.adults, p -> p.age >= 30, inOrg),
						posts.get(memberPost), Remuneration.LOST_WORK_SUBSIDY, since(established));
			}
			return org;
		}

		/** A patrol or village defense team: a leader and some members, mostly men of working age. */
		private long patrol(Plan plan, OrganizationType type, String name, Remuneration pay, int members) {
			LocalDate established = established(2016, 2022);
			long org = organization(plan.village, type, name, established);
			Set<Long> inOrg = new HashSet<>();
			Predicate<Person> fit = p -> p.gender == Gender.MALE && p.age <= 50;
			Person leader = plan.reserved.get(type + ":TEAM_LEADER");
			if (leader == null) {
				leader = pick(plan, posts.get("TEAM_LEADER"), plan.adults, fit.and(p -> p.age >= 30), inOrg);
			}
			appoint(plan, org, inOrg, leader, posts.get("TEAM_LEADER"), pay, since(established));
			Person named = plan.reserved.get(type + ":PATROL_MEMBER");
			if (named != null) {
				appoint(plan, org, inOrg, named, posts.get("PATROL_MEMBER"), pay, since(established));
				members--;
			}
			for (int i = 0; i < members; i++) {
				appoint(plan, org, inOrg, pick(plan, posts.get("PATROL_MEMBER"), plan.adults, fit, inOrg),
						posts.get("PATROL_MEMBER"), pay, since(established));
			}
			return org;
		}

		/** Two patrol members past the age limit, kept on from before with a recorded override. */
		private void overAgeMembers(Plan plan, long org) {
			PostRule post = posts.get("PATROL_MEMBER");
			int added = 0;
			for (Person p : plan.adults) {
				if (added == 2) {
					break;
				}
				if (p.gender == Gender.MALE && p.age > 60 && p.age <= 68 && !p.away() && !plan.taken.contains(p.id)
						&& post.failures(p).equals(List.of(ThreeChecks.Failure.AGE))) {
					plan.taken.add(p.id);
					LocalDate start = today.minusMonths(between(30, 40));
					LocalDate established = establishedOn.get(org);
					appointmentRows.add(appointment(plan.village, org, p, post, Remuneration.VOLUNTEER,
							start.isBefore(established) ? established : start, "AGE", "历史任职，待换届调整", OVERRIDDEN_BY));
					added++;
				}
			}
			if (added < 2) {
				throw new IllegalStateException("too few older men in " + plan.village.code());
			}
		}

		/** 东山村's two ten-household groups of neighboring households in the first village group. */
		private void tenHouseholdGroups(Plan plan) {
			Village v = plan.village;
			List<Home> homes = plan.homes.stream()
				.filter(h -> h.group.equals(plan.groups.getFirst()) && dutyPerson(h) != null
						&& !substitutes(h, dutyPerson(h)).isEmpty())
				.limit(20).toList();
			if (homes.size() < 20) {
				throw new IllegalStateException("too few households for the ten-household groups of " + v.code());
			}
			PostRule leaderPost = posts.get("GROUP_LEADER");
			String[] names = { "十户联防第一组", "十户联防第二组" };
			for (int g = 0; g < 2; g++) {
				LocalDate established = LocalDate.of(2024, 3 + 2 * g, 1);
				long org = organization(v, OrganizationType.TEN_HOUSEHOLD, v.name() + names[g], established);
				List<Person> pool = new ArrayList<>();
				int order = 1;
				for (Home h : homes.subList(10 * g, 10 * g + 10)) {
					Person duty = dutyPerson(h);
					pool.add(duty);
					jdbc.sql("""
							insert into joint_defense_household (org_id, household_id, county_id, rotation_order, duty_resident_id)
							values (:o, :h, :c, :n, :r)""")
						.param("o", org).param("h", h.id).param("c", county.id()).param("n", order++).param("r", duty.id)
						.update();
					List<Person> substitutes = substitutes(h, duty);
					int count = Math.min(substitutes.size(), between(1, 2));
					for (int rank = 1; rank <= count; rank++) {
						jdbc.sql("""
								insert into joint_defense_substitute (org_id, household_id, resident_id, county_id, rank)
								values (:o, :h, :r, :c, :rank)""")
							.param("o", org).param("h", h.id).param("r", substitutes.get(rank - 1).id).param("c", county.id())
							.param("rank", rank).update();
					}
				}
				appoint(plan, org, new HashSet<>(), pick(plan, leaderPost, pool, p -> p.age >= 35, Set.of()), leaderPost,
						Remuneration.VOLUNTEER, since(established));
			}
		}

		/** Who stands a household's duty: the head if able, else another adult at home. */
		private Person dutyPerson(Home h) {
			return h.members.stream().filter(p -> p.relation == Relation.HEAD).filter(this::canStandDuty).findFirst()
				.orElse(h.members.stream().filter(this::canStandDuty).findFirst().orElse(null));
		}

		private boolean canStandDuty(Person p) {
			return p.age >= 18 && p.age <= 70 && !p.away();
		}

		private List<Person> substitutes(Home h, Person duty) {
			return h.members.stream().filter(p -> p != duty && p.age >= 18 && p.age <= 75 && !p.away()).toList();
		}

		/** 杏花村's security contract for the orchard area, with two contractors and quarterly payments. */
		private void securityContract(Plan plan) {
			Village v = plan.village;
			long org = organization(v, OrganizationType.SECURITY_CONTRACT, v.name() + "治安承包组", LocalDate.of(2025, 12, 20));
			PostRule post = posts.get("CONTRACTOR");
			Set<Long> inOrg = new HashSet<>();
			Predicate<Person> fit = p -> p.gender == Gender.MALE && p.age >= 30 && p.age <= 55;
			Person first = pick(plan, post, plan.adults, fit, inOrg);
			Person second = pick(plan, post, plan.adults, fit, inOrg);
			LocalDate start = LocalDate.of(2026, 1, 1);
			long contract = ids.next();
			long fee = 2_400_000L;
			jdbc.sql("""
					insert into security_contract (id, county_id, org_id, scope_path, contract_no, area, period_start,
					  period_end, duties, rights, fee_fen, patrols_per_week, status, created_at, version)
					values (:id, :c, :o, :path, :no, :area, :start, :end, :duties, :rights, :fee, 5, 'ACTIVE', :now, 0)""")
				.param("id", contract).param("c", county.id()).param("o", org).param("path", v.scopePath())
				.param("no", "YX-XHC-2026-01").param("area", CONTRACT_AREA).param("start", start)
				.param("end", LocalDate.of(2026, 12, 31)).param("duties", CONTRACT_DUTIES).param("rights", CONTRACT_RIGHTS)
				.param("fee", fee).param("now", now).update();
			for (Person party : List.of(first, second)) {
				jdbc.sql("insert into security_contract_party (contract_id, resident_id, county_id) values (:k, :r, :c)")
					.param("k", contract).param("r", party.id).param("c", county.id()).update();
				appoint(plan, org, inOrg, party, post, Remuneration.SALARY, start.isAfter(today) ? today : start);
			}
			for (Group group : plan.groups.subList(2, 4)) {
				jdbc.sql("insert into security_contract_area_group (contract_id, group_id, county_id) values (:k, :g, :c)")
					.param("k", contract).param("g", group.id()).param("c", county.id()).update();
			}
			for (int quarter = 0; quarter < 4; quarter++) {
				jdbc.sql("""
						insert into security_contract_payment (contract_id, seq, county_id, due_on, amount_fen)
						values (:k, :s, :c, :due, :amount)""")
					.param("k", contract).param("s", quarter + 1).param("c", county.id())
					.param("due", LocalDate.of(2026, 1 + 3 * quarter, 10)).param("amount", fee / 4).update();
			}
		}

		private long organization(Village v, OrganizationType type, String name, LocalDate established) {
			long id = ids.next();
			jdbc.sql("""
					insert into prevention_org (id, county_id, village_id, scope_path, org_type, name, status, established_on,
					  created_at, version)
					values (:id, :c, :v, :path, :type, :name, 'ACTIVE', :on, :now, 0)""")
				.param("id", id).param("c", county.id()).param("v", v.id()).param("path", v.scopePath())
				.param("type", type.name()).param("name", name).param("on", established).param("now", now).update();
			history(v, id, null, OrganizationStatus.ACTIVE, "established");
			establishedOn.put(id, established);
			organizations++;
			return id;
		}

		private void changeStatus(Village v, long org, OrganizationStatus from, OrganizationStatus to, String reason) {
			jdbc.sql("update prevention_org set status = :s where id = :id").param("s", to.name()).param("id", org).update();
			history(v, org, from, to, reason);
		}

		private void history(Village v, long org, OrganizationStatus from, OrganizationStatus to, String reason) {
			jdbc.sql("""
					insert into org_status_change (id, county_id, org_id, scope_path, from_status, to_status, reason,
					  changed_by, changed_at)
					values (:id, :c, :o, :path, :from, :to, :reason, 'system', :now)""")
				.param("id", ids.next()).param("c", county.id()).param("o", org).param("path", v.scopePath())
				.param("from", from == null ? null : from.name()).param("to", to.name()).param("reason", reason)
				.param("now", now).update();
		}

		/**
		 * The first resident of the pool (in its fixed order) who passes the post's checks, is at home and
		 * holds no other demo post in the village (nor this organization's), preferring those who also fit.
		 */
		private Person pick(Plan plan, PostRule post, List<Person> pool, Predicate<Person> prefer, Set<Long> inOrg) {
			Person fallback = null;
			for (Person p : pool) {
				if (p.away() || plan.taken.contains(p.id) || inOrg.contains(p.id) || !post.passes(p)) {
					continue;
				}
				if (prefer.test(p)) {
					plan.taken.add(p.id);
					return p;
				}
				if (fallback == null) {
					fallback = p;
				}
			}
			if (fallback == null) {
				throw new IllegalStateException("no candidate for " + post.code() + " in " + plan.village.code());
			}
			plan.taken.add(fallback.id);
			return fallback;
		}

		private void appoint(Plan plan, long org, Set<Long> inOrg, Person p, PostRule post, Remuneration pay,
				LocalDate start) {
			if (!inOrg.add(p.id) || !post.passes(p)) {
				throw new IllegalStateException("demo appointment would break a rule: " + post.code());
			}
			plan.taken.add(p.id);
			appointmentRows.add(appointment(plan.village, org, p, post, pay, start, null, null, null));
		}

		private MapSqlParameterSource appointment(Village v, long org, Person p, PostRule post, Remuneration pay,
				LocalDate start, String failed, String reason, String by) {
			return new MapSqlParameterSource().addValue("id", ids.next()).addValue("c", county.id()).addValue("o", org)
				.addValue("r", p.id).addValue("path", v.scopePath()).addValue("post", post.code())
				.addValue("duties", post.duties()).addValue("pay", pay.name()).addValue("start", start)
				.addValue("failed", failed).addValue("reason", reason).addValue("by", by).addValue("now", now);
		}

		/** When an organization was set up: a fixed day in the given years. */
		private LocalDate established(int fromYear, int toYear) {
			return LocalDate.of(between(fromYear, toYear), between(1, 12), between(1, 28));
		}

		/** A start of service some months ago, not before the organization existed. */
		private LocalDate since(LocalDate established) {
			LocalDate start = today.minusMonths(between(2, 36)).minusDays(between(0, 27));
			return start.isBefore(established) ? established : start;
		}

		// ----- random helpers -----

		private int between(int low, int high) {
			return low + rnd.nextInt(high - low + 1);
		}

		private boolean chance(double p) {
			return rnd.nextDouble() < p;
		}

		private String surname() {
			return SURNAMES[rnd.nextInt(SURNAMES.length)];
		}

		private Gender gender() {
			return chance(0.52) ? Gender.MALE : Gender.FEMALE;
		}

		private Gender opposite(Gender gender) {
			return gender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
		}
	}
}
