package org.qunfang.organization.bodies;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qunfang.organization.Education;
import org.qunfang.organization.OrganizationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's settings a new county starts with: the kinds of matters, which organization type owns
 * which (duty scopes), and the posts with their written duties and "three checks". The county
 * administrator may change them afterwards.
 */
@Component
public class RegistryDefaults {

	/** Matter kinds and whether one organization of a village owns each alone. */
	static final Map<String, Boolean> MATTER_KINDS = Map.of("INSPECTION", true, "CASE_REGISTER", true,
			"SUGGESTION_BOOK", true, "SITUATION_REPORT", true, "DISPUTE", true, "PATROL", true, "VILLAGE_GUARD", true,
			"HOUSEHOLD_WATCH", false, "CONTRACTED_AREA", false);

	static final Map<OrganizationType, Set<String>> DUTY_SCOPES = Map.of(
			OrganizationType.SECURITY_COMMITTEE, Set.of("INSPECTION", "CASE_REGISTER", "SUGGESTION_BOOK", "SITUATION_REPORT"),
			OrganizationType.MEDIATION_COMMITTEE, Set.of("DISPUTE"),
			OrganizationType.FULL_TIME_PATROL, Set.of("PATROL"),
			OrganizationType.VOLUNTARY_PATROL, Set.of("PATROL"),
			OrganizationType.VILLAGE_DEFENSE, Set.of("VILLAGE_GUARD"),
			OrganizationType.TEN_HOUSEHOLD, Set.of("HOUSEHOLD_WATCH"),
			OrganizationType.SECURITY_CONTRACT, Set.of("CONTRACTED_AREA"));

	/** A post: code, names, duties, and its checks (age range, minimum schooling, health, conduct). */
	record PostDefault(String code, String nameZh, String nameEn, String dutiesZh, String dutiesEn, Integer minAge,
			Integer maxAge, Education minEducation, boolean goodHealth, boolean noCriminalRecord) {
	}

	static final List<PostDefault> POSTS = List.of(
			new PostDefault("DIRECTOR", "主任", "Director", "主持本组织全面工作，组织例会，落实防范措施，向村委会和乡镇报告工作。",
					"Leads the organization, holds its regular meetings, sees prevention measures through and reports to the village committee and township.",
					25, 65, Education.JUNIOR_HIGH, true, true),
			new PostDefault("DEPUTY", "副主任", "Deputy director", "协助主任工作，主任不在时代行其职责。",
					"Assists the director and stands in when the director is away.", 25, 65, Education.JUNIOR_HIGH, true, true),
			new PostDefault("MEMBER", "委员", "Member", "按分工负责安全检查、登记和宣传，参加例会和培训。",
					"Takes on inspections, registers and public education as assigned; attends meetings and training.",
					20, 65, Education.PRIMARY, true, true),
			new PostDefault("MEDIATOR", "调解员", "Mediator", "受理和调解矛盾纠纷，制作调解协议，做好回访。",
					"Takes in and mediates disputes, draws up agreements and visits the parties afterwards.",
					25, 70, Education.JUNIOR_HIGH, false, true),
			new PostDefault("TEAM_LEADER", "队长", "Team leader", "带队巡逻，安排班次，检查队员到岗和巡逻记录。",
					"Leads patrols, arranges shifts, checks attendance and the patrol register.",
					22, 55, Education.JUNIOR_HIGH, true, true),
			new PostDefault("PATROL_MEMBER", "巡逻队员", "Patrol member", "按排班巡逻值守，发现情况及时报告并登记。",
					"Patrols and stands duty as scheduled; reports and registers what is found.",
					18, 60, null, true, true),
			new PostDefault("GROUP_LEADER", "联防组长", "Joint defense group leader", "组织本组各户轮流值守，安排替班，记录换班。",
					"Organizes the households' turns of duty, arranges substitutes and records swaps.",
					18, 70, null, false, true),
			new PostDefault("CONTRACTOR", "承包人", "Contractor", "按承包合同负责承包区域的治安防范，完成约定巡逻。",
					"Keeps order in the contracted area as the contract says and carries out the agreed patrols.",
					22, 60, null, true, true));

	private final JdbcClient jdbc;

	RegistryDefaults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Gives a county the default settings, if it has none yet. */
	public void apply(long countyId) {
		if (jdbc.sql("select count(*) from matter_kind where county_id = :c").param("c", countyId).query(Long.class)
			.single() > 0) {
			return;
		}
		MATTER_KINDS.forEach((code, exclusive) -> jdbc
			.sql("insert into matter_kind (county_id, code, exclusive) values (:c, :code, :x)")
			.param("c", countyId).param("code", code).param("x", exclusive).update());
		DUTY_SCOPES.forEach((type, kinds) -> kinds.forEach(kind -> jdbc
			.sql("insert into duty_scope (county_id, org_type, matter_kind) values (:c, :t, :k)")
			.param("c", countyId).param("t", type.name()).param("k", kind).update()));
		for (PostDefault p : POSTS) {
			jdbc.sql("""
					insert into post (county_id, code, name_zh, name_en, duties_zh, duties_en, min_age, max_age,
					  min_education, good_health, no_criminal_record)
					values (:c, :code, :zh, :en, :dzh, :den, :min, :max, :edu, :health, :conduct)""")
				.param("c", countyId).param("code", p.code()).param("zh", p.nameZh()).param("en", p.nameEn())
				.param("dzh", p.dutiesZh()).param("den", p.dutiesEn()).param("min", p.minAge()).param("max", p.maxAge())
				.param("edu", p.minEducation() == null ? null : p.minEducation().name()).param("health", p.goodHealth())
				.param("conduct", p.noCriminalRecord()).update();
		}
	}
}
