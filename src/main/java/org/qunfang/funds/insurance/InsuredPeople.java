package org.qunfang.funds.insurance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.bodies.Appointments;
import org.qunfang.organization.bodies.MemberView;
import org.qunfang.organization.bodies.Post;
import org.qunfang.organization.bodies.Posts;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.registry.RegisterQueries;
import org.qunfang.organization.registry.ResidentView;
import org.qunfang.platform.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Who a village insures, from the organization registry: its security director (治保主任, the director of
 * the security committee) and the long-serving staff of its prevention organizations — those serving at
 * least {@code qunfang.funds.insurance.long-service-years} (three by default) — or, by name, any resident
 * of the village.
 */
@Service
public class InsuredPeople {

	/** A serving member of one of the village's organizations, as the policy form offers them. */
	public record Candidate(long residentId, String name, int age, String orgName, OrganizationType orgType,
			String postCode, String postZh, String postEn, LocalDate since, int yearsServing, boolean securityDirector) {

		public String post(Locale locale) {
			return "en".equals(locale.getLanguage()) ? postEn : postZh;
		}
	}

	/** The insured person of a new policy: the resident and, if they serve, their organization and post. */
	record Insured(long residentId, String name, String orgName, String postCode) {
	}

	private final PreventionOrganizations organizations;
	private final Appointments appointments;
	private final Posts posts;
	private final RegisterQueries register;
	private final Clock clock;
	private final ZoneId zone;
	private final int longServiceYears;

	InsuredPeople(PreventionOrganizations organizations, Appointments appointments, Posts posts, RegisterQueries register,
			Clock clock, ZoneId displayZone, @Value("${qunfang.funds.insurance.long-service-years:3}") int longServiceYears) {
		this.organizations = organizations;
		this.appointments = appointments;
		this.posts = posts;
		this.register = register;
		this.clock = clock;
		this.zone = displayZone;
		this.longServiceYears = longServiceYears;
	}

	/** The village's security directors and long-serving staff, security directors first, then the longest serving. */
	public List<Candidate> candidates(Caller caller, FundVillage village) {
		return serving(caller, village).stream().filter(c -> c.securityDirector() || c.yearsServing() >= longServiceYears)
			.toList();
	}

	/** Residents of the village whose name or household number holds the query (at most 20). */
	public List<ResidentView> search(Caller caller, FundVillage village, String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return register.residentsOf(caller, village.id(), query, 20);
	}

	public int longServiceYears() {
		return longServiceYears;
	}

	/** Post code → the post's name in the reader's language, for the posts of the county. */
	public Map<String, String> postNames(long countyId, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		posts.all(countyId).forEach(p -> names.put(p.code(), p.name(locale)));
		return names;
	}

	/**
	 * The resident to insure: one of the village or a serving member of its organizations (a joint patrol
	 * may have members from next door); refused otherwise.
	 */
	Insured insured(Caller caller, FundVillage village, long residentId) {
		ResidentView resident = register.resident(caller, residentId);
		Optional<Candidate> serving = serving(caller, village).stream().filter(c -> c.residentId() == residentId).findFirst();
		if (resident.villageId() != village.id() && serving.isEmpty()) {
			throw new DomainException("error.funds.insurance.resident-elsewhere");
		}
		return new Insured(residentId, resident.name(), serving.map(Candidate::orgName).orElse(null),
				serving.map(Candidate::postCode).orElse(null));
	}

	/** Every serving member of the village's working organizations, each person once (their foremost post). */
	private List<Candidate> serving(Caller caller, FundVillage village) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		Map<String, Post> postsByCode = new LinkedHashMap<>();
		posts.all(village.countyId()).forEach(p -> postsByCode.put(p.code(), p));
		List<Candidate> all = new ArrayList<>();
		for (OrganizationRef org : organizations.list(caller, village.id(), null)) {
			if (org.status() == OrganizationStatus.DISSOLVED) {
				continue;
			}
			for (MemberView m : appointments.members(caller, org.id(), false)) {
				Post post = postsByCode.get(m.postCode());
				all.add(new Candidate(m.residentId(), m.name(), m.age(), org.name(), org.type(), m.postCode(),
						post == null ? m.postCode() : post.nameZh(), post == null ? m.postCode() : post.nameEn(), m.startDate(),
						Math.max(0, Period.between(m.startDate(), today).getYears()),
						org.type() == OrganizationType.SECURITY_COMMITTEE && "DIRECTOR".equals(m.postCode())));
			}
		}
		Map<Long, Candidate> once = new LinkedHashMap<>();
		all.stream()
			.sorted(Comparator.comparing(Candidate::securityDirector).reversed()
				.thenComparing(Comparator.comparing(Candidate::since)).thenComparing(Candidate::name))
			.forEach(c -> once.putIfAbsent(c.residentId(), c));
		return List.copyOf(once.values());
	}
}
