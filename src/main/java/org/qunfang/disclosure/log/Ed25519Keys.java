package org.qunfang.disclosure.log;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The county's Ed25519 signing keys (RFC 8032) as the JDK holds them and as 32 raw bytes, the form signed
 * notes and verifier keys use. A public key's X.509 encoding is a fixed 12-byte prefix and the 32 raw
 * bytes; a private key's raw form is its 32-byte seed.
 */
public final class Ed25519Keys {

	/** The raw size of an Ed25519 public key and of a private key's seed. */
	public static final int KEY_SIZE = 32;

	private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	private Ed25519Keys() {
	}

	/** A new key pair from the platform's strong random source. */
	public static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime since 15 has Ed25519", e);
		}
	}

	/** The 32 raw bytes of an Ed25519 public key. */
	public static byte[] rawPublicKey(PublicKey key) {
		byte[] encoded = key.getEncoded();
		if (encoded == null || encoded.length != X509_PREFIX.length + KEY_SIZE
				|| !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
			throw new IllegalArgumentException("Not an Ed25519 public key: " + key.getAlgorithm());
		}
		return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
	}

	/** The public key of 32 raw bytes. */
	public static PublicKey publicKey(byte[] raw) {
		if (raw == null || raw.length != KEY_SIZE) {
			throw new IllegalArgumentException("An Ed25519 public key is " + KEY_SIZE + " bytes");
		}
		byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_SIZE);
		System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_SIZE);
		try {
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("Not an Ed25519 public key", e);
		}
	}

	/** The 32-byte seed of an Ed25519 private key. */
	public static byte[] rawPrivateKey(PrivateKey key) {
		if (key instanceof EdECPrivateKey ed && NamedParameterSpec.ED25519.getName().equalsIgnoreCase(ed.getParams().getName())) {
			return ed.getBytes().orElseThrow(() -> new IllegalArgumentException("The private key cannot be exported"));
		}
		throw new IllegalArgumentException("Not an Ed25519 private key: " + key.getAlgorithm());
	}

	/** The private key of a 32-byte seed. */
	public static PrivateKey privateKey(byte[] seed) {
		if (seed == null || seed.length != KEY_SIZE) {
			throw new IllegalArgumentException("An Ed25519 private key is " + KEY_SIZE + " bytes");
		}
		try {
			return KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("Not an Ed25519 private key", e);
		}
	}

	/**
	 * The public key that belongs to a private key. The JDK has no call for it, but an Ed25519 key pair is
	 * a function of its 32-byte seed, and the JDK's generator draws exactly that seed from its random
	 * source; so the generator is handed the seed as its randomness, and the result is checked to hold it.
	 */
	public static PublicKey publicKeyOf(PrivateKey key) {
		byte[] seed = rawPrivateKey(key);
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
			generator.initialize(NamedParameterSpec.ED25519, new SeedSource(seed));
			KeyPair pair = generator.generateKeyPair();
			if (!Arrays.equals(rawPrivateKey(pair.getPrivate()), seed)) {
				throw new IllegalStateException("This Java runtime does not derive Ed25519 keys from a seed");
			}
			return pair.getPublic();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime since 15 has Ed25519", e);
		}
	}

	/** A "random" source that yields one given seed, so that a generator rebuilds the key pair of that seed. */
	private static final class SeedSource extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private final byte[] seed;

		SeedSource(byte[] seed) {
			this.seed = seed.clone();
		}

		@Override
		public void nextBytes(byte[] bytes) {
			if (bytes.length != seed.length) {
				throw new IllegalStateException("Expected to be asked for a " + seed.length + "-byte seed");
			}
			System.arraycopy(seed, 0, bytes, 0, seed.length);
		}
	}
}
