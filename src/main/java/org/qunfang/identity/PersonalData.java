package org.qunfang.identity;

import org.qunfang.identity.audit.AuditWriter;
import org.qunfang.identity.audit.OperationEntry;
import org.qunfang.platform.crypto.Masking;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Showing personal data (K6). On screen an ID number or phone number is masked; a caller whose role
 * holds {@code identity:personal-data:unmask} may reveal it in full, and every such view is written to
 * the operation log with the record it belongs to.
 */
@Service
public class PersonalData {

	/** The kinds of personal data, each with its masking. */
	public enum Kind {
		ID_NUMBER, PHONE
	}

	private final PersonalDataCipher cipher;
	private final AuditWriter audit;

	PersonalData(PersonalDataCipher cipher, AuditWriter audit) {
		this.cipher = cipher;
		this.audit = audit;
	}

	/** The masked form of a stored (encrypted) value, for everybody who may see the record. */
	public String masked(Kind kind, String stored) {
		if (stored == null) {
			return null;
		}
		String plain = cipher.decrypt(stored);
		return kind == Kind.ID_NUMBER ? Masking.idNumber(plain) : Masking.phone(plain);
	}

	/**
	 * The full value, for a caller allowed to see it; the view is logged. The caller must already have
	 * been shown the record (the owning module checks the jurisdiction).
	 */
	@Transactional
	public String reveal(Caller caller, Kind kind, String recordType, String recordId, String stored) {
		caller.require(IdentityPermissions.PERSONAL_DATA_UNMASK);
		audit.operation(new OperationEntry(caller.jurisdiction().countyId(), caller.userId(), caller.username(),
				"identity.personal-data.view", recordType, recordId, caller.homePath(), OperationEntry.Outcome.SUCCESS,
				kind.name(), org.qunfang.identity.internal.CallerContext.clientAddress()));
		return stored == null ? null : cipher.decrypt(stored);
	}

	public boolean mayReveal(Caller caller) {
		return caller.has(IdentityPermissions.PERSONAL_DATA_UNMASK);
	}
}
