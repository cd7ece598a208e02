package org.qunfang.organization.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.Relation;
import org.qunfang.organization.ResidentIdNumber;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household register (户籍) of a village, entered by hand: village groups, households and their
 * residents. ID and phone numbers are stored only encrypted, with a blind index; an ID number is unique
 * in the county.
 */
@Service
public class HouseholdRegister {

	private final JdbcClient jdbc;
	private final VillageScope villages;
	private final PersonalDataCipher cipher;
	private final IdGenerator ids;
	private final Clock clock;
	private final ZoneId zone;

	HouseholdRegister(JdbcClient jdbc, VillageScope villages, PersonalDataCipher cipher, IdGenerator ids, Clock clock,
			ZoneId displayZone) {
		this.jdbc = jdbc;
		this.villages = villages;
		this.cipher = cipher;
		this.ids = ids;
		this.clock = clock;
		this.zone = displayZone;
	}

	@Transactional
	@Audited(value = "organization.group.create", target = "village-group", targetId = "#result")
	public long createGroup(Caller caller, long villageId, String code, String name) {
		caller.require(OrganizationPermissions.REGISTRY_EDIT);
		AdminUnit village = villages.village(caller, villageId);
		if (code == null || code.isBlank() || code.length() > 20 || name == null || name.isBlank() || name.length() > 100) {
			throw new DomainException("error.group.invalid");
		}
		long id = ids.next();
		try {
			jdbc.sql("""
					insert into village_group (id, county_id, village_id, code, name, scope_path)
					values (:id, :c, :v, :code, :name, :path)""")
				.param("id", id).param("c", village.countyId()).param("v", village.id()).param("code", code.strip())
				.param("name", name.strip()).param("path", village.scopePath()).update();
		}
		catch (DuplicateKeyException taken) {
			throw new ConflictException("error.group.code-taken", code.strip());
		}
		return id;
	}

	@Transactional
	@Audited(value = "organization.household.create", target = "household", targetId = "#result")
	public long createHousehold(Caller caller, NewHousehold form) {
		caller.require(OrganizationPermissions.REGISTRY_EDIT);
		AdminUnit village = villages.village(caller, form.villageId());
		if (form.groupId() != null) {
			requireGroupOf(village.id(), form.groupId());
		}
		long id = ids.next();
		try {
			jdbc.sql("""
					insert into household (id, county_id, village_id, group_id, scope_path, household_no, address,
					  category, created_at, version)
					values (:id, :c, :v, :g, :path, :no, :address, :category, :now, 0)""")
				.param("id", id).param("c", village.countyId()).param("v", village.id()).param("g", form.groupId())
				.param("path", village.scopePath()).param("no", form.householdNo().strip())
				.param("address", blankToNull(form.address())).param("category", form.category().name())
				.param("now", now()).update();
		}
		catch (DuplicateKeyException taken) {
			throw new ConflictException("error.household.no-taken", form.householdNo().strip());
		}
		return id;
	}

	@Transactional
	@Audited(value = "organization.resident.create", target = "resident", targetId = "#result")
	public long addResident(Caller caller, long householdId, NewResident form) {
		caller.require(OrganizationPermissions.REGISTRY_EDIT);
		var household = jdbc.sql("select county_id, village_id, scope_path from household where id = :id")
			.param("id", householdId).query().listOfRows().stream()
			.filter(h -> caller.jurisdiction().covers(((Number) h.get("county_id")).longValue(), (String) h.get("scope_path")))
			.findFirst().orElseThrow(NotFoundException::new);
		ResidentIdNumber number = ResidentIdNumber.parse(form.idNumber(), LocalDate.now(clock.withZone(zone)));
		long countyId = ((Number) household.get("county_id")).longValue();
		if (form.relation() == Relation.HEAD && jdbc.sql("select count(*) from resident where household_id = :h and relation = 'HEAD'")
			.param("h", householdId).query(Long.class).single() > 0) {
			throw new DomainException("error.resident.second-head");
		}
		long id = ids.next();
		String phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().strip();
		try {
			jdbc.sql("""
					insert into resident (id, county_id, household_id, village_id, scope_path, name, gender, birth_date,
					  id_cipher, id_index, phone_cipher, phone_index, relation, education, health, criminal_record, note,
					  created_at, version)
					values (:id, :c, :h, :v, :path, :name, :gender, :birth, :idc, :idi, :pc, :pi, :relation, :education,
					  :health, :criminal, :note, :now, 0)""")
				.param("id", id).param("c", countyId).param("h", householdId).param("v", household.get("village_id"))
				.param("path", household.get("scope_path")).param("name", form.name().strip())
				.param("gender", number.gender().name()).param("birth", number.birthDate())
				.param("idc", cipher.encrypt(number.value())).param("idi", cipher.blindIndex(number.value()))
				.param("pc", phone == null ? null : cipher.encrypt(phone)).param("pi", phone == null ? null : cipher.blindIndex(phone))
				.param("relation", form.relation().name()).param("education", form.education().name())
				.param("health", form.health().name()).param("criminal", Boolean.TRUE.equals(form.criminalRecord()))
				.param("note", blankToNull(form.note())).param("now", now()).update();
		}
		catch (DuplicateKeyException registered) {
			throw new ConflictException("error.resident.id-registered");
		}
		return id;
	}

	private void requireGroupOf(long villageId, long groupId) {
		boolean ours = jdbc.sql("select count(*) from village_group where id = :g and village_id = :v")
			.param("g", groupId).param("v", villageId).query(Long.class).single() > 0;
		if (!ours) {
			throw new DomainException("error.group.not-in-village");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
