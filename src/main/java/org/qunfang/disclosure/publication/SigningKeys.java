package org.qunfang.disclosure.publication;

import java.security.PrivateKey;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.qunfang.disclosure.log.Ed25519Keys;
import org.qunfang.disclosure.log.VerifierKey;
import org.qunfang.organization.AdminUnit;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Each county's Ed25519 key that signs its log's checkpoints (签名私钥). The key is configured per county
 * code as {@code qunfang.disclosure.signing-keys.<code>}, the base64 of its 32-byte seed; a county without
 * one gets a key generated at its first publication and kept with its log, its seed encrypted with the
 * personal-data key. A configured key is the stronger: whoever can write the database cannot sign with
 * it. Which counties sign with a generated key is logged at start.
 */
@Component
public class SigningKeys {

	static final String PROPERTY = "qunfang.disclosure.signing-keys";

	private final Map<String, byte[]> configured = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
	private final PersonalDataCipher cipher;
	private final LogStore logs;
	private final Map<Long, VerifierKey> verifierKeys = new ConcurrentHashMap<>();

	SigningKeys(Environment environment, PersonalDataCipher cipher, LogStore logs) {
		this.cipher = cipher;
		this.logs = logs;
		Binder.get(environment).bind(PROPERTY, Bindable.mapOf(String.class, String.class)).orElse(Map.of())
			.forEach((code, seed) -> configured.put(code, seed(code, seed)));
	}

	/** Whether the county's key is configured (else it is generated and kept in the database). */
	public boolean configuredFor(AdminUnit county) {
		return configured.containsKey(county.code());
	}

	/**
	 * The key that signs the county's locked log: the configured one, else the one kept with the log, else
	 * a new one, which is kept.
	 */
	PrivateKey signingKey(LogStore.LogRow log, AdminUnit county) {
		Optional<PrivateKey> existing = existing(log, county);
		if (existing.isPresent()) {
			return existing.get();
		}
		PrivateKey generated = Ed25519Keys.generate().getPrivate();
		logs.keepGeneratedKey(county.id(),
				cipher.encrypt(Base64.getEncoder().encodeToString(Ed25519Keys.rawPrivateKey(generated))));
		return generated;
	}

	/** The verifier key that checks the county's checkpoints, if the county has a key yet. */
	public Optional<VerifierKey> verifierKey(AdminUnit county) {
		VerifierKey known = verifierKeys.get(county.id());
		if (known != null) {
			return Optional.of(known);
		}
		Optional<VerifierKey> key = logs.find(county.id())
			.flatMap(log -> existing(log, county).map(k -> new VerifierKey(log.keyName(), Ed25519Keys.publicKeyOf(k))));
		key.ifPresent(k -> verifierKeys.put(county.id(), k));
		return key;
	}

	private Optional<PrivateKey> existing(LogStore.LogRow log, AdminUnit county) {
		byte[] seed = configured.get(county.code());
		if (seed != null) {
			return Optional.of(Ed25519Keys.privateKey(seed));
		}
		return Optional.ofNullable(log.generatedKey())
			.map(stored -> Ed25519Keys.privateKey(Base64.getDecoder().decode(cipher.decrypt(stored))));
	}

	private static byte[] seed(String code, String base64) {
		try {
			byte[] seed = Base64.getDecoder().decode(base64.strip());
			if (seed.length == Ed25519Keys.KEY_SIZE) {
				return seed;
			}
		}
		catch (IllegalArgumentException notBase64) {
			// refused below
		}
		throw new IllegalStateException(PROPERTY + "." + code.toLowerCase(Locale.ROOT)
				+ " must be the base64 of a 32-byte Ed25519 seed (openssl rand -base64 32)");
	}
}
