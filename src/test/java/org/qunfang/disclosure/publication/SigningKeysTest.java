package org.qunfang.disclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.disclosure.log.Ed25519Keys;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.UnitLevel;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.qunfang.platform.crypto.PersonalDataProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** A county's signing key comes from the configuration, by county code, however the deployment writes it. */
class SigningKeysTest {

	private static final PersonalDataCipher CIPHER = new PersonalDataCipher(new PersonalDataProperties(
			Map.of("k1", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="), "k1", "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="));

	private static final AdminUnit YUNXI = new AdminUnit(1, 1, null, UnitLevel.COUNTY, "YX", "云溪县", "Yunxi County", "/1/");
	private static final AdminUnit OTHER = new AdminUnit(2, 2, null, UnitLevel.COUNTY, "QS", "青山县", "Qingshan County", "/2/");
	private static final LogStore.LogRow LOG = new LogStore.LogRow(1, "qunfang-YX/statements", "qunfang-YX", null, 0);

	private final byte[] seed = Ed25519Keys.rawPrivateKey(Ed25519Keys.generate().getPrivate());

	@Test
	void aKeyConfiguredForTheCountysCodeSignsItsLog() {
		SigningKeys keys = new SigningKeys(new MockEnvironment().withProperty("qunfang.disclosure.signing-keys.YX",
				Base64.getEncoder().encodeToString(seed)), CIPHER, null);
		assertThat(keys.configuredFor(YUNXI)).isTrue();
		assertThat(keys.configuredFor(OTHER)).isFalse();
		assertThat(Ed25519Keys.rawPrivateKey(keys.signingKey(LOG, YUNXI))).isEqualTo(seed);
	}

	@Test
	void anEnvironmentVariableNamesTheCountyInCapitalsOrNot() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("QUNFANG_DISCLOSURE_SIGNINGKEYS_YX", Base64.getEncoder().encodeToString(seed))));
		SigningKeys keys = new SigningKeys(environment, CIPHER, null);
		assertThat(keys.configuredFor(YUNXI)).isTrue();
		assertThat(Ed25519Keys.rawPrivateKey(keys.signingKey(LOG, YUNXI))).isEqualTo(seed);
	}

	@Test
	void aKeyThatIsNotASeedStopsTheStart() {
		for (String bad : new String[] { "c2hvcnQ=", "not base64!" }) {
			assertThatThrownBy(() -> new SigningKeys(new MockEnvironment().withProperty("qunfang.disclosure.signing-keys.YX",
					bad), CIPHER, null)).as(bad).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("qunfang.disclosure.signing-keys.yx");
		}
	}

	@Test
	void aKeyNameHasNoSpaceNorPlus() {
		assertThat(LogStore.keyName(YUNXI)).isEqualTo("qunfang-YX");
		assertThat(LogStore.keyName(new AdminUnit(7, 7, null, UnitLevel.COUNTY, "Y X+1", "县", "County", "/7/")))
			.isEqualTo("qunfang-Y-X-1");
		assertThat(LogStore.keyName(new AdminUnit(7, 7, null, UnitLevel.COUNTY, "云溪", "县", "County", "/7/")))
			.isEqualTo("qunfang-7");
	}
}
