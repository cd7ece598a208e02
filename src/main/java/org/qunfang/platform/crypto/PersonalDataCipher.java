package org.qunfang.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts personal data (resident ID numbers, phone numbers) for storage, AES-256-GCM with a random
 * 96-bit nonce, and computes its blind index (HMAC-SHA256 of the normalized value) for exact lookup
 * without decrypting. The stored form is {@code keyId:base64(nonce || ciphertext)}: old rows keep the
 * key id they were written with, so a new key can be introduced ({@code active-key}) while the old one
 * still decrypts.
 */
@Component
public class PersonalDataCipher {

	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final Map<String, SecretKey> keys = new LinkedHashMap<>();
	private final String activeKeyId;
	private final SecretKey indexKey;
	private final SecureRandom random = new SecureRandom();

	public PersonalDataCipher(PersonalDataProperties properties) {
		properties.keys().forEach((id, base64) -> keys.put(id, aesKey(id, base64)));
		if (!keys.containsKey(properties.activeKey())) {
			throw new IllegalStateException("qunfang.crypto.active-key names no configured key: " + properties.activeKey());
		}
		this.activeKeyId = properties.activeKey();
		byte[] index = Base64.getDecoder().decode(properties.blindIndexKey());
		if (index.length < 32) {
			throw new IllegalStateException("qunfang.crypto.blind-index-key must be at least 32 bytes (base64)");
		}
		this.indexKey = new SecretKeySpec(index, "HmacSHA256");
	}

	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(activeKeyId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return activeKeyId + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("encryption failed", e);
		}
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		int colon = stored.indexOf(':');
		if (colon < 0 || !keys.containsKey(stored.substring(0, colon))) {
			throw new IllegalStateException("stored value names no configured key");
		}
		String keyId = stored.substring(0, colon);
		byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, keys.get(keyId), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("stored value fails authentication: altered or wrong key", e);
		}
	}

	/** The blind index of a value: equal inputs (after normalization) give equal indexes. */
	public String blindIndex(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return HexFormat.of().formatHex(mac.doFinal(normalize(plain).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("blind index failed", e);
		}
	}

	/** Removes spaces and dashes and upper-cases the ID number check character {@code x}. */
	public static String normalize(String plain) {
		return plain.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
	}

	private static SecretKey aesKey(String id, String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64);
		if (bytes.length != 32) {
			throw new IllegalStateException("qunfang.crypto.keys." + id + " must be 32 bytes (base64) for AES-256");
		}
		return new SecretKeySpec(bytes, "AES");
	}
}
