package org.qunfang.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

	private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
	private static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
	private static final String INDEX = Base64.getEncoder().encodeToString("blind-index-key-of-32-bytes-long".getBytes());

	private final PersonalDataCipher cipher = new PersonalDataCipher(
			new PersonalDataProperties(Map.of("k1", K1), "k1", INDEX));

	@Test
	void roundTripsAndNeverStoresThePlainValue() {
		String stored = cipher.encrypt("11010519491231002X");
		assertThat(stored).startsWith("k1:").doesNotContain("1101051949");
		assertThat(cipher.decrypt(stored)).isEqualTo("11010519491231002X");
	}

	@Test
	void sameValueEncryptsDifferentlyEachTime() {
		assertThat(cipher.encrypt("13800138000")).isNotEqualTo(cipher.encrypt("13800138000"));
	}

	@Test
	void alteredCiphertextIsRefused() {
		String stored = cipher.encrypt("13800138000");
		byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
		bytes[bytes.length - 1] ^= 1;
		String altered = "k1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> cipher.decrypt(altered)).hasMessageContaining("fails authentication");
	}

	@Test
	void rotationKeepsOldRowsReadable() {
		String old = cipher.encrypt("13800138000");
		PersonalDataCipher rotated = new PersonalDataCipher(
				new PersonalDataProperties(Map.of("k1", K1, "k2", K2), "k2", INDEX));
		assertThat(rotated.decrypt(old)).isEqualTo("13800138000");
		String fresh = rotated.encrypt("13800138000");
		assertThat(fresh).startsWith("k2:");
		assertThat(rotated.decrypt(fresh)).isEqualTo("13800138000");
		assertThatThrownBy(() -> cipher.decrypt(fresh)).as("the old configuration lacks k2")
			.hasMessageContaining("names no configured key");
	}

	@Test
	void blindIndexFindsEqualValuesAfterNormalization() {
		assertThat(cipher.blindIndex("11010519491231002x")).isEqualTo(cipher.blindIndex("110105 19491231 002X"))
			.isNotEqualTo(cipher.blindIndex("110105194912310021")).hasSize(64);
	}

	@Test
	void wrongKeyLengthIsRefusedAtStart() {
		assertThatThrownBy(() -> new PersonalDataCipher(new PersonalDataProperties(
				Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), "k1", INDEX)))
			.hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> new PersonalDataCipher(new PersonalDataProperties(Map.of("k1", K1), "k9", INDEX)))
			.hasMessageContaining("active-key");
	}

	@Test
	void masksKeepOnlyWhatIdentifiesNobody() {
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.phone("123")).isEqualTo("***");
		assertThat(Masking.phone(null)).isNull();
		assertThat(Masking.name("张三丰")).isEqualTo("张**");
		assertThat(Masking.name("王")).isEqualTo("*");
	}
}
