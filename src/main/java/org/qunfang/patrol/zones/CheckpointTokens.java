package org.qunfang.patrol.zones;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The signed token a checkpoint's QR code carries: {@code keyId.checkpointId.version.signature}, the
 * signature an HMAC-SHA-256 over the key id, checkpoint and version. Keys are rotatable: codes are
 * signed with the active key and any configured key still verifies, so old sheets keep working until
 * their key is removed; a checkpoint's version bump revokes every code printed for it before.
 */
@Component
public class CheckpointTokens {

	/** A verified token: which checkpoint, at which version. */
	public record Claim(long checkpointId, int version) {
	}

	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private final Map<String, byte[]> keys = new TreeMap<>();
	private final String activeKey;

	@org.springframework.beans.factory.annotation.Autowired
	CheckpointTokens(Environment environment, @Value("${qunfang.patrol.qr.active-key:k1}") String activeKey) {
		this(keysOf(environment), activeKey);
	}

	/** Tokens with the keys configured in an environment (for tests and tools). */
	public static CheckpointTokens of(Environment environment, String activeKey) {
		return new CheckpointTokens(keysOf(environment), activeKey);
	}

	private static Map<String, String> keysOf(Environment environment) {
		return Binder.get(environment)
			.bind("qunfang.patrol.qr.keys", org.springframework.boot.context.properties.bind.Bindable.mapOf(String.class,
					String.class))
			.orElse(Map.of());
	}

	private CheckpointTokens(Map<String, String> configured, String activeKey) {
		configured.forEach((id, key) -> {
			byte[] bytes = Base64.getDecoder().decode(key);
			if (bytes.length < 32 || !id.matches("[a-z0-9]{1,8}")) {
				throw new IllegalStateException("qunfang.patrol.qr.keys." + id + " must be 32 bytes or more (base64)");
			}
			keys.put(id, bytes);
		});
		if (!keys.containsKey(activeKey)) {
			throw new IllegalStateException("qunfang.patrol.qr.active-key " + activeKey + " is not among qunfang.patrol.qr.keys");
		}
		this.activeKey = activeKey;
	}

	/** A token for a checkpoint at its current version, signed with the active key. */
	public String sign(long checkpointId, int version) {
		String claim = activeKey + "." + checkpointId + "." + version;
		return claim + "." + B64.encodeToString(mac(keys.get(activeKey), claim));
	}

	/** The checkpoint a token names, if its signature is good under a configured key; else empty. */
	public Optional<Claim> verify(String token) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.");
		if (parts.length != 4 || !keys.containsKey(parts[0]) || !parts[1].matches("\\d{1,19}") || !parts[2].matches("\\d{1,9}")) {
			return Optional.empty();
		}
		String claim = parts[0] + "." + parts[1] + "." + parts[2];
		byte[] given;
		try {
			given = Base64.getUrlDecoder().decode(parts[3]);
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(given, mac(keys.get(parts[0]), claim))) {
			return Optional.empty();
		}
		return Optional.of(new Claim(Long.parseLong(parts[1]), Integer.parseInt(parts[2])));
	}

	private static byte[] mac(byte[] key, String claim) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(claim.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
