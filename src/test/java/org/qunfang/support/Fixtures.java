package org.qunfang.support;

import java.util.LinkedHashMap;
import java.util.Map;

import java.time.LocalDate;
import java.util.List;

import org.qunfang.identity.Caller;
import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.PermissionDefinition;
import org.qunfang.identity.Role;
import org.qunfang.identity.internal.RolePermissions;
import org.qunfang.organization.Education;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.Relation;
import org.qunfang.organization.Remuneration;
import org.qunfang.organization.bodies.Appointments;
import org.qunfang.organization.bodies.JointDefense;
import org.qunfang.organization.bodies.NewAppointment;
import org.qunfang.organization.bodies.NewContract;
import org.qunfang.organization.bodies.NewOrganization;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.bodies.SecurityContracts;
import org.qunfang.organization.imports.RegisterImports;
import org.qunfang.organization.registry.HouseholdRegister;
import org.qunfang.organization.registry.NewHousehold;
import org.qunfang.organization.registry.NewResident;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.identity.internal.AccountSeeding;
import org.qunfang.identity.internal.UserAccount;
import org.qunfang.identity.internal.UserAccounts;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;

/**
 * The test county (Object Mother): county T with township T1 (villages A and B) and township T2
 * (village C), and a user per role that the tests need, all with {@link #PASSWORD}.
 */
public class Fixtures {

	public static final String PASSWORD = "Test-pass-2026";
	public static final String PHONE_OF_A_PATROL = "13912345678";
	/** A valid ID number (born 1986-05-04, male) for the head of village A's household. */
	public static final String ID_OF_A_HEAD = idNumber("43072119860504123");
	public static final String ID_OF_A_SECOND = idNumber("43072119900101234");

	/** A valid ID number: the 17 digits given and their GB 11643 check digit. */
	public static String idNumber(String first17) {
		return first17 + org.qunfang.organization.ResidentIdNumber.checkDigitFor(first17);
	}

	private final AdminUnits units;
	private final ScopeDirectory scopes;
	private final AccountSeeding seeding;
	private final UserAccounts accounts;
	private final Map<String, Long> ids = new LinkedHashMap<>();

	private final JdbcClient jdbc;
	private final RolePermissions permissions;
	private final HouseholdRegister register;
	private final PreventionOrganizations organizations;
	private final Appointments appointments;
	private final JointDefense jointDefense;
	private final SecurityContracts contracts;
	private final RegisterImports imports;
	private final org.springframework.security.core.userdetails.UserDetailsService userDetails;
	private final org.springframework.context.ApplicationContext context;

	public Fixtures(AdminUnits units, ScopeDirectory scopes, AccountSeeding seeding, UserAccounts accounts, JdbcClient jdbc,
			RolePermissions permissions, HouseholdRegister register, PreventionOrganizations organizations,
			Appointments appointments, JointDefense jointDefense, SecurityContracts contracts, RegisterImports imports,
			org.springframework.security.core.userdetails.UserDetailsService userDetails,
			org.springframework.context.ApplicationContext context) {
		this.context = context;
		this.userDetails = userDetails;
		this.units = units;
		this.scopes = scopes;
		this.seeding = seeding;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.register = register;
		this.organizations = organizations;
		this.appointments = appointments;
		this.jointDefense = jointDefense;
		this.contracts = contracts;
		this.imports = imports;
	}

	/** Creates the county once per test database; later calls only look it up. */
	public synchronized Fixtures ensure() {
		if (!ids.isEmpty()) {
			return this;
		}
		AdminUnit county = units.counties().stream().filter(c -> c.code().equals("T")).findFirst()
			.orElseGet(() -> build());
		ids.put("county", county.id());
		for (String code : new String[] { "T1", "T2", "A", "B", "C" }) {
			ids.put(code, scopes.byCode(county.id(), code).orElseThrow().id());
		}
		registry(county.id());
		cases();
		inspections();
		suggestionBook();
		patrol();
		patrolRun(county.id());
		funds();
		charges();
		insurance();
		disclosure();
		if (!ids.containsKey("notificationA")) {
			ScopeUnit a = scopes.find(ids.get("A")).orElseThrow();
			ids.put("notificationA", bean(org.qunfang.identity.Notifications.class).send(county.id(), a.homePath(), List.of(), "notifications.title", List.of(),
					"/notifications"));
		}
		for (String user : new String[] { "t.admin", "t1.officer", "t2.officer", "a.director", "a.security",
				"a.patrol", "b.director", "b.security", "a.newcomer", "a.guard", "t1.finance", "t1.leader" }) {
			ids.put(user, accounts.findByUsername(user).orElseThrow().id());
		}
		return this;
	}

	private AdminUnit build() {
		AdminUnit county = units.createCounty("T", "测试县", "Test County");
		AdminUnit t1 = units.createTownship(county.id(), "T1", "一号镇", "Township One");
		AdminUnit t2 = units.createTownship(county.id(), "T2", "二号乡", "Township Two");
		AdminUnit a = units.createVillage(t1.id(), "A", "甲村", "Village A");
		AdminUnit b = units.createVillage(t1.id(), "B", "乙村", "Village B");
		units.createVillage(t2.id(), "C", "丙村", "Village C");
		seed("t.admin", "测试管理员", Role.COUNTY_ADMIN, county.id(), false);
		seed("t1.officer", "一号镇综治办", Role.TOWNSHIP_OFFICER, t1.id(), false);
		seed("t2.officer", "二号乡综治办", Role.TOWNSHIP_OFFICER, t2.id(), false);
		seed("a.director", "甲村主任", Role.VILLAGE_DIRECTOR, a.id(), false);
		seed("a.security", "甲村治保主任", Role.SECURITY_DIRECTOR, a.id(), false);
		seeding.seed("a.patrol", "甲村巡逻队员", Role.PATROL_MEMBER, scopes.find(a.id()).orElseThrow(), PASSWORD, false,
				PHONE_OF_A_PATROL);
		seed("b.director", "乙村主任", Role.VILLAGE_DIRECTOR, b.id(), false);
		seed("b.security", "乙村治保主任", Role.SECURITY_DIRECTOR, b.id(), false);
		seed("a.newcomer", "甲村新账户", Role.SECURITY_DIRECTOR, a.id(), true);
		seed("a.guard", "甲村治保主任 张卫东", Role.SECURITY_DIRECTOR, a.id(), false);
		seed("t1.finance", "一号镇财政所", Role.FINANCE_OFFICER, t1.id(), false);
		seed("t1.leader", "一号镇包村领导", Role.TOWNSHIP_LEADER, t1.id(), false);
		seed("t1.leader2", "一号镇分管领导", Role.TOWNSHIP_LEADER, t1.id(), false);
		return county;
	}

	/** Village A's books: a patrol fund with 5,000 yuan, and an open proposal of 300 yuan for patrol wages. */
	private void funds() {
		var fund = jdbc.sql("select id from fund where name = '甲村巡逻经费'").query(Long.class).optional();
		if (fund.isPresent()) {
			ids.put("fundA", fund.get());
			ids.put("entryA", jdbc.sql("select min(id) from ledger_entry where village_id = :v and kind = 'INCOME'")
				.param("v", ids.get("A")).query(Long.class).single());
			ids.put("proposalA", jdbc.sql("select min(id) from fund_proposal where description = '甲村八月巡逻工资'")
				.query(Long.class).single());
			ids.put("proposalDocA", jdbc.sql("select min(attachment_id) from fund_proposal_document where proposal_id = :p")
				.param("p", ids.get("proposalA")).query(Long.class).single());
			return;
		}
		long entry = bean(org.qunfang.funds.ledger.Ledger.class).bookIncome(caller("t1.finance"), ids.get("A"),
				new org.qunfang.funds.ledger.Ledger.Income(null, "甲村巡逻经费", org.qunfang.funds.ledger.FundSource.TOWNSHIP_FINANCE,
						java.util.Set.of("PATROL_WAGES", "TOOLS"), org.qunfang.platform.Money.fen(500_000), null, "一号镇财政所",
						"乡镇财政拨付巡逻经费"));
		ids.put("entryA", entry);
		ids.put("fundA", jdbc.sql("select id from fund where name = '甲村巡逻经费'").query(Long.class).single());
		ids.put("proposalA", bean(org.qunfang.funds.approval.Proposals.class).propose(caller("a.director"), ids.get("A"),
				new org.qunfang.funds.approval.Proposals.NewProposal(org.qunfang.funds.approval.ProposalKind.EXPENSE,
						"PATROL_WAGES", "甲村巡逻队", org.qunfang.platform.Money.fen(30_000), "甲村八月巡逻工资", null),
				List.of(new org.qunfang.funds.approval.Proposals.Document("receipt.png", png()))));
		ids.put("proposalDocA", jdbc.sql("select min(attachment_id) from fund_proposal_document where proposal_id = :p")
			.param("p", ids.get("proposalA")).query(Long.class).single());
	}

	/**
	 * Village A's levy (一事一议) for this year, approved by the township leader and billed (10 yuan a person),
	 * with a payment of 5 yuan against the bill of household A-0001 (so it is in arrears).
	 */
	private void charges() {
		var found = jdbc.sql("select id from fund_charge where title = '甲村修村口路灯'").query(Long.class).optional();
		if (found.isEmpty()) {
			var levies = bean(org.qunfang.funds.levy.Levies.class);
			int year = bean(org.qunfang.funds.ledger.Ledger.class).today().getYear();
			long levy = levies.propose(caller("a.director"), ids.get("A"), new org.qunfang.funds.levy.Levies.NewLevy("TOOLS",
					"甲村修村口路灯", org.qunfang.platform.Money.fen(300_000), org.qunfang.platform.Money.fen(1_000), year));
			levies.recordMeeting(caller("a.director"), levy, new org.qunfang.funds.levy.Levies.MeetingEntry(
					bean(org.qunfang.funds.ledger.Ledger.class).today(), 30, 25, null, 22, 2, 1));
			levies.approve(caller("t1.leader"), levy, null);
			bean(org.qunfang.funds.fees.Bills.class).generate(caller("a.director"), levy);
			found = java.util.Optional.of(levy);
		}
		ids.put("levyA", found.get());
		ids.put("billA", jdbc.sql("select id from fund_bill where charge_id = :c and household_id = :h")
			.param("c", found.get()).param("h", ids.get("householdA")).query(Long.class).single());
		ids.put("paymentA", jdbc.sql("select id from fund_payment where client_key = 'fixture-payment-a'").query(Long.class)
			.optional().orElseGet(() -> bean(org.qunfang.funds.fees.Payments.class).record(caller("a.director"), ids.get("billA"),
					new org.qunfang.funds.fees.Payments.NewPayment("fixture-payment-a", org.qunfang.platform.Money.fen(500),
							org.qunfang.funds.fees.PaymentMethod.CASH, null, null)).paymentId()));
	}

	/** Village A's accident insurance policy for 甲村张三, a member of its security committee. */
	private void insurance() {
		ids.put("policyA", jdbc.sql("select id from fund_insurance_policy where policy_no = 'A-INS-0001'").query(Long.class)
			.optional().orElseGet(() -> {
				LocalDate start = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(200);
				return bean(org.qunfang.funds.insurance.InsurancePolicies.class).add(caller("a.director"), ids.get("A"),
						ids.get("residentA"), new org.qunfang.funds.insurance.PolicyTerms(
								org.qunfang.funds.insurance.InsuranceKind.ACCIDENT, "一号镇人寿保险营业部", "A-INS-0001", start,
								start.plusYears(1).minusDays(1), org.qunfang.platform.Money.fen(36_000)));
			}));
	}

	/** Village A's statement for last month, published by the township, and a villager's question on its opening line. */
	private void disclosure() {
		var published = jdbc.sql("select id from disclosure_statement where village_id = :v order by leaf_index")
			.param("v", ids.get("A")).query(Long.class).list().stream().findFirst();
		long statement = published.orElseGet(() -> bean(org.qunfang.disclosure.publication.Publications.class).publish(
				caller("t1.finance"), ids.get("A"), new org.qunfang.disclosure.publication.Publications.NewPublication(
						java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1).toString(), null, null)));
		ids.put("statementA", statement);
		ids.put("questionA", jdbc.sql("select id from disclosure_question where statement_id = :s order by id")
			.param("s", statement).query(Long.class).list().stream().findFirst()
			.orElseGet(() -> bean(org.qunfang.disclosure.publication.Questions.class).ask(statement,
					new org.qunfang.disclosure.publication.Questions.Asking(9, "甲村期初余额为什么是这个数？", "甲村赵六"))));
	}

	/** Village A's register: a household with its head, a security committee, a joint defense group, a contract. */
	private void registry(long countyId) {
		if (!ids.containsKey("householdA")) {
			var found = jdbc.sql("select id from household where household_no = 'A-0001'").query(Long.class).optional();
			if (found.isPresent()) {
				ids.put("householdA", found.get());
				for (String[] row : new String[][] { { "residentA", "select id from resident where name = '甲村张三'" },
						{ "orgA", "select id from prevention_org where name = '甲村治保会'" },
						{ "jointA", "select id from prevention_org where name = '甲村十户联防'" },
						{ "contractOrgA", "select id from prevention_org where name = '甲村治安承包'" },
						{ "appointmentA", "select min(id) from appointment where org_id = (select id from prevention_org where name = '甲村治保会')" },
						{ "contractA", "select id from security_contract where contract_no = 'A-2026-1'" },
						{ "importA", "select min(id) from register_import where file_name = 'a.csv'" },
						{ "groupA", "select id from village_group where code = 'A1'" } }) {
					ids.put(row[0], jdbc.sql(row[1]).query(Long.class).single());
				}
				return;
			}
		}
		ScopeUnit county = scopes.find(countyId).orElseThrow();
		Caller admin = new Caller(accounts.findByUsername("t.admin").orElseThrow().id(), "t.admin", "测试管理员",
				Role.COUNTY_ADMIN, county.homePath(), Jurisdiction.of(county),
				permissions.catalog().stream().map(PermissionDefinition::code).collect(java.util.stream.Collectors.toSet()));
		long village = ids.get("A");
		ids.put("groupA", register.createGroup(admin, village, "A1", "甲村一组"));
		ids.put("householdA", register.createHousehold(admin, new NewHousehold(village, ids.get("groupA"), "A-0001", "甲村东街1号",
				HouseholdCategory.ORDINARY)));
		ids.put("residentA", register.addResident(admin, ids.get("householdA"), new NewResident("甲村张三", ID_OF_A_HEAD,
				"13700001111", Relation.HEAD, Education.JUNIOR_HIGH, Health.GOOD, false, null)));
		LocalDate established = LocalDate.of(2026, 1, 1);
		ids.put("orgA", organizations.create(admin, new NewOrganization(village, OrganizationType.SECURITY_COMMITTEE, "甲村治保会",
				established, List.of())));
		ids.put("appointmentA", appointments.appoint(admin, ids.get("orgA"), new NewAppointment(ids.get("residentA"), "MEMBER",
				Remuneration.LOST_WORK_SUBSIDY, established, null), java.util.Locale.SIMPLIFIED_CHINESE));
		ids.put("jointA", organizations.create(admin, new NewOrganization(village, OrganizationType.TEN_HOUSEHOLD, "甲村十户联防",
				established, List.of())));
		jointDefense.addHousehold(admin, ids.get("jointA"), ids.get("householdA"), ids.get("residentA"));
		ids.put("contractOrgA", organizations.create(admin, new NewOrganization(village, OrganizationType.SECURITY_CONTRACT,
				"甲村治安承包", established, List.of())));
		ids.put("contractA", contracts.create(admin, ids.get("contractOrgA"), new NewContract("A-2026-1", List.of(ids.get("residentA")),
				List.of(ids.get("groupA")), "甲村一组", established, LocalDate.of(2026, 12, 31), "巡逻", "报酬", 120000L, 3, List.of())));
		contracts.attachSigned(admin, ids.get("contractA"), "contract.pdf",
				"%PDF-1.4\n% signed contract\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		ids.put("importA", imports.check(admin, village, "a.csv", new java.io.ByteArrayInputStream(
				("户号,姓名,身份证号,与户主关系\nA-0002,甲村李四," + ID_OF_A_SECOND + ",户主\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.id());
	}

	/** A theft in village A with a photo, registered by its security director. */
	private void cases() {
		if (jdbc.sql("select count(*) from prevention_org where name = '乙村治保会'").query(Long.class).single() == 0) {
			organizations.create(caller("t1.officer"), new NewOrganization(ids.get("B"), OrganizationType.SECURITY_COMMITTEE,
					"乙村治保会", LocalDate.of(2026, 1, 1), List.of()));
		}
		var found = jdbc.sql("select id from case_record where summary = '甲村村口小卖部夜间被盗'").query(Long.class).optional();
		if (found.isPresent()) {
			ids.put("caseA", found.get());
		}
		else {
			var register = bean(org.qunfang.cases.register.CaseRegister.class);
			java.time.Instant now = bean(java.time.Clock.class).instant();
			ids.put("caseA", register.register(caller("a.security"), new org.qunfang.cases.register.NewCase(ids.get("A"), "THEFT",
					now.minus(java.time.Duration.ofHours(30)), null, ids.get("groupA"), "村口小卖部", null, null, "甲村村口小卖部夜间被盗",
					50_000, "甲村张三", org.qunfang.cases.register.CaseChannel.VILLAGER, null, null,
					List.of(new org.qunfang.cases.register.NewCase.NewParty(org.qunfang.cases.register.PartyRole.VICTIM, null,
							ids.get("residentA"), "13700001111", null)), true)));
			register.addPhoto(caller("a.security"), ids.get("caseA"), "shop.png", png());
		}
		ids.put("casePhotoA", jdbc.sql("select min(attachment_id) from case_photo where case_id = :c").param("c", ids.get("caseA"))
			.query(Long.class).single());
	}

	/**
	 * Village A's security inspection: a market checklist of the county, an inspection of 甲村农贸市场 two days
	 * ago with one failed item (an expired extinguisher, photographed) and its open rectification task.
	 */
	private void inspections() {
		var existing = jdbc.sql("select id from inspection where place_name = '甲村农贸市场'").query(Long.class).optional();
		if (existing.isEmpty()) {
			var templates = bean(org.qunfang.cases.inspection.ChecklistTemplates.class);
			long checklist = templates.create(caller("t.admin"), org.qunfang.cases.inspection.ChecklistKind.MARKET, "测试市场检查表",
					List.of("消防通道畅通", "灭火器在有效期内"));
			var items = templates.get(caller("t.admin"), checklist).items();
			LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(2);
			existing = java.util.Optional.of(bean(org.qunfang.cases.inspection.Inspections.class).record(caller("a.security"),
					new org.qunfang.cases.inspection.NewInspection(ids.get("A"), checklist, "甲村农贸市场", null, day, "甲村治保主任",
							"市场管理员", null, List.of(org.qunfang.cases.inspection.NewInspection.Answer.of(items.get(0).id(), true, null),
									org.qunfang.cases.inspection.NewInspection.Answer.of(items.get(1).id(), false, "灭火器过期"))),
					Map.of(items.get(1).id(), List.of(new org.qunfang.cases.inspection.Upload("extinguisher.png", png())))));
		}
		long inspection = existing.get();
		ids.put("inspectionA", inspection);
		ids.put("checklistA", jdbc.sql("select template_id from inspection where id = :i").param("i", inspection).query(Long.class).single());
		ids.put("rectificationA", jdbc.sql("select id from rectification where inspection_id = :i").param("i", inspection)
			.query(Long.class).single());
		ids.put("photoA", jdbc.sql("select min(attachment_id) from inspection_photo where inspection_id = :i").param("i", inspection)
			.query(Long.class).single());
	}

	/** Village A's patrol: a zone with a checkpoint, a day-duty pattern of its committee and a week's roster. */
	private void patrol() {
		var found = jdbc.sql("select id from patrol_zone where name = '甲村村口'").query(Long.class).optional();
		if (found.isEmpty()) {
			var zones = bean(org.qunfang.patrol.zones.PatrolZones.class);
			long zone = zones.createZone(caller("a.security"), ids.get("A"), "甲村村口", "村口到小卖部", 28.1, 112.9);
			zones.addCheckpoint(caller("a.security"), zone, "甲村小卖部", 28.1001, 112.9001);
			bean(org.qunfang.patrol.patterns.ShiftPatterns.class).create(caller("a.security"),
					new org.qunfang.patrol.patterns.ShiftPatterns.NewPattern(ids.get("orgA"), null, "甲村白天值班",
							org.qunfang.patrol.patterns.ShiftKind.DAY_DUTY, java.time.LocalTime.of(8, 0), java.time.LocalTime.of(17, 0),
							java.time.LocalTime.of(8, 0), java.time.LocalTime.of(17, 0), java.util.EnumSet.allOf(java.time.DayOfWeek.class),
							1, false, List.of(zone)));
			bean(org.qunfang.patrol.schedule.Schedules.class).build(caller("a.security"), ids.get("orgA"),
					LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8));
		}
		for (String[] row : new String[][] { { "zoneA", "select id from patrol_zone where name = '甲村村口'" },
				{ "shopCheckpointA", "select id from patrol_checkpoint where name = '甲村小卖部'" },
				{ "patternA", "select id from patrol_pattern where name = '甲村白天值班'" },
				{ "scheduleA", "select min(id) from patrol_schedule where org_id = (select id from prevention_org where name = '甲村治保会')" } }) {
			ids.put(row[0], jdbc.sql(row[1]).query(Long.class).single());
		}
		ids.put("shiftA", jdbc.sql("select min(id) from patrol_shift where schedule_id = :s").param("s", ids.get("scheduleA"))
			.query(Long.class).single());
	}

	/** A small real PNG photo (a grey picture with a red square), for tests that upload photos. */
	public static byte[] png() {
		var image = new java.awt.image.BufferedImage(160, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new java.awt.Color(0x8a, 0x9b, 0xa8));
		g.fillRect(0, 0, 160, 120);
		g.setColor(new java.awt.Color(0xb0, 0x30, 0x2a));
		g.fillRect(50, 30, 60, 60);
		g.dispose();
		var out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException impossible) {
			throw new java.io.UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}

	/**
	 * A second checkpoint of village A's zone, 甲村村口, and a patrol run its security director made there
	 * (ended, with a check-in and a photo).
	 */
	private void patrolRun(long countyId) {
		var zones = bean(org.qunfang.patrol.zones.PatrolZones.class);
		long village = ids.get("A");
		ids.put("checkpointA", zones.checkpointsOfVillage(countyId, village).stream().filter(k -> k.name().equals("甲村村口"))
			.findFirst().map(org.qunfang.patrol.zones.Checkpoint::id)
			.orElseGet(() -> zones.insertCheckpoint(zones.zonesOfVillage(countyId, village).stream()
				.filter(z -> z.id() == ids.get("zoneA")).findFirst().orElseThrow(), "甲村村口", null, null)));
		var runs = bean(org.qunfang.patrol.runs.PatrolRuns.class);
		Caller security = caller("a.security");
		var run = runs.start(security, "fixture-run-a", null, "甲村夜巡");
		if (run.active()) {
			runs.checkIn(security, checkpointToken("checkpointA"), "fixture-checkin-a", null, null, null, null);
			runs.addPhoto(security, run.id(), "fixture-photo-a", "patrol.png", png());
			runs.end(security, run.id(), null, null);
		}
		ids.put("runA", run.id());
		ids.put("runPhotoA", jdbc.sql("select min(attachment_id) from patrol_photo where run_id = :r").param("r", run.id())
			.query(Long.class).single());
	}

	/** The token printed on the QR code of a named checkpoint of the fixtures ({@code checkpointA}). */
	public String checkpointToken(String key) {
		var zones = bean(org.qunfang.patrol.zones.PatrolZones.class);
		long id = ids.get(key);
		return zones.token(zones.checkpointsOfVillage(ids.get("county"), ids.get("A")).stream().filter(k -> k.id() == id)
			.findFirst().orElseThrow());
	}

	/** A named suggestion in village A's book, awaiting its reply. */
	private void suggestionBook() {
		String content = "甲村村口路灯坏了一个月，晚上看不清路，请尽快修好。";
		ids.put("suggestionA", jdbc.sql("select id from suggestion where content = :c").param("c", content)
			.query(Long.class).list().stream().findFirst()
			.orElseGet(() -> bean(org.qunfang.cases.suggestion.SuggestionIntake.class).submit(ids.get("A"),
					new org.qunfang.cases.suggestion.NewSuggestion("SUGGESTION", content, false, "甲村王五", "13800001234"))
				.id()));
	}

	private UserAccount seed(String username, String name, Role role, long unitId, boolean mustChange) {
		ScopeUnit unit = scopes.find(unitId).orElseThrow();
		return seeding.seed(username, name, role, unit, PASSWORD, mustChange);
	}

	/** A patrol member's account in a village, found by the phone number on the duty roster; its id. */
	public long patrolMember(String username, String name, long villageId, String phone) {
		return accounts.findByUsername(username).map(UserAccount::id)
			.orElseGet(() -> seeding.seed(username, name, Role.PATROL_MEMBER, scopes.find(villageId).orElseThrow(), PASSWORD,
					false, phone).id());
	}

	/** The caller a signed-in user would be, for calling use cases directly. */
	public Caller caller(String username) {
		return ((org.qunfang.identity.internal.QunfangUser) userDetails.loadUserByUsername(username)).caller();
	}

	/** A new, empty village of township T1 for a test that needs a clean register. */
	/** A signed-in user of a role at a unit (made once), as a caller. */
	public Caller account(String username, String name, Role role, long unitId) {
		if (accounts.findByUsername(username).isEmpty()) {
			seed(username, name, role, unitId, false);
		}
		return caller(username);
	}

	public long newVillage(String code) {
		ensure();
		return units.createVillage(ids.get("T1"), code, "测试村" + code, "Village " + code).id();
	}

	/** A bean of the application, for fixtures of later modules. */
	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Every named record of the fixtures, for tests that address them by name. */
	public java.util.Map<String, Long> ids() {
		ensure();
		return java.util.Map.copyOf(ids);
	}

	public long id(String key) {
		ensure();
		return ids.get(key);
	}
}
